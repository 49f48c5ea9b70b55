package jp.iwaki.matching.kpi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** The fiscal year of a dashboard request ({@code @BeanParam}); the current one when absent. */
public record KpiQuery(@QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear) {
}
