package jp.iwaki.matching.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramDto(
        ProgramCode code,
        String nameJa,
        String nameEn,
        String descriptionJa,
        String descriptionEn,
        long version,
        List<ProgramTargetDto> targets) {

    ProgramDto withoutTargets() {
        return new ProgramDto(code, nameJa, nameEn, descriptionJa, descriptionEn, version, null);
    }
}
