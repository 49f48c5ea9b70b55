package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The denials beside the role checks: every survey operation keyed by an id answers 404 problem+json,
 * with a request that is otherwise valid, when there is no such template, version, survey or
 * invitation (or, for a buyer, none of its own).
 */
@QuarkusTest
@IntegrationTest
class UnknownRecordsTest {
    private static final long NONE = 987_654_321L;

    private record Call(String name, DemoUser user, Function<RequestSpecification, Response> send) {
    }

    private static Function<RequestSpecification, Response> json(String method, String path, Object body) {
        return r -> {
            RequestSpecification ready = r.contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body);
            return method.equals("PUT") ? ready.put(path) : ready.post(path);
        };
    }

    @TestFactory
    List<DynamicTest> everyOperationOnAnUnknownRecordIs404() {
        Map<String, Object> answers = Map.of("answers", Map.of("bestSellers", Map.of("text", "干物")));
        String survey = "/api/surveys/" + NONE;
        String invitation = "/api/survey-invitations/" + NONE;
        List<Call> calls = List.of(
                new Call("getSurveyTemplate", DemoUser.COORDINATOR, r -> r.get("/api/survey-templates/" + NONE)),
                new Call("updateSurveyTemplate", DemoUser.ADMIN, json("PUT", "/api/survey-templates/" + NONE,
                        Map.of("name", Map.of("ja", "ない"), "content", SurveyTemplateTest.content("ない", "carry")))),
                new Call("getSurveyTemplateVersion", DemoUser.ADVISOR, r -> r.get("/api/survey-template-versions/" + NONE)),
                new Call("getSurvey", DemoUser.ADVISOR, r -> r.get(survey)),
                new Call("updateSurvey", DemoUser.COORDINATOR, json("PUT", survey, Map.of("templateVersionId", TestSurveys.foodVersion(),
                        "title", "ない", "opensOn", TestSurveys.today().toString(), "closesOn", TestSurveys.today().plusDays(3).toString()))),
                new Call("listSurveyInvitations", DemoUser.COORDINATOR, r -> r.get(survey + "/invitations")),
                new Call("issueSurveyInvitations", DemoUser.COORDINATOR, json("POST", survey + "/invitations", Map.of())),
                new Call("sendSurveyInvitations", DemoUser.COORDINATOR, r -> r.post(survey + "/invitations/send")),
                new Call("sendSurveyReminders", DemoUser.COORDINATOR, r -> r.post(survey + "/reminders")),
                new Call("createSurveyInvitationSheets", DemoUser.COORDINATOR, json("POST", survey + "/sheets",
                        Map.of("invitationIds", List.of(NONE)))),
                new Call("getSurveyAnalysis", DemoUser.ADVISOR, r -> r.get(survey + "/analysis")),
                new Call("exportSurveyResponses", DemoUser.COORDINATOR, r -> r.queryParam("format", "csv").get(survey + "/responses/export")),
                new Call("getFirmFeedbackReport", DemoUser.ADVISOR, r -> r.get(survey + "/feedback/" + NONE)),
                new Call("exportFirmFeedbackReport", DemoUser.COORDINATOR, r -> r.get(survey + "/feedback/" + NONE + "/export")),
                new Call("getSurveyAggregateReport", DemoUser.COORDINATOR, r -> r.get(survey + "/report")),
                new Call("getSurveyInvitation", DemoUser.ADVISOR, r -> r.get(invitation)),
                new Call("sendSurveyInvitation", DemoUser.COORDINATOR, r -> r.post(invitation + "/send")),
                new Call("revokeSurveyInvitation", DemoUser.COORDINATOR, r -> r.post(invitation + "/revoke")),
                new Call("reissueSurveyInvitation", DemoUser.COORDINATOR, r -> r.post(invitation + "/reissue")),
                new Call("getProxySurveyForm", DemoUser.ADVISOR, r -> r.get(invitation + "/response")),
                new Call("saveProxySurveyDraft", DemoUser.ADVISOR, json("PUT", invitation + "/response/draft", answers)),
                new Call("submitProxySurveyResponse", DemoUser.ADVISOR, json("POST", invitation + "/response/submission", answers)),
                new Call("listSurveySubmissions", DemoUser.COORDINATOR, r -> r.get(invitation + "/submissions")),
                new Call("getMySurveyForm", DemoUser.BUYER, r -> r.get("/api/my/survey-invitations/" + NONE)),
                new Call("saveMySurveyDraft", DemoUser.BUYER, json("PUT", "/api/my/survey-invitations/" + NONE + "/draft", answers)),
                new Call("submitMySurveyResponse", DemoUser.BUYER, json("POST", "/api/my/survey-invitations/" + NONE + "/submission", answers)));
        return calls.stream().map(call -> DynamicTest.dynamicTest(call.name() + " of an unknown record is 404", () -> {
            Response response = call.send().apply(Api.as(call.user()));
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        })).toList();
    }
}
