package jp.iwaki.matching.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record ProgramTargetUpdate(
        @NotNull TargetMetric metric,
        @NotNull @Min(0) @Max(100000) Integer baseline,
        @NotNull List<@NotNull @Valid YearlyTarget> yearly) {
}
