package jp.iwaki.matching.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramTargetUpdate", additionalProperties = Schema.False.class)
public record ProgramTargetUpdate(
        @NotNull TargetMetric metric,
        @NotNull @Min(0) @Max(100000) Integer baseline,
        @Schema(description = "Targets by fiscal year, each year inside the plan period at most once.")
        @NotNull List<@NotNull @Valid YearlyTarget> yearly) {
}
