package jp.iwaki.matching.survey;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.program.ProgramCode;

/** The filters and order of the survey list ({@code @BeanParam}). */
public record SurveyQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("projectId") Long projectId,
        @QueryParam("fiscalYear") Integer fiscalYear,
        @QueryParam("program") ProgramCode program,
        @QueryParam("state") SurveyState state,
        @QueryParam("sort") String sort) {
}
