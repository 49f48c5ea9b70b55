package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class SurveyLifecycleTest {

    private static Response project(String program, LocalDate inYear) {
        Response project = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("program", program,
                "fiscalYear", FiscalYear.containing(inYear).startYear(), "title", "調査用プロジェクト " + System.nanoTime())).post("/api/projects");
        project.then().statusCode(201);
        return project;
    }

    private static Response create(Object projectId, long versionId, String title, LocalDate opensOn, LocalDate closesOn) {
        return Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("projectId", projectId,
                "templateVersionId", versionId, "title", title, "opensOn", opensOn.toString(), "closesOn", closesOn.toString()))
                .post("/api/surveys");
    }

    private static long manufacturingVersion() {
        List<Map<String, Object>> templates = Api.as(DemoUser.COORDINATOR).queryParam("program", "MANUFACTURING").get("/api/survey-templates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return ((Number) templates.get(0).get("currentVersionId")).longValue();
    }

    @Test
    void aCoordinatorIssuesASurveyForAProjectFromATemplateVersion() {
        LocalDate today = TestSurveys.today();
        Response project = project("FOOD", today);
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("projectId", project.path("id"),
                "templateVersionId", TestSurveys.foodVersion(), "title", "商談会バイヤーアンケート", "opensOn", today.toString(),
                "closesOn", today.plusDays(14).toString())).post("/api/surveys");
        created.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(created.<String>path("state")).isEqualTo("OPEN");
        assertThat(created.<String>path("projectTitle")).isEqualTo(project.path("title"));
        assertThat(created.<String>path("templateName.ja")).isEqualTo("食の商談会 バイヤーアンケート");
        assertThat(created.<Integer>path("invitationCount")).isZero();
        // The links expire when the close date is over in Japan: the next day, 00:00 JST.
        assertThat(java.time.OffsetDateTime.parse(created.path("linksExpireAt")).toInstant())
                .isEqualTo(today.plusDays(15).atStartOfDay(FiscalYear.JAPAN).toInstant());

        Response listed = Api.as(DemoUser.ADVISOR).queryParam("projectId", project.<Integer>path("id")).queryParam("state", "OPEN").get("/api/surveys");
        listed.then().statusCode(200);
        assertThat(listed.jsonPath().getList("items.id", Integer.class)).containsExactly(created.<Integer>path("id"));
        assertThat(Api.as(DemoUser.ADVISOR).queryParam("projectId", project.<Integer>path("id")).queryParam("state", "CLOSED")
                .get("/api/surveys").then().statusCode(200).extract().<Integer>path("total")).isZero();
    }

    @Test
    void theDatesFollowTheProjectsFiscalYearAndComeInOrder() {
        LocalDate today = TestSurveys.today();
        FiscalYear year = FiscalYear.containing(today);
        Response project = project("FOOD", today);
        Response outside = create(project.path("id"), TestSurveys.foodVersion(), "年度外", year.next().firstDay(), year.next().firstDay().plusDays(3));
        outside.then().statusCode(400).contentType("application/problem+json");
        assertThat(outside.<String>path("errors[0].field")).isEqualTo("opensOn");
        assertThat(outside.<String>path("errors[0].key")).isEqualTo("survey.opensOn.outsideFiscalYear");

        Response backwards = create(project.path("id"), TestSurveys.foodVersion(), "逆順", year.firstDay().plusDays(5), year.firstDay().plusDays(4));
        backwards.then().statusCode(400);
        assertThat(backwards.<String>path("errors[0].field")).isEqualTo("closesOn");
        assertThat(backwards.<String>path("errors[0].key")).isEqualTo("survey.closesOn.beforeOpensOn");

        Response tooLong = create(project.path("id"), TestSurveys.foodVersion(), "長すぎ", year.firstDay(), year.firstDay().plusYears(1).plusDays(1));
        tooLong.then().statusCode(400);
        assertThat(tooLong.<String>path("errors[0].key")).isEqualTo("survey.closesOn.tooLate");
    }

    @Test
    void theTemplateMustBeOfTheProjectsProgramAndTheTitleFreeInTheProject() {
        LocalDate today = TestSurveys.today();
        Response project = project("FOOD", today);
        Response other = create(project.path("id"), manufacturingVersion(), "別事業", today, today.plusDays(3));
        other.then().statusCode(400);
        assertThat(other.<String>path("errors[0].field")).isEqualTo("templateVersionId");
        assertThat(other.<String>path("errors[0].key")).isEqualTo("survey.template.otherProgram");

        create(project.path("id"), TestSurveys.foodVersion(), "同じ題名", today, today.plusDays(3)).then().statusCode(201);
        Response taken = create(project.path("id"), TestSurveys.foodVersion(), "同じ題名", today, today.plusDays(3));
        taken.then().statusCode(409);
        assertThat(taken.<String>path("errors[0].key")).isEqualTo("survey.title.taken");

        Response unknown = create(Integer.MAX_VALUE, TestSurveys.foodVersion(), "存在しない", today, today.plusDays(3));
        unknown.then().statusCode(400);
        assertThat(unknown.<String>path("errors[0].field")).isEqualTo("projectId");
    }

    @Test
    void aClosedProjectGetsNoNewSurvey() {
        LocalDate today = TestSurveys.today();
        Response project = project("FOOD", today);
        String etag = project.header("ETag");
        for (String state : List.of("OPEN", "CLOSED")) {
            etag = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("state", state))
                    .post("/api/projects/" + project.path("id") + "/state").then().statusCode(200).extract().header("ETag");
        }
        Response refused = create(project.path("id"), TestSurveys.foodVersion(), "終了後", today, today.plusDays(3));
        refused.then().statusCode(422);
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("project.closed");
    }

    @Test
    void theTemplateVersionStaysOnceSomebodyHasAnswered() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1);
        String token = TestSurveys.token(fixture, 0);
        Api.publicly().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of("bestSellers", Map.of("text", "干物")))).put("/api/survey-links/" + token + "/draft")
                .then().statusCode(200);
        Response survey = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId());
        long otherVersion = SurveyTemplateTest.create("FOOD", SurveyTemplateTest.content("別の版", "carry")).<Integer>path("currentVersion.id");
        Response refused = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", survey.header("ETag"))
                .body(Map.of("templateVersionId", otherVersion, "title", survey.<Object>path("title"), "opensOn", survey.<Object>path("opensOn"),
                        "closesOn", survey.path("closesOn"))).put("/api/surveys/" + fixture.surveyId());
        refused.then().statusCode(422);
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("survey.hasResponses");
        // The dates still move.
        TestSurveys.moveDates(fixture.surveyId(), LocalDate.parse(survey.path("opensOn")), TestSurveys.today().plusDays(60));
    }

    @Test
    void aStaleVersionOfTheSurveyIsRefused() {
        TestSurveys.Fixture fixture = TestSurveys.food(0, 0, 0);
        Response survey = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId());
        TestSurveys.moveDates(fixture.surveyId(), LocalDate.parse(survey.path("opensOn")), TestSurveys.today().plusDays(40));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", survey.header("ETag"))
                .body(Map.of("templateVersionId", survey.<Object>path("templateVersionId"), "title", "古い版から", "opensOn", survey.<Object>path("opensOn"),
                        "closesOn", survey.path("closesOn"))).put("/api/surveys/" + fixture.surveyId())
                .then().statusCode(412);
    }
}
