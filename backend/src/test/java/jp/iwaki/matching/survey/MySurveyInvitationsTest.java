package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class MySurveyInvitationsTest {

    /** A survey that invites the given buyer's own contact; its invitation id. */
    static long invitationOf(DemoUser buyer) {
        long companyId = TestBuyers.linkedCompanyOf(buyer);
        long contactId = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + companyId + "/contacts").then().statusCode(200)
                .extract().<Integer>path("[0].id").longValue();
        java.time.LocalDate opensOn = TestSurveys.today().minusDays(40);
        Response project = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("program", "FOOD",
                "fiscalYear", FiscalYear.containing(opensOn).startYear(), "title", "ログイン回答 " + System.nanoTime())).post("/api/projects");
        project.then().statusCode(201);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("contactIds", List.of(contactId))).put("/api/projects/" + project.path("id") + "/invitations/" + companyId)
                .then().statusCode(200);
        long surveyId = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("projectId", project.path("id"),
                "templateVersionId", TestSurveys.foodVersion(), "title", "ログインして回答", "opensOn", opensOn.toString(),
                "closesOn", TestSurveys.today().plusDays(10).toString())).post("/api/surveys").then().statusCode(201).extract().<Integer>path("id");
        return Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of()).post("/api/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().<Integer>path("created[0].id").longValue();
    }

    @Test
    void aSignedInBuyerAnswersItsOwnInvitation() {
        long invitation = invitationOf(DemoUser.BUYER);
        List<Long> mine = Api.as(DemoUser.BUYER).get("/api/my/survey-invitations").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(mine).contains(invitation);
        Response form = Api.as(DemoUser.BUYER).get("/api/my/survey-invitations/" + invitation);
        form.then().statusCode(200).header("ETag", "\"0\"");
        Response draft = Api.as(DemoUser.BUYER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of("bestSellers", Map.of("text", "ログインしての下書き")))).put("/api/my/survey-invitations/" + invitation + "/draft");
        draft.then().statusCode(200);
        Map<String, Object> answers = new java.util.LinkedHashMap<>(TestSurveys.foodAnswers(List.of(), 3));
        answers.remove("productRatings");
        Map<String, Object> incomplete = new java.util.LinkedHashMap<>(answers);
        incomplete.remove("packaging");
        Response refused = Api.badRequestAs(DemoUser.BUYER).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body(Map.of("answers", incomplete)).post("/api/my/survey-invitations/" + invitation + "/submission");
        refused.then().statusCode(400);
        assertThat(refused.<String>path("errors[0].field")).isEqualTo("answers.packaging");
        // The project brings no products, so its grid asks for nothing.
        Response submitted = Api.as(DemoUser.BUYER).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body(Map.of("answers", answers)).post("/api/my/survey-invitations/" + invitation + "/submission");
        submitted.then().statusCode(200);
        assertThat(submitted.<String>path("status")).isEqualTo("SUBMITTED");
        Response invitationView = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + invitation);
        assertThat(invitationView.<String>path("status")).isEqualTo("SUBMITTED");
        assertThat(invitationView.<String>path("response.channel")).isEqualTo("SIGNED_IN");
    }

    @Test
    void aBuyerCannotSeeOrAnswerAnotherBuyersInvitation() {
        long theirs = invitationOf(DemoUser.BUYER);
        List<Long> mine = Api.as(DemoUser.BUYER2).get("/api/my/survey-invitations").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(mine).doesNotContain(theirs);
        Api.as(DemoUser.BUYER2).get("/api/my/survey-invitations/" + theirs).then().statusCode(404).contentType("application/problem+json");
        Api.as(DemoUser.BUYER2).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("answers", Map.of()))
                .put("/api/my/survey-invitations/" + theirs + "/draft").then().statusCode(404);
        Api.as(DemoUser.BUYER2).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("answers", Map.of()))
                .post("/api/my/survey-invitations/" + theirs + "/submission").then().statusCode(404);
        // Staff read it, but not as a buyer; a buyer never reaches staff's view.
        Api.badRequestAs(DemoUser.BUYER).get("/api/survey-invitations/" + theirs).then().statusCode(403);
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/my/survey-invitations/" + theirs).then().statusCode(403);
    }

    @Test
    void aRevokedInvitationDisappearsForTheBuyer() {
        long invitation = invitationOf(DemoUser.BUYER);
        Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + invitation + "/revoke").then().statusCode(200);
        assertThat(Api.as(DemoUser.BUYER).get("/api/my/survey-invitations").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(invitation);
        Api.as(DemoUser.BUYER).get("/api/my/survey-invitations/" + invitation).then().statusCode(404);
    }
}
