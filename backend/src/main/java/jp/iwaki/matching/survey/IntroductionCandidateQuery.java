package jp.iwaki.matching.survey;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters and order of the candidate introductions ({@code @BeanParam}); also what the negotiations area asks with. */
public record IntroductionCandidateQuery(
        @QueryParam("surveyId") Long surveyId,
        @QueryParam("projectId") Long projectId,
        @QueryParam("firmId") Long firmId,
        @QueryParam("buyerCompanyId") Long buyerCompanyId,
        @QueryParam("advisor") @Size(max = 100) String advisor,
        @QueryParam("sort") String sort) {

    public static IntroductionCandidateQuery ofSurvey(long surveyId) {
        return new IntroductionCandidateQuery(surveyId, null, null, null, null, null);
    }
}
