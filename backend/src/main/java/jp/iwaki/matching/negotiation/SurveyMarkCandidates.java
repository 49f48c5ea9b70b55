package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Introductions from the needs surveys: one candidate per firm and buyer company whose contacts
 * marked some of the firm's products "want to negotiate" in their last submission to a survey of
 * the project (the ratings the surveys keep are those of the last submission). The same rows as
 * the surveys' candidate list (survey.IntroductionCandidates), merged over the project's surveys.
 */
@ApplicationScoped
public class SurveyMarkCandidates implements IntroductionSource {
    @Override
    public Kind kind() {
        return Kind.SURVEY_MARKS;
    }

    @Override
    public List<Candidate> candidates(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> marks = Negotiation.getEntityManager().createNativeQuery(
                "select distinct r.firm_id, i.buyer_company_id, r.product_id from survey_rating r"
                        + " join survey_response resp on resp.id = r.response_id"
                        + " join survey_invitation i on i.id = resp.invitation_id"
                        + " join survey s on s.id = r.survey_id"
                        + " where r.want_to_negotiate and s.project_id = ?1"
                        + " order by i.buyer_company_id, r.firm_id, r.product_id")
                .setParameter(1, projectId).getResultList();
        Map<List<Long>, Candidate> pairs = new LinkedHashMap<>();
        for (Object[] mark : marks) {
            long firmId = ((Number) mark[0]).longValue();
            long companyId = ((Number) mark[1]).longValue();
            pairs.computeIfAbsent(List.of(firmId, companyId), k -> new Candidate(firmId, companyId, new TreeSet<>()))
                    .productIds().add(((Number) mark[2]).longValue());
        }
        return List.copyOf(pairs.values());
    }
}
