package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.survey.SurveyDtos.ContactRef;
import jp.iwaki.matching.survey.SurveyDtos.IntroductionCandidate;
import jp.iwaki.matching.survey.SurveyDtos.PersonRef;
import jp.iwaki.matching.survey.SurveyDtos.ProductRef;

/**
 * Candidate introductions: a firm and a buyer company whose contacts marked some of its
 * products "want to negotiate" in their last submission, per survey. The negotiations area
 * turns them into negotiations ({@link #list}); advisors see them as a list.
 */
@ApplicationScoped
public class IntroductionCandidates {
    private static final Map<String, String> ORDERS = new LinkedHashMap<>();

    static {
        ORDERS.put("firm", "f.trade_name_kana, f.id, c.name_kana, c.id, s.id");
        ORDERS.put("-firm", "f.trade_name_kana desc, f.id desc, c.name_kana desc, c.id desc, s.id desc");
        ORDERS.put("buyer", "c.name_kana, c.id, f.trade_name_kana, f.id, s.id");
        ORDERS.put("-buyer", "c.name_kana desc, c.id desc, f.trade_name_kana desc, f.id desc, s.id desc");
        ORDERS.put("markedAt", "marked_at, s.id, f.id, c.id");
        ORDERS.put("-markedAt", "marked_at desc, s.id desc, f.id desc, c.id desc");
    }

    @Transactional
    public Page<IntroductionCandidate> list(IntroductionCandidateQuery query, Paging paging) {
        String order = ORDERS.get(query.sort() == null || query.sort().isBlank() ? "firm" : query.sort());
        if (order == null) {
            throw ApiException.invalid(List.of(new FieldError("sort", "validation.sort", "Sort by one of " + String.join(", ", ORDERS.keySet()),
                    Map.of("allowed", List.copyOf(ORDERS.keySet())))));
        }
        List<String> where = new ArrayList<>(List.of("r.want_to_negotiate"));
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "r.survey_id = :survey", "survey", query.surveyId());
        filter(where, params, "s.project_id = :project", "project", query.projectId());
        filter(where, params, "r.firm_id = :firm", "firm", query.firmId());
        filter(where, params, "i.buyer_company_id = :company", "company", query.buyerCompanyId());
        filter(where, params, "f.advisor_subject = :advisor", "advisor", query.advisor() == null || query.advisor().isBlank() ? null : query.advisor());
        String from = " from survey_rating r join survey_response resp on resp.id = r.response_id"
                + " join survey_invitation i on i.id = resp.invitation_id join survey s on s.id = r.survey_id"
                + " join project p on p.id = s.project_id join firm f on f.id = r.firm_id join buyer_company c on c.id = i.buyer_company_id"
                + " where " + String.join(" and ", where);
        String groups = " group by s.id, s.title, p.id, p.title, f.id, f.trade_name, f.trade_name_kana, f.advisor_subject, f.advisor_name,"
                + " c.id, c.name, c.name_kana, c.buyer_type, c.region";
        EntityManager em = Survey.getEntityManager();
        Query count = em.createNativeQuery("select count(*) from (select 1" + from + groups + ") candidates");
        params.forEach(count::setParameter);
        long total = Rows.number(count.getSingleResult());
        if (paging.offset() >= total) {
            return new Page<>(List.of(), paging.page(), paging.size(), total);
        }
        Query page = em.createNativeQuery("select s.id, s.title, p.id as project_id, p.title as project_title, f.id as firm_id, f.trade_name,"
                + " f.advisor_subject, f.advisor_name, c.id as company_id, c.name, c.buyer_type, c.region,"
                + " string_agg(distinct cast(r.product_id as text), ',') as products,"
                + " string_agg(distinct cast(i.contact_id as text), ',') as contacts, max(resp.submitted_at) as marked_at"
                + from + groups + " order by " + order + " limit " + paging.size() + " offset " + paging.offset());
        params.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        Map<Long, String> productNames = names("select id, name from product where id in (:ids)", rows, 12);
        Map<Long, String> contactNames = names("select id, name from buyer_contact where id in (:ids)", rows, 13);
        List<IntroductionCandidate> items = rows.stream().map(r -> new IntroductionCandidate(Rows.id(r[0]), (String) r[1], Rows.id(r[2]),
                (String) r[3], Rows.id(r[4]), (String) r[5], r[6] == null ? null : new PersonRef((String) r[6], (String) r[7]),
                Rows.id(r[8]), (String) r[9], BuyerType.valueOf((String) r[10]), Region.valueOf((String) r[11]),
                ids(r[12]).stream().map(id -> new ProductRef(id, productNames.get(id))).toList(),
                ids(r[13]).stream().map(id -> new ContactRef(id, contactNames.get(id))).toList(),
                InvitationViews.utc(Rows.instant(r[14])))).toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    private static void filter(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static List<Long> ids(Object joined) {
        return joined == null ? List.of() : Arrays.stream(((String) joined).split(",")).map(Long::valueOf).sorted().toList();
    }

    private static Map<Long, String> names(String sql, List<Object[]> rows, int column) {
        List<Long> ids = rows.stream().flatMap(r -> ids(r[column]).stream()).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = Survey.getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
            found.forEach(n -> names.put(Rows.id(n[0]), (String) n[1]));
        }
        return names;
    }
}
