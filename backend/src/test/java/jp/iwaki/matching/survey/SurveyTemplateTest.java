package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class SurveyTemplateTest {

    static Map<String, Object> content(String title, String questionKey) {
        return Map.of(
                "title", Map.of("ja", title, "en", "Survey"),
                "groups", List.of(Map.of("key", "main", "title", Map.of("ja", "質問"), "questions", List.of(
                        Map.of("key", questionKey, "type", "SINGLE_CHOICE", "required", true, "text", Map.of("ja", "取扱いはありますか", "en", "Do you carry it?"),
                                "options", List.of(Map.of("key", "yes", "text", Map.of("ja", "はい")), Map.of("key", "no", "text", Map.of("ja", "いいえ")))),
                        Map.of("key", "volume", "type", "NUMBER", "required", false, "text", Map.of("ja", "数量"), "unit", Map.of("ja", "ケース"),
                                "min", 0, "max", 100)))));
    }

    static Response create(String program, Map<String, Object> content) {
        Response created = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("program", program, "name", Map.of("ja", "試験テンプレート " + System.nanoTime()), "content", content))
                .post("/api/survey-templates");
        created.then().statusCode(201);
        return created;
    }

    @Test
    void theShippedFoodAndManufacturingTemplatesAskWhatThePlanNamesInJapaneseAndEnglish() {
        List<Map<String, Object>> templates = Api.as(DemoUser.COORDINATOR).get("/api/survey-templates").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.shipped }");
        assertThat(templates).extracting(t -> t.get("program")).contains("FOOD", "MANUFACTURING");

        long food = ((Number) templates.stream().filter(t -> t.get("program").equals("FOOD")).findFirst().orElseThrow().get("id")).longValue();
        Response template = Api.as(DemoUser.ADVISOR).get("/api/survey-templates/" + food);
        template.then().statusCode(200);
        List<String> keys = template.jsonPath().getList("currentVersion.content.groups.questions.flatten().key");
        assertThat(keys).contains("bestSellers", "wantedItems", "requiredQuantity", "packaging", "productRatings");
        List<String> types = template.jsonPath().getList("currentVersion.content.groups.questions.flatten().type");
        assertThat(types).contains("FREE_TEXT", "MULTIPLE_CHOICE", "NUMBER", "SINGLE_CHOICE", "SCALE", "PRODUCT_RATINGS");
        assertThat(template.jsonPath().getList("currentVersion.content.groups.questions.flatten().text.en", String.class))
                .allSatisfy(en -> assertThat(en).isNotBlank());

        long manufacturing = ((Number) templates.stream().filter(t -> t.get("program").equals("MANUFACTURING")).findFirst().orElseThrow()
                .get("id")).longValue();
        List<String> asked = Api.as(DemoUser.COORDINATOR).get("/api/survey-templates/" + manufacturing).then().statusCode(200)
                .extract().jsonPath().getList("currentVersion.content.groups.questions.flatten().key");
        assertThat(asked).contains("needsAreas", "needsDetail", "exchangePossible");
    }

    @Test
    void anAdminCreatesATemplateAndEditsItInPlaceWhileNobodyHasAnswered() {
        Response created = create("FOOD", content("試験アンケート", "carry"));
        assertThat(created.<Integer>path("currentVersion.number")).isEqualTo(1);
        Response edited = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("name", Map.of("ja", "改名したテンプレート " + System.nanoTime()), "content", content("改訂版", "carry")))
                .put("/api/survey-templates/" + created.path("id"));
        edited.then().statusCode(200);
        assertThat(edited.<Integer>path("currentVersion.number")).isEqualTo(1);
        assertThat(edited.<String>path("currentVersion.content.title.ja")).isEqualTo("改訂版");
        assertThat(edited.header("ETag")).isNotEqualTo(created.header("ETag"));
        // The stale ETag is refused.
        Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("name", Map.of("ja", "もう一度 " + System.nanoTime()), "content", content("再改訂", "carry")))
                .put("/api/survey-templates/" + created.path("id")).then().statusCode(412);
    }

    @Test
    void onlyAnAdminEditsTemplates() {
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("program", "FOOD", "name", Map.of("ja", "事務局のテンプレート"), "content", content("x", "carry")))
                .post("/api/survey-templates").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/survey-templates").then().statusCode(403);
    }

    @Test
    void contentThatBreaksTheRulesAcrossFieldsIsRefusedNamingEachPlace() {
        Map<String, Object> bad = Map.of(
                "title", Map.of("ja", "不正"),
                "groups", List.of(Map.of("key", "main", "title", Map.of("ja", "質問"), "questions", List.of(
                        Map.of("key", "same", "type", "SINGLE_CHOICE", "required", true, "text", Map.of("ja", "選択肢が一つ"),
                                "options", List.of(Map.of("key", "only", "text", Map.of("ja", "一つだけ")))),
                        Map.of("key", "same", "type", "NUMBER", "required", false, "text", Map.of("ja", "範囲が逆"), "min", 10, "max", 1),
                        Map.of("key", "grid1", "type", "PRODUCT_RATINGS", "required", false, "text", Map.of("ja", "商品1")),
                        Map.of("key", "grid2", "type", "PRODUCT_RATINGS", "required", false, "text", Map.of("ja", "商品2")),
                        Map.of("key", "free", "type", "FREE_TEXT", "required", false, "text", Map.of("ja", "自由"),
                                "options", List.of(Map.of("key", "a", "text", Map.of("ja", "a")), Map.of("key", "b", "text", Map.of("ja", "b"))))))));
        Response refused = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("program", "FOOD", "name", Map.of("ja", "不正なテンプレート " + System.nanoTime()), "content", bad))
                .post("/api/survey-templates");
        refused.then().statusCode(400).contentType("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains(
                "content.groups[0].questions[0].options",
                "content.groups[0].questions[1].key",
                "content.groups[0].questions[1].max",
                "content.groups[0].questions[3].type",
                "content.groups[0].questions[4].options");
        assertThat(refused.jsonPath().getList("errors.key", String.class)).contains(
                "survey.template.options", "survey.template.duplicateKey", "survey.template.minAboveMax",
                "survey.template.oneProductGrid", "survey.template.notForType");
    }

    @Test
    void aTemplateEditedAfterResponsesMakesANewVersionAndOldResponsesRenderWithTheirs() {
        Response template = create("FOOD", content("初版の質問", "carry"));
        long firstVersion = template.<Integer>path("currentVersion.id").longValue();
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1, firstVersion);
        String token = TestSurveys.token(fixture, 0);
        TestSurveys.submitByLink(token, Map.of("carry", Map.of("choice", "yes"), "volume", Map.of("number", 12))).then().statusCode(200);

        Response edited = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", template.header("ETag"))
                .body(Map.of("name", template.path("name"), "content", content("第2版の質問", "stocked")))
                .put("/api/survey-templates/" + template.path("id"));
        edited.then().statusCode(200);
        assertThat(edited.<Integer>path("currentVersion.number")).isEqualTo(2);
        assertThat(edited.jsonPath().getList("versions.number", Integer.class)).containsExactly(2, 1);
        assertThat(edited.jsonPath().getInt("versions[1].responseCount")).isEqualTo(1);

        // The survey keeps version 1; the response renders with it.
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture.surveyId()).then().statusCode(200)
                .extract().<Integer>path("templateVersionId").longValue()).isEqualTo(firstVersion);
        Response submissions = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + fixture.buyer(0).invitationId() + "/submissions");
        submissions.then().statusCode(200);
        assertThat(submissions.<Integer>path("[0].templateVersionId").longValue()).isEqualTo(firstVersion);
        assertThat(submissions.<String>path("[0].answers.carry.choice")).isEqualTo("yes");
        Response old = Api.as(DemoUser.COORDINATOR).get("/api/survey-template-versions/" + firstVersion);
        old.then().statusCode(200);
        assertThat(old.<String>path("content.title.ja")).isEqualTo("初版の質問");
        assertThat(old.jsonPath().getList("content.groups[0].questions.key", String.class)).contains("carry");
        // The form through the link still asks version 1's questions.
        assertThat(Api.publicly().get("/api/survey-links/" + token).then().statusCode(200).extract().<String>path("content.title.ja"))
                .isEqualTo("初版の質問");
    }
}
