package jp.iwaki.matching.survey;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/**
 * Valid requests for the survey operations, for the endpoint-roles test. Reads and repeatable
 * changes share one survey; what a request uses up (a template to edit, an invitation to revoke,
 * a buyer's own invitation) is made for it. The public link operations get a fresh link each.
 */
public class SurveyRoleSamples implements RoleSamples {
    private static TestSurveys.Fixture shared;

    private static synchronized TestSurveys.Fixture shared() {
        if (shared == null) {
            shared = TestSurveys.food(1, 1, 2);
            // One submission, so that the reports have something to show.
            TestSurveys.submitByLink(token(), TestSurveys.foodAnswers(shared.products(), 4)).then().statusCode(200);
        }
        return shared;
    }

    private static long survey() {
        return shared().surveyId();
    }

    /** The shared invitation everybody answers and staff handle (never revoked). */
    private static long invitation() {
        return shared().buyer(0).invitationId();
    }

    private static String token() {
        return TestSurveys.token(shared.surveyId(), shared.buyer(0).invitationId());
    }

    private static boolean isBuyer(DemoUser user) {
        return user != null && user.role.equals("buyer");
    }

    /** The buyer's own invitation for a buyer; any id for the others, who are refused before it is read. */
    private static long own(DemoUser user) {
        return isBuyer(user) ? MySurveyInvitationsTest.invitationOf(user) : 1L;
    }

    private static Response withEtag(RequestSpecification request, String etag, Map<String, Object> body, boolean post, String path) {
        RequestSpecification ready = request.contentType(ContentType.JSON).header("If-Match", etag).body(body);
        return post ? ready.post(path) : ready.put(path);
    }

    private static String formEtag(DemoUser user, long invitation) {
        return Api.as(user).get("/api/my/survey-invitations/" + invitation).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> complete() {
        return Map.of("answers", TestSurveys.foodAnswers(shared().products(), 3));
    }

    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("listSurveyTemplates", (r, u) -> r.queryParam("program", "FOOD").get("/api/survey-templates")),
                Map.entry("createSurveyTemplate", (r, u) -> r.contentType(ContentType.JSON).body(Map.of("program", "FOOD",
                        "name", Map.of("ja", "権限確認 " + System.nanoTime()), "content", SurveyTemplateTest.content("権限", "carry")))
                        .post("/api/survey-templates")),
                Map.entry("getSurveyTemplate", (r, u) -> r.get("/api/survey-templates/" + SurveyTemplateTest.create("FOOD",
                        SurveyTemplateTest.content("読む", "carry")).path("id"))),
                Map.entry("updateSurveyTemplate", (r, u) -> {
                    Response template = SurveyTemplateTest.create("FOOD", SurveyTemplateTest.content("直す", "carry"));
                    return withEtag(r, template.header("ETag"), Map.of("name", Map.of("ja", "直した " + System.nanoTime()),
                            "content", SurveyTemplateTest.content("直した", "carry")), false, "/api/survey-templates/" + template.path("id"));
                }),
                Map.entry("getSurveyTemplateVersion", (r, u) -> r.get("/api/survey-template-versions/" + TestSurveys.foodVersion())),
                Map.entry("listSurveys", (r, u) -> r.queryParam("projectId", shared().projectId()).get("/api/surveys")),
                Map.entry("createSurvey", (r, u) -> r.contentType(ContentType.JSON).body(Map.of("projectId", shared().projectId(),
                        "templateVersionId", shared().versionId(), "title", "権限確認 " + System.nanoTime(),
                        "opensOn", TestSurveys.today().toString(), "closesOn", TestSurveys.today().plusDays(5).toString())).post("/api/surveys")),
                Map.entry("getSurvey", (r, u) -> r.get("/api/surveys/" + survey())),
                Map.entry("updateSurvey", (r, u) -> {
                    Response current = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + survey());
                    return withEtag(r, current.header("ETag"), Map.of("templateVersionId", current.path("templateVersionId"),
                            "title", current.path("title"), "opensOn", current.path("opensOn"), "closesOn", current.path("closesOn")),
                            false, "/api/surveys/" + survey());
                }),
                Map.entry("listSurveyInvitations", (r, u) -> r.get("/api/surveys/" + survey() + "/invitations")),
                Map.entry("issueSurveyInvitations", (r, u) -> r.contentType(ContentType.JSON).body(Map.of())
                        .post("/api/surveys/" + survey() + "/invitations")),
                Map.entry("sendSurveyInvitations", (r, u) -> r.post("/api/surveys/" + survey() + "/invitations/send")),
                Map.entry("sendSurveyReminders", (r, u) -> r.post("/api/surveys/" + survey() + "/reminders")),
                Map.entry("createSurveyInvitationSheets", (r, u) -> r.contentType(ContentType.JSON)
                        .body(Map.of("invitationIds", List.of(invitation()))).post("/api/surveys/" + survey() + "/sheets")),
                Map.entry("getSurveyInvitation", (r, u) -> r.get("/api/survey-invitations/" + invitation())),
                Map.entry("sendSurveyInvitation", (r, u) -> r.post("/api/survey-invitations/" + invitation() + "/send")),
                Map.entry("revokeSurveyInvitation", (r, u) -> r.post("/api/survey-invitations/"
                        + TestSurveys.food(0, 0, 1).buyer(0).invitationId() + "/revoke")),
                Map.entry("reissueSurveyInvitation", (r, u) -> r.post("/api/survey-invitations/" + shared().buyer(1).invitationId() + "/reissue")),
                Map.entry("getProxySurveyForm", (r, u) -> r.get("/api/survey-invitations/" + invitation() + "/response")),
                Map.entry("saveProxySurveyDraft", (r, u) -> withEtag(r,
                        Api.as(DemoUser.ADVISOR).get("/api/survey-invitations/" + invitation() + "/response").header("ETag"),
                        Map.of("answers", Map.of("bestSellers", Map.of("text", "代理入力"))), false,
                        "/api/survey-invitations/" + invitation() + "/response/draft")),
                Map.entry("submitProxySurveyResponse", (r, u) -> withEtag(r,
                        Api.as(DemoUser.ADVISOR).get("/api/survey-invitations/" + invitation() + "/response").header("ETag"),
                        complete(), true, "/api/survey-invitations/" + invitation() + "/response/submission")),
                Map.entry("listSurveySubmissions", (r, u) -> r.get("/api/survey-invitations/" + invitation() + "/submissions")),
                Map.entry("getSurveyForm", (r, u) -> r.get("/api/survey-links/" + token())),
                Map.entry("saveSurveyDraft", (r, u) -> {
                    String token = token();
                    String etag = Api.publicly().get("/api/survey-links/" + token).header("ETag");
                    return withEtag(r, etag, Map.of("answers", Map.of("bestSellers", Map.of("text", "リンクから"))), false,
                            "/api/survey-links/" + token + "/draft");
                }),
                Map.entry("submitSurveyResponse", (r, u) -> {
                    String token = token();
                    String etag = Api.publicly().get("/api/survey-links/" + token).header("ETag");
                    return withEtag(r, etag, complete(), true, "/api/survey-links/" + token + "/submission");
                }),
                Map.entry("listMySurveyInvitations", (r, u) -> r.get("/api/my/survey-invitations")),
                Map.entry("getMySurveyForm", (r, u) -> r.get("/api/my/survey-invitations/" + own(u))),
                Map.entry("saveMySurveyDraft", (r, u) -> {
                    long own = own(u);
                    return withEtag(r, isBuyer(u) ? formEtag(u, own) : "\"0\"", Map.of("answers", Map.of("bestSellers", Map.of("text", "本人"))),
                            false, "/api/my/survey-invitations/" + own + "/draft");
                }),
                Map.entry("submitMySurveyResponse", (r, u) -> {
                    long own = own(u);
                    Map<String, Object> answers = new java.util.LinkedHashMap<>(TestSurveys.foodAnswers(List.of(), 3));
                    answers.remove("productRatings");
                    return withEtag(r, isBuyer(u) ? formEtag(u, own) : "\"0\"", Map.of("answers", answers), true,
                            "/api/my/survey-invitations/" + own + "/submission");
                }),
                Map.entry("getSurveyAnalysis", (r, u) -> r.get("/api/surveys/" + survey() + "/analysis")),
                Map.entry("exportSurveyResponses", (r, u) -> r.queryParam("format", "xlsx").get("/api/surveys/" + survey() + "/responses/export")),
                Map.entry("getFirmFeedbackReport", (r, u) -> r.get("/api/surveys/" + survey() + "/feedback/" + shared().firms().get(0).id())),
                Map.entry("exportFirmFeedbackReport", (r, u) -> r.get("/api/surveys/" + survey() + "/feedback/" + shared().firms().get(0).id() + "/export")),
                Map.entry("getSurveyAggregateReport", (r, u) -> r.get("/api/surveys/" + survey() + "/report")),
                Map.entry("listIntroductionCandidates", (r, u) -> r.queryParam("surveyId", survey()).get("/api/introduction-candidates")));
    }
}
