package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.survey.SurveyDtos.AggregateReport;
import jp.iwaki.matching.survey.SurveyDtos.Analysis;
import jp.iwaki.matching.survey.SurveyDtos.BuyerDescription;
import jp.iwaki.matching.survey.SurveyDtos.CategoryMeans;
import jp.iwaki.matching.survey.SurveyDtos.CriterionMeans;
import jp.iwaki.matching.survey.SurveyDtos.DistributionEntry;
import jp.iwaki.matching.survey.SurveyDtos.FeedbackProduct;
import jp.iwaki.matching.survey.SurveyDtos.FirmAnalysis;
import jp.iwaki.matching.survey.SurveyDtos.FirmFeedbackReport;
import jp.iwaki.matching.survey.SurveyDtos.GroupCount;
import jp.iwaki.matching.survey.SurveyDtos.NegotiationWish;
import jp.iwaki.matching.survey.SurveyDtos.ProductAnalysis;
import jp.iwaki.matching.survey.SurveyDtos.QuestionAnalysis;
import jp.iwaki.matching.survey.SurveyContent.Question;

/**
 * The analysis of a survey and its reports, from SQL aggregates over the last submission of each
 * response (survey_answer, survey_rating): the database counts and averages, the API only names
 * what it got. Nothing loads every response into memory.
 */
@ApplicationScoped
public class SurveyAnalysisService {
    private static final SqlFile ANALYSIS = SqlFile.load("survey/analysis.sql");
    private static final SqlFile REPORTS = SqlFile.load("survey/reports.sql");

    @Transactional
    public Analysis analysis(long surveyId) {
        Survey survey = SurveyService.survey(surveyId);
        EntityManager em = Survey.getEntityManager();
        Object[] counts = ANALYSIS.rows(em, "counts", "survey", surveyId).get(0);
        long invited = Rows.number(counts[0]);
        long submitted = Rows.number(counts[1]);
        List<QuestionAnalysis> questions = questions(em, survey, true);

        Map<Long, List<String>> comments = new HashMap<>();
        ANALYSIS.rows(em, "comments", "survey", surveyId)
                .forEach(r -> comments.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, Object[]> byProduct = new HashMap<>();
        Map<Long, Object[]> byFirm = new HashMap<>();
        Object[] overall = null;
        for (Object[] row : ANALYSIS.rows(em, "ratings", "survey", surveyId)) {
            switch ((int) Rows.number(row[2])) {
                case 0 -> byProduct.put(Rows.id(row[1]), row);
                case 1 -> byFirm.put(Rows.id(row[0]), row);
                default -> overall = row;
            }
        }
        List<ProductAnalysis> products = new ArrayList<>();
        Map<Long, String> firmNames = new LinkedHashMap<>();
        for (Object[] product : ANALYSIS.rows(em, "products", "survey", surveyId)) {
            long productId = Rows.id(product[0]);
            long firmId = Rows.id(product[3]);
            firmNames.putIfAbsent(firmId, (String) product[4]);
            Object[] rating = byProduct.get(productId);
            products.add(new ProductAnalysis(productId, (String) product[1], firmId, (String) product[4], (String) product[2],
                    rating == null ? 0 : Rows.number(rating[3]), means(rating, 4), rating == null ? 0 : Rows.number(rating[9]),
                    comments.getOrDefault(productId, List.of())));
        }
        List<FirmAnalysis> firms = firmNames.entrySet().stream().map(firm -> {
            Object[] rating = byFirm.get(firm.getKey());
            return new FirmAnalysis(firm.getKey(), firm.getValue(), rating == null ? 0 : Rows.number(rating[3]), means(rating, 4),
                    rating == null ? 0 : Rows.number(rating[9]));
        }).toList();
        return new Analysis(surveyId, invited, submitted, Rows.number(counts[2]), SurveyService.rate(submitted, invited), questions,
                overall == null ? 0 : Rows.number(overall[3]), means(overall, 4), products, firms);
    }

    /** The confidential report for one firm of the survey's project: its own products only. */
    @Transactional
    public FirmFeedbackReport feedback(long surveyId, long firmId) {
        Survey survey = SurveyService.survey(surveyId);
        EntityManager em = Survey.getEntityManager();
        List<Object[]> firm = em.createNativeQuery("select f.trade_name from firm f where f.id = ?1 and (exists (select 1 from project_firm pf"
                + " where pf.project_id = ?2 and pf.firm_id = f.id) or exists (select 1 from survey_rating r where r.survey_id = ?3 and r.firm_id = f.id))")
                .setParameter(1, firmId).setParameter(2, survey.project.id).setParameter(3, surveyId)
                .getResultList().stream().map(r -> new Object[] {r}).toList();
        if (firm.isEmpty()) {
            throw ApiException.notFound("Firm " + firmId + " in this survey");
        }
        Object[] overall = REPORTS.rows(em, "surveyMeans", "survey", surveyId).get(0);
        Map<Long, Object[]> ratings = new HashMap<>();
        REPORTS.rows(em, "firmRatings", "survey", surveyId, "firm", firmId).forEach(r -> ratings.put(Rows.id(r[0]), r));
        Map<Long, List<String>> comments = new HashMap<>();
        REPORTS.rows(em, "firmComments", "survey", surveyId, "firm", firmId)
                .forEach(r -> comments.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>()).add((String) r[1]));
        List<FeedbackProduct> products = REPORTS.rows(em, "firmProducts", "survey", surveyId, "firm", firmId).stream().map(p -> {
            Object[] rating = ratings.get(Rows.id(p[0]));
            return new FeedbackProduct(Rows.id(p[0]), (String) p[1], (String) p[2], rating == null ? 0 : Rows.number(rating[1]),
                    means(rating, 2), rating == null ? 0 : Rows.number(rating[7]), comments.getOrDefault(Rows.id(p[0]), List.of()));
        }).toList();
        List<NegotiationWish> wishes = REPORTS.rows(em, "firmWishes", "survey", surveyId, "firm", firmId).stream().map(w -> {
            boolean named = Rows.flag(w[2]);
            return new NegotiationWish(Rows.id(w[0]), (String) w[1], new BuyerDescription(named, named ? (String) w[3] : null,
                    BuyerType.valueOf((String) w[4]), Region.valueOf((String) w[5])));
        }).toList();
        long respondents = SurveyResponse.count("surveyId = ?1 and status = ?2", surveyId, SurveyResponse.Status.SUBMITTED);
        return new FirmFeedbackReport(surveyId, survey.title, survey.project.title, survey.project.program, survey.project.fiscalYear,
                survey.closesOn, firmId, (String) firm.get(0)[0], respondents, Rows.number(overall[0]), means(overall, 1), products,
                wishes, Instant.now().atOffset(ZoneOffset.UTC));
    }

    /** The report fit to publish: counts and means, no firm, product or buyer name, no free text. */
    @Transactional
    public AggregateReport aggregate(long surveyId) {
        Survey survey = SurveyService.survey(surveyId);
        EntityManager em = Survey.getEntityManager();
        Object[] counts = ANALYSIS.rows(em, "counts", "survey", surveyId).get(0);
        long invited = Rows.number(counts[0]);
        long submitted = Rows.number(counts[1]);
        Object[] overall = REPORTS.rows(em, "surveyMeans", "survey", surveyId).get(0);
        List<GroupCount> byType = REPORTS.rows(em, "respondentsByType", "survey", surveyId).stream()
                .map(r -> new GroupCount((String) r[0], Rows.number(r[1]))).toList();
        List<GroupCount> byRegion = REPORTS.rows(em, "respondentsByRegion", "survey", surveyId).stream()
                .map(r -> new GroupCount((String) r[0], Rows.number(r[1]))).toList();
        List<CategoryMeans> categories = REPORTS.rows(em, "categories", "survey", surveyId).stream()
                .map(r -> new CategoryMeans((String) r[0], Rows.number(r[1]), means(r, 2))).toList();
        return new AggregateReport(survey.title, survey.project.title, survey.project.program, survey.project.fiscalYear, invited,
                submitted, SurveyService.rate(submitted, invited), byType, byRegion, questions(em, survey, false),
                Rows.number(overall[0]), means(overall, 1), categories, Rows.number(overall[6]), Instant.now().atOffset(ZoneOffset.UTC));
    }

    /** Per question of the survey's version: count, mean, distribution (every option, zeros too) and, when asked, the texts. */
    private static List<QuestionAnalysis> questions(EntityManager em, Survey survey, boolean withTexts) {
        long surveyId = survey.id;
        Map<String, Object[]> answers = new HashMap<>();
        ANALYSIS.rows(em, "answers", "survey", surveyId).forEach(r -> answers.put((String) r[0], r));
        Map<String, Map<String, Long>> chosen = new HashMap<>();
        ANALYSIS.rows(em, "distribution", "survey", surveyId).forEach(r -> {
            String value = r[1] != null ? (String) r[1] : ((BigDecimal) r[2]).stripTrailingZeros().toPlainString();
            chosen.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge(value, Rows.number(r[3]), Long::sum);
        });
        Map<String, List<String>> texts = new HashMap<>();
        if (withTexts) {
            ANALYSIS.rows(em, "texts", "survey", surveyId)
                    .forEach(r -> texts.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        Map<String, Long> gridResponses = gridResponses(em, surveyId);
        List<QuestionAnalysis> result = new ArrayList<>();
        survey.templateVersion.content.questions().forEach(question -> {
            if (!withTexts && question.type() == QuestionType.FREE_TEXT) {
                return;
            }
            Object[] row = answers.get(question.key());
            Map<String, Long> counts = chosen.getOrDefault(question.key(), Map.of());
            boolean numeric = question.type() == QuestionType.NUMBER || question.type() == QuestionType.SCALE;
            long count = question.type() == QuestionType.PRODUCT_RATINGS ? gridResponses.getOrDefault(question.key(), 0L)
                    : row == null ? 0 : Rows.number(row[1]);
            result.add(new QuestionAnalysis(question.key(), question.type(), question.text(), count,
                    numeric && row != null ? Rows.mean(row[2]) : null,
                    numeric && row != null ? Rows.mean(row[3]) : null,
                    numeric && row != null ? Rows.mean(row[4]) : null,
                    distribution(question, counts),
                    question.type() == QuestionType.FREE_TEXT ? texts.getOrDefault(question.key(), List.of()) : null));
        });
        return result;
    }

    /** Responses that rated at least one product on the five criteria, per grid question. */
    private static Map<String, Long> gridResponses(EntityManager em, long surveyId) {
        Map<String, Long> counts = new HashMap<>();
        ANALYSIS.rows(em, "gridResponses", "survey", surveyId).forEach(r -> counts.put((String) r[0], Rows.number(r[1])));
        return counts;
    }

    private static List<DistributionEntry> distribution(Question question, Map<String, Long> counts) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                    .map(o -> new DistributionEntry(o.key(), counts.getOrDefault(o.key(), 0L))).toList();
            case SCALE -> java.util.stream.IntStream.rangeClosed(1, 5)
                    .mapToObj(v -> new DistributionEntry(Integer.toString(v), counts.getOrDefault(Integer.toString(v), 0L))).toList();
            default -> List.of();
        };
    }

    /** The five means from a row whose columns {@code from}…{@code from + 4} hold them (design … package). */
    private static CriterionMeans means(Object[] row, int from) {
        if (row == null) {
            return new CriterionMeans(null, null, null, null, null);
        }
        return new CriterionMeans(Rows.mean(row[from]), Rows.mean(row[from + 1]), Rows.mean(row[from + 2]), Rows.mean(row[from + 3]),
                Rows.mean(row[from + 4]));
    }
}
