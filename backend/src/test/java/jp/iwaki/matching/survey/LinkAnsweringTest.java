package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class LinkAnsweringTest {

    private static Response draft(String token, String etag, Map<String, Object> answers) {
        return Api.publicly().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("answers", answers))
                .put("/api/survey-links/" + token + "/draft");
    }

    private static Response submit(String token, String etag, Map<String, Object> answers) {
        return Api.anonymous().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("answers", answers)).post("/api/survey-links/" + token + "/submission");
    }

    private static Response form(String token) {
        Response form = Api.publicly().get("/api/survey-links/" + token);
        form.then().statusCode(200);
        return form;
    }

    @Test
    void theFormHasEverythingTheBuyerNeedsAndOpeningItMarksTheInvitationOpened() {
        TestSurveys.Fixture fixture = TestSurveys.food(2, 2, 1);
        Response form = form(TestSurveys.token(fixture, 0));
        form.then().header("ETag", "\"0\"").header("Cache-Control", "no-store");
        assertThat(form.<String>path("contactName")).isEqualTo(fixture.buyer(0).contactName());
        assertThat(form.<String>path("buyerCompanyName")).isEqualTo(fixture.buyer(0).companyName());
        assertThat(form.<String>path("state")).isEqualTo("OPEN");
        assertThat(form.<String>path("response.status")).isEqualTo("NONE");
        assertThat(form.<Boolean>path("response.editable")).isTrue();
        assertThat(form.jsonPath().getList("products.id", Long.class)).containsExactlyInAnyOrderElementsOf(fixture.products());
        assertThat(form.jsonPath().getList("products.firmTradeName", String.class)).contains(fixture.firms().get(0).name(), fixture.firms().get(1).name());
        assertThat(form.jsonPath().getList("content.groups.key", String.class)).containsExactly("demand", "products", "closing");
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + fixture.buyer(0).invitationId()).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("OPENED");
    }

    @Test
    void draftsAreSavedAsTheBuyerGoesAndReopeningTheLinkResumesThem() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 2, 1);
        String token = TestSurveys.token(fixture, 0);
        long product = fixture.products().get(0);
        Map<String, Object> first = new LinkedHashMap<>(Map.of("bestSellers", Map.of("text", "冷凍の焼き魚")));
        Response saved = draft(token, "\"0\"", first);
        saved.then().statusCode(200).header("ETag", "\"1\"");
        assertThat(saved.<String>path("status")).isEqualTo("DRAFT");

        // Half a product rated, as the buyer taps through it.
        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("productRatings", Map.of("ratings", List.of(TestSurveys.rating(product, 4, 5, null, null, null, "香りが良い", true, false))));
        draft(token, "\"1\"", second).then().statusCode(200).header("ETag", "\"2\"");

        Response resumed = form(TestSurveys.token(fixture, 0));
        resumed.then().header("ETag", "\"2\"");
        assertThat(resumed.<String>path("response.status")).isEqualTo("DRAFT");
        assertThat(resumed.<String>path("answers.bestSellers.text")).isEqualTo("冷凍の焼き魚");
        assertThat(resumed.<Integer>path("answers.productRatings.ratings[0].taste")).isEqualTo(5);
        assertThat(resumed.<Object>path("answers.productRatings.ratings[0].price")).isNull();
        assertThat(resumed.<Boolean>path("answers.productRatings.ratings[0].wantToNegotiate")).isTrue();
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + fixture.buyer(0).invitationId()).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("DRAFT");
    }

    @Test
    void aRetriedAutosaveWithTheSameAnswersSucceedsAndAStaleOneWithOthersIsRefused() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1);
        String token = TestSurveys.token(fixture, 0);
        Map<String, Object> answers = Map.of("bestSellers", Map.of("text", "干物"));
        draft(token, "\"0\"", answers).then().statusCode(200).header("ETag", "\"1\"");
        // The answer to the first save was lost; the phone sends it again with the version it had.
        draft(token, "\"0\"", answers).then().statusCode(200).header("ETag", "\"1\"");
        Response stale = draft(token, "\"0\"", Map.of("bestSellers", Map.of("text", "別の内容")));
        stale.then().statusCode(412).contentType("application/problem+json");
        assertThat(form(token).<String>path("answers.bestSellers.text")).isEqualTo("干物");
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .put("/api/survey-links/" + token + "/draft").then().statusCode(428);
    }

    @Test
    void twoTabsSubmittingTheSameResponseAtOnceLetOneWinAndWriteNothingOfTheOther() throws Exception {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 2, 1);
        String token = TestSurveys.token(fixture, 0);
        String etag = form(token).header("ETag");
        Map<String, Object> high = TestSurveys.foodAnswers(fixture.products(), 5);
        Map<String, Object> low = TestSurveys.foodAnswers(fixture.products(), 1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> tabs = new ArrayList<>();
        for (Map<String, Object> answers : List.of(high, low)) {
            tabs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return submit(token, etag, answers);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Response winner = null;
        for (CompletableFuture<Response> tab : tabs) {
            Response response = tab.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                winner = response;
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(winner.<Integer>path("submissionCount")).isEqualTo(1);
        List<Map<String, Object>> submissions = Api.as(DemoUser.COORDINATOR)
                .get("/api/survey-invitations/" + fixture.buyer(0).invitationId() + "/submissions").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(submissions).hasSize(1);
        // The stored answers are wholly one tab's, and the analysis counts one response.
        Response analysis = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId() + "/analysis");
        assertThat(analysis.<Integer>path("submitted")).isEqualTo(1);
        double design = analysis.jsonPath().getDouble("surveyMeans.design");
        double taste = analysis.jsonPath().getDouble("surveyMeans.package");
        assertThat(design).isIn(1.0, 5.0);
        assertThat(taste).isEqualTo(design);
        assertThat(analysis.<Integer>path("ratingCount")).isEqualTo(2);
    }

    @Test
    void aSubmissionNamesEveryProblemBesideItsQuestionAndStoresNothing() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1);
        TestSurveys.Fixture other = TestSurveys.food(1, 1, 0);
        String token = TestSurveys.token(fixture, 0);
        Map<String, Object> answers = new LinkedHashMap<>(TestSurveys.foodAnswers(fixture.products(), 3));
        answers.remove("bestSellers");
        answers.put("interest", Map.of("number", 6));
        answers.put("productRatings", Map.of("ratings", List.of(
                TestSurveys.rating(fixture.products().get(0), 3, 3, 3, 3, 3, null, false, false),
                TestSurveys.rating(other.products().get(0), 3, 3, 3, 3, 3, null, false, false))));
        Response refused = submit(token, "\"0\"", answers);
        refused.then().statusCode(400).contentType("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("urn:iwaki-matching:problem:validation");
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactlyInAnyOrder(
                "answers.bestSellers", "answers.interest.number", "answers.productRatings.ratings." + other.products().get(0));
        assertThat(refused.jsonPath().getList("errors.key", String.class)).containsExactlyInAnyOrder(
                "survey.answer.required", "validation.Max", "survey.rating.productNotInProject");
        Response form = form(token);
        assertThat(form.<String>path("response.status")).isEqualTo("NONE");
        form.then().header("ETag", "\"0\"");
    }

    @Test
    void aSubmittedResponseMayChangeUntilTheSurveyClosesAndEverySubmissionIsKept() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1);
        String token = TestSurveys.token(fixture, 0);
        Response first = TestSurveys.submitByLink(token, TestSurveys.foodAnswers(fixture.products(), 2));
        first.then().statusCode(200);
        assertThat(first.<String>path("status")).isEqualTo("SUBMITTED");
        // Reopened and saved unchanged: nothing is pending.
        Response unchanged = draft(token, first.header("ETag"), TestSurveys.foodAnswers(fixture.products(), 2));
        unchanged.then().statusCode(200);
        assertThat(unchanged.<Boolean>path("pendingChanges")).isFalse();
        Map<String, Object> changed = TestSurveys.foodAnswers(fixture.products(), 4);
        Response edited = draft(token, unchanged.header("ETag"), changed);
        edited.then().statusCode(200);
        assertThat(edited.<String>path("status")).isEqualTo("SUBMITTED");
        assertThat(edited.<Boolean>path("pendingChanges")).isTrue();
        // Until it is submitted again, the analysis keeps the first submission.
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId() + "/analysis").then().statusCode(200)
                .extract().jsonPath().getDouble("surveyMeans.taste")).isEqualTo(2.0);
        Response second = submit(token, edited.header("ETag"), changed);
        second.then().statusCode(200);
        assertThat(second.<Integer>path("submissionCount")).isEqualTo(2);
        assertThat(second.<Boolean>path("pendingChanges")).isFalse();
        List<Integer> tastes = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + fixture.buyer(0).invitationId() + "/submissions")
                .then().statusCode(200).extract().jsonPath().getList("answers.productRatings.ratings.taste.flatten()", Integer.class);
        assertThat(tastes).containsExactly(2, 4);
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId() + "/analysis").then().statusCode(200)
                .extract().jsonPath().getDouble("surveyMeans.taste")).isEqualTo(4.0);

        // Once the survey is over, the link answers 410.
        TestSurveys.moveDates(fixture.surveyId(), TestSurveys.today().minusDays(40), TestSurveys.today().minusDays(1));
        Response expired = Api.publicly().get("/api/survey-links/" + token);
        expired.then().statusCode(410);
        assertThat(expired.<String>path("errors[0].key")).isEqualTo("survey.link.expired");
        submit(token, second.header("ETag"), changed).then().statusCode(410);
    }

    @Test
    void nothingIsSavedBeforeTheSurveyOpens() {
        LocalDate tomorrow = TestSurveys.today().plusDays(1);
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1, TestSurveys.foodVersion(), tomorrow);
        String token = TestSurveys.token(fixture, 0);
        Response form = form(token);
        assertThat(form.<String>path("state")).isEqualTo("SCHEDULED");
        assertThat(form.<Boolean>path("response.editable")).isFalse();
        Response refused = draft(token, "\"0\"", Map.of("bestSellers", Map.of("text", "早すぎ")));
        refused.then().statusCode(422);
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("survey.notOpenYet");
    }
}
