package jp.iwaki.matching.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Program", requiredProperties = {"code", "nameJa", "nameEn", "descriptionJa", "descriptionEn", "version"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramDto(
        ProgramCode code,
        String nameJa,
        String nameEn,
        String descriptionJa,
        String descriptionEn,
        long version,
        @Schema(description = "Absent for buyers.") List<ProgramTargetDto> targets) {

    ProgramDto withoutTargets() {
        return new ProgramDto(code, nameJa, nameEn, descriptionJa, descriptionEn, version, null);
    }
}
