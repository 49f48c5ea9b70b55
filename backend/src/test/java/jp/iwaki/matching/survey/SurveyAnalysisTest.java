package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The analysis, the reports and the candidate introductions against a fixture whose numbers are
 * worked out by hand below. Firm A brings products a1 and a2, firm B product b1; five buyers are
 * invited: 0, 1 and 2 submit, 3 only saves a draft, 4 is revoked without answering.
 *
 * <pre>
 *            design taste price volume package  wants  consent  comment
 * buyer 0 a1    5     4     3     5      4       yes    yes     美味しい
 * buyer 0 b1    2     2     2     2      2       no     no
 * buyer 1 a1    3     4     5     3      2       yes    no
 * buyer 1 a2    4     4     4     4      4       no     no      量が少ない
 * buyer 2 b1    4     5     3     4      5       yes    no
 * buyer 2 a2    -     -     -     -      -       yes    yes
 * buyer 3 a1    1     1     1     1      1       (draft only: never counted)
 *
 * a1: 2 ratings, means 4, 4, 4, 4, 3; 2 wants        firm A: 3 ratings, means 4, 4, 4, 4, 10/3; 3 wants
 * a2: 1 rating, means 4, 4, 4, 4, 4; 1 want          firm B: 2 ratings, means 3, 3.5, 2.5, 3, 3.5; 1 want
 * b1: 2 ratings, means 3, 3.5, 2.5, 3, 3.5; 1 want   survey: 5 ratings, means 3.6, 3.8, 3.4, 3.6, 3.4
 *
 * wantedItems: seafood 3, frozen 1, confectionery 1; packaging: individual 2, gift 1;
 * interest 5, 3, 4: mean 4, distribution 3:1 4:1 5:1; requiredQuantity 10, 30: mean 20.
 * Invited 4 (the revoked one without a response does not count), submitted 3: rate 0.75.
 * </pre>
 */
@QuarkusTest
@IntegrationTest
class SurveyAnalysisTest {
    private static TestSurveys.Fixture fixture;

    private static synchronized TestSurveys.Fixture fixture() {
        if (fixture == null) {
            fixture = TestSurveys.food(2, 2, 5);
            long a1 = a1();
            long a2 = a2();
            long b1 = b1();
            submit(0, answers(List.of("seafood", "frozen"), "individual", 5, 10, "干物", List.of(
                    TestSurveys.rating(a1, 5, 4, 3, 5, 4, "美味しい", true, true),
                    TestSurveys.rating(b1, 2, 2, 2, 2, 2, null, false, false))));
            submit(1, answers(List.of("seafood"), "gift", 3, 30, "冷凍食品", List.of(
                    TestSurveys.rating(a1, 3, 4, 5, 3, 2, null, true, false),
                    TestSurveys.rating(a2, 4, 4, 4, 4, 4, "量が少ない", false, false))));
            submit(2, answers(List.of("confectionery", "seafood"), "individual", 4, null, "菓子", List.of(
                    TestSurveys.rating(b1, 4, 5, 3, 4, 5, null, true, false),
                    TestSurveys.rating(a2, null, null, null, null, null, null, true, true))));
            String drafting = TestSurveys.token(fixture, 3);
            Api.publicly().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("answers", Map.of("interest", Map.of("number", 1), "productRatings", Map.of("ratings",
                            List.of(TestSurveys.rating(a1, 1, 1, 1, 1, 1, null, true, true))))))
                    .put("/api/survey-links/" + drafting + "/draft").then().statusCode(200);
            Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + fixture.buyer(4).invitationId() + "/revoke").then().statusCode(200);
        }
        return fixture;
    }

    private static long a1() {
        return fixture.firms().get(0).products().get(0);
    }

    private static long a2() {
        return fixture.firms().get(0).products().get(1);
    }

    private static long b1() {
        return fixture.firms().get(1).products().get(0);
    }

    private static Map<String, Object> answers(List<String> wanted, String packaging, int interest, Integer quantity, String bestSellers,
            List<Map<String, Object>> ratings) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("bestSellers", Map.of("text", bestSellers));
        answers.put("wantedItems", Map.of("choices", wanted));
        if (quantity != null) {
            answers.put("requiredQuantity", Map.of("number", quantity));
        }
        answers.put("packaging", Map.of("choice", packaging));
        answers.put("interest", Map.of("number", interest));
        answers.put("productRatings", Map.of("ratings", ratings));
        return answers;
    }

    private static void submit(int buyer, Map<String, Object> answers) {
        TestSurveys.submitByLink(TestSurveys.token(fixture, buyer), answers).then().statusCode(200);
    }

    private static JsonPath analysis() {
        return Api.as(DemoUser.ADVISOR).get("/api/surveys/" + fixture().surveyId() + "/analysis").then().statusCode(200).extract().jsonPath();
    }

    private static void assertMeans(JsonPath json, String at, double design, double taste, double price, double volume, double pack) {
        assertThat(json.getDouble(at + ".design")).isCloseTo(design, within(1e-6));
        assertThat(json.getDouble(at + ".taste")).isCloseTo(taste, within(1e-6));
        assertThat(json.getDouble(at + ".price")).isCloseTo(price, within(1e-6));
        assertThat(json.getDouble(at + ".contentVolume")).isCloseTo(volume, within(1e-6));
        assertThat(json.getDouble(at + ".package")).isCloseTo(pack, within(1e-6));
    }

    @Test
    void theResponseRateCountsSubmissionsAgainstActiveInvitations() {
        JsonPath json = analysis();
        assertThat(json.getInt("invited")).isEqualTo(4);
        assertThat(json.getInt("submitted")).isEqualTo(3);
        assertThat(json.getInt("drafts")).isEqualTo(1);
        assertThat(json.getDouble("responseRate")).isCloseTo(0.75, within(1e-6));
        Response survey = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + fixture().surveyId());
        assertThat(survey.<Integer>path("invitationCount")).isEqualTo(4);
        assertThat(survey.<Integer>path("submittedCount")).isEqualTo(3);
    }

    @Test
    void eachQuestionHasItsCountDistributionMeanAndTexts() {
        JsonPath json = analysis();
        assertThat(json.getInt("questions.find { it.key == 'wantedItems' }.count")).isEqualTo(3);
        Map<String, Integer> wanted = counts(json, "wantedItems");
        assertThat(wanted).containsEntry("seafood", 3).containsEntry("frozen", 1).containsEntry("confectionery", 1)
                .containsEntry("agricultural", 0).hasSize(9);
        assertThat(counts(json, "packaging")).containsEntry("individual", 2).containsEntry("gift", 1).containsEntry("bulk", 0);
        assertThat(json.getDouble("questions.find { it.key == 'interest' }.mean")).isCloseTo(4.0, within(1e-6));
        assertThat(json.getDouble("questions.find { it.key == 'interest' }.min")).isEqualTo(3.0);
        assertThat(json.getDouble("questions.find { it.key == 'interest' }.max")).isEqualTo(5.0);
        assertThat(counts(json, "interest")).containsExactlyInAnyOrderEntriesOf(Map.of("1", 0, "2", 0, "3", 1, "4", 1, "5", 1));
        assertThat(json.getInt("questions.find { it.key == 'requiredQuantity' }.count")).isEqualTo(2);
        assertThat(json.getDouble("questions.find { it.key == 'requiredQuantity' }.mean")).isCloseTo(20.0, within(1e-6));
        assertThat(json.getList("questions.find { it.key == 'bestSellers' }.texts", String.class)).containsExactly("干物", "冷凍食品", "菓子");
        assertThat(json.getInt("questions.find { it.key == 'productRatings' }.count")).isEqualTo(3);
        assertThat(json.getInt("questions.find { it.key == 'comments' }.count")).isZero();
    }

    private static Map<String, Integer> counts(JsonPath json, String key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> entries = json.getList("questions.find { it.key == '" + key + "' }.distribution");
        entries.forEach(e -> counts.put((String) e.get("value"), ((Number) e.get("count")).intValue()));
        return counts;
    }

    @Test
    void eachProductAndFirmHasTheMeansOfTheFiveCriteriaBesideTheSurveysMean() {
        JsonPath json = analysis();
        assertThat(json.getInt("ratingCount")).isEqualTo(5);
        assertMeans(json, "surveyMeans", 3.6, 3.8, 3.4, 3.6, 3.4);
        String a1 = "products.find { it.productId == " + a1() + " }";
        assertThat(json.getInt(a1 + ".ratingCount")).isEqualTo(2);
        assertMeans(json, a1 + ".means", 4, 4, 4, 4, 3);
        assertThat(json.getInt(a1 + ".wantToNegotiate")).isEqualTo(2);
        assertThat(json.getList(a1 + ".comments", String.class)).containsExactly("美味しい");
        String a2 = "products.find { it.productId == " + a2() + " }";
        assertThat(json.getInt(a2 + ".ratingCount")).isEqualTo(1);
        assertMeans(json, a2 + ".means", 4, 4, 4, 4, 4);
        assertThat(json.getInt(a2 + ".wantToNegotiate")).isEqualTo(1);
        String b1 = "products.find { it.productId == " + b1() + " }";
        assertMeans(json, b1 + ".means", 3, 3.5, 2.5, 3, 3.5);
        String b2 = "products.find { it.productId == " + fixture.firms().get(1).products().get(1) + " }";
        assertThat(json.getInt(b2 + ".ratingCount")).isZero();
        assertThat(json.getMap(b2 + ".means")).isEmpty();

        String firmA = "firms.find { it.firmId == " + fixture.firms().get(0).id() + " }";
        assertThat(json.getInt(firmA + ".ratingCount")).isEqualTo(3);
        assertMeans(json, firmA + ".means", 4, 4, 4, 4, 10.0 / 3);
        assertThat(json.getInt(firmA + ".wantToNegotiate")).isEqualTo(3);
        String firmB = "firms.find { it.firmId == " + fixture.firms().get(1).id() + " }";
        assertMeans(json, firmB + ".means", 3, 3.5, 2.5, 3, 3.5);
        assertThat(json.getInt(firmB + ".wantToNegotiate")).isEqualTo(1);
    }

    @Test
    void firmAsFeedbackReportHoldsNothingOfFirmBAndNamesOnlyBuyersWhoAgreed() {
        TestSurveys.Fixture f = fixture();
        Response report = Api.as(DemoUser.ADVISOR).get("/api/surveys/" + f.surveyId() + "/feedback/" + f.firms().get(0).id());
        report.then().statusCode(200);
        String text = report.asString();
        assertThat(text).doesNotContain(f.firms().get(1).name());
        f.firms().get(1).productNames().forEach(name -> assertThat(text).doesNotContain(name));
        assertThat(report.jsonPath().getList("products.productId", Long.class)).containsExactlyInAnyOrder(a1(), a2());
        assertMeans(report.jsonPath(), "surveyMeans", 3.6, 3.8, 3.4, 3.6, 3.4);
        assertMeans(report.jsonPath(), "products.find { it.productId == " + a1() + " }.means", 4, 4, 4, 4, 3);
        assertThat(report.<Integer>path("respondents")).isEqualTo(3);
        // Buyer 0 agreed on a1 and buyer 2 on a2: named. Buyer 1 did not: its type and region only.
        List<Map<String, Object>> wishes = report.jsonPath().getList("negotiationWishes");
        assertThat(wishes).hasSize(3);
        assertThat(report.jsonPath().getList("negotiationWishes.findAll { it.buyer.named }.buyer.companyName", String.class))
                .containsExactlyInAnyOrder(f.buyer(0).companyName(), f.buyer(2).companyName());
        assertThat(text).doesNotContain(f.buyer(1).companyName()).doesNotContain(f.buyer(1).contactName());
        Map<String, Object> anonymous = report.jsonPath().getMap("negotiationWishes.find { !it.buyer.named }.buyer");
        assertThat(anonymous).containsEntry("buyerType", "DEPARTMENT_STORE").containsEntry("region", "TOHOKU").doesNotContainKey("companyName");

        // Firm B: buyer 2 wants b1 but agreed to be named only to firm A (on a2).
        Response other = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + f.surveyId() + "/feedback/" + f.firms().get(1).id());
        other.then().statusCode(200);
        assertThat(other.asString()).doesNotContain(f.buyer(2).companyName()).doesNotContain(f.firms().get(0).name())
                .doesNotContain("美味しい").doesNotContain("量が少ない");
        assertThat(other.<Boolean>path("negotiationWishes[0].buyer.named")).isFalse();
        assertThat(other.<String>path("negotiationWishes[0].buyer.region")).isEqualTo("TOKYO_AREA");

        Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + f.surveyId() + "/feedback/" + TestSurveys.food(1, 0, 0).firms().get(0).id())
                .then().statusCode(404);
    }

    @Test
    void theFeedbackWorkbookHasTheRatingsCommentsAndWishesOfTheFirmOnly() throws IOException {
        TestSurveys.Fixture f = fixture();
        byte[] file = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + f.surveyId() + "/feedback/" + f.firms().get(0).id() + "/export")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2))).containsExactly("評価", "コメント", "商談希望");
            String all = text(workbook.getSheetAt(0)) + text(workbook.getSheetAt(1)) + text(workbook.getSheetAt(2));
            assertThat(all).contains(f.firms().get(0).productNames().get(0)).contains("美味しい").contains("東北の百貨店")
                    .contains(f.buyer(0).companyName()).doesNotContain(f.buyer(1).companyName()).doesNotContain(f.firms().get(1).name());
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\t')));
        return text.toString();
    }

    @Test
    void theAggregateReportNamesNoFirmProductOrBuyer() {
        TestSurveys.Fixture f = fixture();
        Response report = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + f.surveyId() + "/report");
        report.then().statusCode(200);
        String text = report.asString();
        f.firms().forEach(firm -> {
            assertThat(text).doesNotContain(firm.name());
            firm.productNames().forEach(name -> assertThat(text).doesNotContain(name));
        });
        f.buyers().forEach(buyer -> assertThat(text).doesNotContain(buyer.companyName()).doesNotContain(buyer.contactName()));
        assertThat(text).doesNotContain("干物").doesNotContain("美味しい");
        assertThat(report.<Integer>path("submitted")).isEqualTo(3);
        assertThat(report.<Integer>path("wantToNegotiate")).isEqualTo(4);
        assertMeans(report.jsonPath(), "surveyMeans", 3.6, 3.8, 3.4, 3.6, 3.4);
        assertThat(report.jsonPath().getList("respondentsByType")).hasSize(2);
        assertThat(report.<Integer>path("respondentsByType.find { it.value == 'SUPERMARKET' }.count")).isEqualTo(2);
        assertThat(report.<Integer>path("respondentsByType.find { it.value == 'DEPARTMENT_STORE' }.count")).isEqualTo(1);
        assertThat(report.jsonPath().getList("questions.type", String.class)).doesNotContain("FREE_TEXT");
        // Firm A's products are 水産加工品, firm B's 菓子.
        assertMeans(report.jsonPath(), "categories.find { it.category == '菓子' }.means", 3, 3.5, 2.5, 3, 3.5);
    }

    @Test
    void theResponsesExportAsCsvWithBomAndAsXlsxOneRowPerResponse() throws IOException {
        TestSurveys.Fixture f = fixture();
        byte[] csv = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").get("/api/surveys/" + f.surveyId() + "/responses/export")
                .then().statusCode(200).extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        String header = lines.get(0);
        assertThat(header).startsWith("回答ID,バイヤー企業,業態,地域,担当者,提出日時")
                .contains("最も求めるパッケージの形態").contains("1品目あたりの必要量の目安（ケース／月）")
                .contains(f.firms().get(0).productNames().get(0) + "（" + f.firms().get(0).name() + "） デザイン")
                .contains(f.firms().get(1).productNames().get(0) + "（" + f.firms().get(1).name() + "） 商談希望");
        String first = lines.stream().filter(l -> l.startsWith(f.buyer(0).invitationId() + ",")).findFirst().orElseThrow();
        assertThat(first).contains(f.buyer(0).companyName()).contains("個包装").contains("水産加工品、冷凍食品").contains("干物").contains("美味しい");
        assertThat(lines).noneMatch(l -> l.startsWith(f.buyer(3).invitationId() + ","));

        byte[] xlsx = Api.as(DemoUser.ADVISOR).queryParam("format", "xlsx").get("/api/surveys/" + f.surveyId() + "/responses/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) header.split(",").length);
        }
    }

    @Test
    void theWantToNegotiateMarksAreListedAsCandidateIntroductions() {
        TestSurveys.Fixture f = fixture();
        Response all = Api.as(DemoUser.ADVISOR).queryParam("surveyId", f.surveyId()).get("/api/introduction-candidates");
        all.then().statusCode(200);
        assertThat(all.<Integer>path("total")).isEqualTo(4);
        String firmA = "items.findAll { it.firmId == " + f.firms().get(0).id() + " }";
        assertThat(all.jsonPath().getList(firmA + ".buyerCompanyId", Long.class))
                .containsExactlyInAnyOrder(f.buyer(0).companyId(), f.buyer(1).companyId(), f.buyer(2).companyId());
        String buyer2 = firmA + ".find { it.buyerCompanyId == " + f.buyer(2).companyId() + " }";
        assertThat(all.jsonPath().getList(buyer2 + ".products.id", Long.class)).containsExactly(a2());
        assertThat(all.jsonPath().getList(buyer2 + ".products.name", String.class)).containsExactly(f.firms().get(0).productNames().get(1));
        assertThat(all.jsonPath().getList(buyer2 + ".contacts.name", String.class)).containsExactly(f.buyer(2).contactName());

        Response onlyB = Api.as(DemoUser.COORDINATOR).queryParam("surveyId", f.surveyId()).queryParam("firmId", f.firms().get(1).id())
                .get("/api/introduction-candidates");
        assertThat(onlyB.<Integer>path("total")).isEqualTo(1);
        assertThat(onlyB.jsonPath().getList("items[0].products.id", Long.class)).containsExactly(b1());
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("surveyId", f.surveyId()).queryParam("size", 1).queryParam("page", 3)
                .queryParam("sort", "-markedAt").get("/api/introduction-candidates").then().statusCode(200).extract()
                .jsonPath().getList("items")).hasSize(1);
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("sort", "nope").get("/api/introduction-candidates").then().statusCode(400);
    }
}
