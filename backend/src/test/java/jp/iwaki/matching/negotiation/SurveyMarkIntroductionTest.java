package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.survey.TestSurveys;
import jp.iwaki.matching.survey.TestSurveys.Fixture;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Bulk introductions from the needs surveys' "want to negotiate" marks, on surveys answered here by hand. */
@QuarkusTest
@IntegrationTest
class SurveyMarkIntroductionTest {

    @Test
    void theMarkedPairsBecomeIntroductionsWithTheMarkedProductsOnceAndAnOpenOneIsSkipped() {
        Fixture f = TestSurveys.food(2, 2, 3);
        long firmA = f.firms().get(0).id();
        long firmB = f.firms().get(1).id();
        List<Long> productsA = f.firms().get(0).products();
        List<Long> productsB = f.firms().get(1).products();
        // Buyer 0 wants both of A's products and only rates B's; buyer 1 wants one of B's; buyer 2 wants nothing.
        submit(f, 0, Map.of(productsA.get(0), true, productsA.get(1), true, productsB.get(0), false));
        submit(f, 1, Map.of(productsB.get(1), true, productsA.get(0), false));
        submit(f, 2, Map.of(productsA.get(0), false, productsB.get(0), false));
        long alreadyOpen = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", f.projectId(), "firmId", firmB, "buyerCompanyId", f.buyer(1).companyId()))
                .post("/api/negotiations").then().statusCode(201).extract().<Integer>path("id").longValue();

        Response candidates = Api.as(DemoUser.ADVISOR).queryParam("projectId", f.projectId()).queryParam("source", "SURVEY_MARKS")
                .get("/api/negotiations/introduction-candidates");
        candidates.then().statusCode(200);
        assertThat(candidates.<List<String>>path("collect { it.firmId + '×' + it.buyerCompanyId }"))
                .containsExactlyInAnyOrder(firmA + "×" + f.buyer(0).companyId(), firmB + "×" + f.buyer(1).companyId());
        assertThat(candidates.<List<Integer>>path("find { it.firmId == " + firmA + " }.products.id"))
                .containsExactlyInAnyOrderElementsOf(productsA.stream().map(Long::intValue).toList());
        assertThat(candidates.<Integer>path("find { it.firmId == " + firmB + " }.openNegotiationId").longValue()).isEqualTo(alreadyOpen);

        Response first = introduce(DemoUser.ADVISOR2, Map.of("projectId", f.projectId(), "source", "SURVEY_MARKS"));
        assertThat(first.<List<Integer>>path("created.firmId")).containsExactly((int) firmA);
        assertThat(first.<List<Integer>>path("created.buyerCompanyId")).containsExactly((int) f.buyer(0).companyId());
        assertThat(first.<String>path("created[0].source")).isEqualTo("SURVEY_MARKS");
        assertThat(first.<String>path("created[0].stage")).isEqualTo("INTRODUCED");
        assertThat(first.<String>path("skipped[0].reason")).isEqualTo("ALREADY_OPEN");
        assertThat(first.<Integer>path("skipped[0].negotiationId").longValue()).isEqualTo(alreadyOpen);
        assertThat(first.<Integer>path("skipped[0].firmId").longValue()).isEqualTo(firmB);
        Response created = TestNegotiations.get(first.<Integer>path("created[0].id"));
        assertThat(created.<List<Integer>>path("products.id")).containsExactlyInAnyOrderElementsOf(productsA.stream().map(Long::intValue).toList());
        assertThat(created.<String>path("introducedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));

        Response second = introduce(DemoUser.COORDINATOR, Map.of("projectId", f.projectId(), "source", "SURVEY_MARKS"));
        assertThat(second.<List<?>>path("created")).isEmpty();
        assertThat(second.<List<String>>path("skipped.reason")).containsExactly("ALREADY_OPEN", "ALREADY_OPEN");
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("projectId", f.projectId()).get("/api/negotiations").<Integer>path("total"))
                .isEqualTo(2);
    }

    @Test
    void aChosenPairNobodyMarkedIsSkippedAndAChangedSubmissionCountsAsItsLastVersion() {
        Fixture f = TestSurveys.food(1, 2, 2);
        long firm = f.firms().get(0).id();
        List<Long> products = f.firms().get(0).products();
        String token = TestSurveys.token(f, 0);
        TestSurveys.submitByLink(token, answers(Map.of(products.get(0), true))).then().statusCode(200);
        // Resubmitted without the mark: the earlier wish no longer counts.
        TestSurveys.submitByLink(token, answers(Map.of(products.get(0), false, products.get(1), true))).then().statusCode(200);

        Response chosen = introduce(DemoUser.COORDINATOR, Map.of("projectId", f.projectId(), "source", "SURVEY_MARKS", "pairs", List.of(
                Map.of("firmId", firm, "buyerCompanyId", f.buyer(0).companyId()),
                Map.of("firmId", firm, "buyerCompanyId", f.buyer(1).companyId()))));
        assertThat(chosen.<List<Integer>>path("created.buyerCompanyId")).containsExactly((int) f.buyer(0).companyId());
        assertThat(TestNegotiations.get(chosen.<Integer>path("created[0].id")).<List<Integer>>path("products.id"))
                .containsExactly(products.get(1).intValue());
        assertThat(chosen.<String>path("skipped[0].reason")).isEqualTo("NOT_A_CANDIDATE");
        assertThat(chosen.<Integer>path("skipped[0].buyerCompanyId").longValue()).isEqualTo(f.buyer(1).companyId());
    }

    @Test
    void buyersMayNeitherSeeNorIntroduceFromSurveyMarksAndAnUnknownProjectIs404() {
        Fixture f = TestSurveys.food(1, 1, 1);
        submit(f, 0, Map.of(f.products().get(0), true));
        for (DemoUser buyer : List.of(DemoUser.BUYER, DemoUser.BUYER2)) {
            Api.badRequestAs(buyer).queryParam("projectId", f.projectId()).queryParam("source", "SURVEY_MARKS")
                    .get("/api/negotiations/introduction-candidates").then().statusCode(403);
            Api.badRequestAs(buyer).contentType(ContentType.JSON).body(Map.of("projectId", f.projectId(), "source", "SURVEY_MARKS"))
                    .post("/api/negotiations/introductions").then().statusCode(403);
        }
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("projectId", Long.MAX_VALUE, "source", "SURVEY_MARKS"))
                .post("/api/negotiations/introductions").then().statusCode(404);
        Api.badRequestAs(DemoUser.ADVISOR).queryParam("projectId", Long.MAX_VALUE).queryParam("source", "SURVEY_MARKS")
                .get("/api/negotiations/introduction-candidates").then().statusCode(404);
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("projectId", f.projectId()).get("/api/negotiations").<Integer>path("total"))
                .isZero();
    }

    private static Response introduce(DemoUser as, Map<String, ?> body) {
        Response result = Api.as(as).contentType(ContentType.JSON).body(body).post("/api/negotiations/introductions");
        result.then().statusCode(200);
        return result;
    }

    private static void submit(Fixture f, int buyer, Map<Long, Boolean> wants) {
        TestSurveys.submitByLink(TestSurveys.token(f, buyer), answers(wants)).then().statusCode(200);
    }

    /** A complete FOOD answer rating the given products, each marked "want to negotiate" or not. */
    private static Map<String, Object> answers(Map<Long, Boolean> wants) {
        Map<String, Object> answers = TestSurveys.foodAnswers(List.of(), 4);
        List<Map<String, Object>> ratings = new ArrayList<>();
        wants.forEach((product, wanted) -> ratings.add(TestSurveys.rating(product, 4, 4, 4, 4, 4, null, wanted, false)));
        answers.put("productRatings", Map.of("ratings", ratings));
        return answers;
    }
}
