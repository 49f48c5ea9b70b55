package jp.iwaki.matching.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearlyTarget")
public record YearlyTarget(
        @Schema(description = "Fiscal year by its starting calendar year (2025 = 令和7年度, April 2025 – March 2026)")
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotNull @Min(0) @Max(100000) Integer value) {
}
