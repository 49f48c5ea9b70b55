package jp.iwaki.matching.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record YearlyTarget(
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotNull @Min(0) @Max(100000) Integer value) {
}
