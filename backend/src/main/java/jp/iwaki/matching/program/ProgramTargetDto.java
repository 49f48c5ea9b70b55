package jp.iwaki.matching.program;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramTarget", requiredProperties = {"metric", "unit", "baseline", "yearly"})
public record ProgramTargetDto(
        TargetMetric metric,
        TargetUnit unit,
        @Schema(description = "The plan's 現行 column") int baseline,
        List<YearlyTarget> yearly) {
}
