package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProxyEntryTest {

    @Test
    void anAdvisorTypesAPaperSheetAndTheResponseIsMarkedWithWhoEnteredIt() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 2, 1);
        long invitation = fixture.buyer(0).invitationId();
        Response form = Api.as(DemoUser.ADVISOR).get("/api/survey-invitations/" + invitation + "/response");
        form.then().statusCode(200).header("ETag", "\"0\"");
        assertThat(form.jsonPath().getList("products")).hasSize(2);
        Response draft = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of("bestSellers", Map.of("text", "紙の回答から")))).put("/api/survey-invitations/" + invitation + "/response/draft");
        draft.then().statusCode(200);
        Response submitted = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body(Map.of("answers", TestSurveys.foodAnswers(fixture.products(), 3))).post("/api/survey-invitations/" + invitation + "/response/submission");
        submitted.then().statusCode(200);
        String advisor = Api.as(DemoUser.ADVISOR).get("/api/me").then().extract().path("subject");
        assertThat(submitted.<String>path("proxyEnteredBy.subject")).isEqualTo(advisor);
        assertThat(submitted.<String>path("proxyEnteredBy.name")).isNotBlank();
        assertThat(submitted.<String>path("proxyEnteredAt")).isNotNull();

        Response view = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + invitation);
        assertThat(view.<String>path("status")).isEqualTo("SUBMITTED");
        assertThat(view.<String>path("response.channel")).isEqualTo("PROXY");
        assertThat(view.<String>path("response.proxyEnteredBy.subject")).isEqualTo(advisor);
        Response submissions = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + invitation + "/submissions");
        assertThat(submissions.<String>path("[0].channel")).isEqualTo("PROXY");
        assertThat(submissions.<String>path("[0].enteredBy.subject")).isEqualTo(advisor);
    }

    @Test
    void aRevokedInvitationTakesNoProxyEntry() {
        TestSurveys.Fixture fixture = TestSurveys.food(0, 0, 1);
        long invitation = fixture.buyer(0).invitationId();
        Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + invitation + "/revoke").then().statusCode(200);
        Response refused = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of())).put("/api/survey-invitations/" + invitation + "/response/draft");
        refused.then().statusCode(422);
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("survey.invitation.revoked");
    }
}
