package jp.iwaki.matching.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.program.TestPrograms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@IntegrationTest
class KpiResourceTest {
    private static final List<String> OPERATIONS = List.of("/api/kpi/dashboard", "/api/kpi/years", "/api/kpi/report",
            "/api/kpi/records?figure=DEALS&program=FOOD", "/api/kpi/survey-invitations?program=FOOD&submitted=true",
            "/api/programs/FOOD/history");

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"BUYER", "BUYER2"})
    void buyersSeeNoTargetsNorActuals(DemoUser buyer) {
        for (String path : OPERATIONS) {
            Api.as(buyer).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:iwaki-matching:problem:forbidden"));
        }
    }

    @Test
    void withoutATokenEveryOperationIs401() {
        for (String path : OPERATIONS) {
            Api.anonymous().get(path).then().statusCode(401);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"COORDINATOR", "ADVISOR", "ADMIN"})
    void staffSeeTheDashboardOfTheYearTheyChoose(DemoUser user) {
        Api.as(user).queryParam("fiscalYear", 2025).get("/api/kpi/dashboard").then().statusCode(200)
                .body("year.label", equalTo("FY2025"))
                .body("year.japaneseLabel", equalTo("令和7年度"))
                .body("programs.code", equalTo(List.of("MANUFACTURING", "FOOD", "TRADE_SHOW", "IT_PROMOTION")))
                .body("programs[0].figures.metric", equalTo(List.of("SUPPORTED_FIRMS", "INTRODUCTIONS", "DEALS")));
    }

    @Test
    void withoutAYearTheDashboardShowsTheCurrentOneInJapan() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        Api.as(DemoUser.COORDINATOR).get("/api/kpi/dashboard").then().statusCode(200)
                .body("year.fiscalYear", equalTo(current));
    }

    @Test
    void badParametersAre400NamingThem() {
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("fiscalYear", 1999).get("/api/kpi/dashboard").then()
                .statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/kpi/records").then()
                .statusCode(400).body("errors[0].field", equalTo("figure"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("figure", "PROFIT").queryParam("program", "FOOD")
                .get("/api/kpi/records").then().statusCode(400).body("errors[0].field", equalTo("figure"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("program", "AGRICULTURE").get("/api/kpi/survey-invitations").then()
                .statusCode(400).body("errors[0].field", equalTo("program"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("submitted", "maybe").get("/api/kpi/survey-invitations").then()
                .statusCode(400).body("errors[0].field", equalTo("submitted"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("fiscalYear", 2101).get("/api/kpi/survey-invitations").then()
                .statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("format", "pdf").get("/api/kpi/report").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAdminsTargetChangeIsKeptInTheHistoryAndShownOnTheDashboard() {
        Response current = Api.as(DemoUser.ADMIN).get("/api/programs/IT_PROMOTION");
        Map<String, Object> body = TestPrograms.unchangedBody(current.as(Map.class));
        Map<String, Object> target = ((List<Map<String, Object>>) body.get("targets")).get(0);
        Map<String, Object> fy2028 = ((List<Map<String, Object>>) target.get("yearly")).stream()
                .filter(y -> ((Number) y.get("fiscalYear")).intValue() == 2028).findFirst().orElseThrow();
        int before = ((Number) fy2028.get("value")).intValue();
        fy2028.put("value", before + 3);

        Response changed = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(body).put("/api/programs/IT_PROMOTION");
        changed.then().statusCode(200);

        JsonPath history = Api.as(DemoUser.COORDINATOR).get("/api/programs/IT_PROMOTION/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getString("[0].metric")).isEqualTo("SUPPORTED_FIRMS");
        assertThat(history.getString("[0].actorName")).isNotBlank();
        assertThat(history.getList("[0].changes")).containsExactly(
                Map.of("field", "FY2028", "from", Integer.toString(before), "to", Integer.toString(before + 3)));
        Api.as(DemoUser.ADVISOR).queryParam("fiscalYear", 2028).get("/api/kpi/dashboard").then().statusCode(200)
                .body("programs.find { it.code == 'IT_PROMOTION' }.figures[0].target", equalTo(before + 3));

        // Back as it was: a second entry, the newest first.
        fy2028.put("value", before);
        Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", changed.header("ETag"))
                .body(body).put("/api/programs/IT_PROMOTION").then().statusCode(200);
        JsonPath after = Api.as(DemoUser.ADMIN).get("/api/programs/IT_PROMOTION/history").jsonPath();
        assertThat(after.getList("")).hasSize(history.getList("").size() + 1);
        assertThat(after.getString("[0].changes[0].to")).isEqualTo(Integer.toString(before));
    }

    @Test
    void savingTargetsUnchangedWritesNoHistory() {
        int before = Api.as(DemoUser.ADMIN).get("/api/programs/MANUFACTURING/history").jsonPath().getList("").size();
        @SuppressWarnings("unchecked")
        Response current = Api.as(DemoUser.ADMIN).get("/api/programs/MANUFACTURING");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = TestPrograms.unchangedBody(current.as(Map.class));
        Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(body).put("/api/programs/MANUFACTURING").then().statusCode(200);
        assertThat(Api.as(DemoUser.ADMIN).get("/api/programs/MANUFACTURING/history").jsonPath().getList("")).hasSize(before);
    }

    @Test
    void anUnknownProgramsHistoryIs404() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/programs/AGRICULTURE/history").then().statusCode(404);
    }

    @Test
    void theYearsAreThePlansWithTheirTargetsAndTheBaseline() {
        JsonPath years = Api.as(DemoUser.COORDINATOR).get("/api/kpi/years").then().statusCode(200).extract().jsonPath();
        assertThat(years.getList("years.year.japaneseLabel")).containsExactly("令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度");
        assertThat(years.getList("baseline.metric")).hasSize(8);
        assertThat(years.getInt("baseline.find { it.program == 'TRADE_SHOW' && it.metric == 'EXHIBITORS' }.value")).isEqualTo(20);
        // FY2025 has begun: its actuals are counted; a year far ahead has none yet.
        assertThat(years.getList("years[0].programs[0].figures.actual")).doesNotContainNull();
        assertThat(years.getList("years[4].programs[0].figures.actual")).containsOnlyNulls();
    }

    @Test
    void theAnnualReportIsTheTargetTableWithActualsBesideTargetsAsCsvAndXlsx() throws Exception {
        JsonPath years = Api.as(DemoUser.COORDINATOR).get("/api/kpi/years").jsonPath();
        List<List<String>> expected = expectedRows(years);

        Response csv = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").get("/api/kpi/report");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new java.io.StringReader(
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("年度");
        assertThat(records.get(0).get(1)).isEqualTo("ものづくり企業個別支援プロジェクト 支援事業者数 目標");
        assertThat(records.get(0).get(2)).isEqualTo("ものづくり企業個別支援プロジェクト 支援事業者数 実績");
        List<List<String>> csvRows = new ArrayList<>();
        records.subList(1, records.size()).forEach(r -> csvRows.add(r.toList()));
        assertThat(csvRows).isEqualTo(expected);

        Response xlsx = Api.as(DemoUser.COORDINATOR).queryParam("format", "xlsx").get("/api/kpi/report");
        xlsx.then().statusCode(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> xlsxRows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 17; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> Long.toString((long) cell.getNumericCellValue());
                        case STRING -> cell.getStringCellValue();
                        default -> "";
                    });
                }
                xlsxRows.add(values);
            }
            assertThat(xlsxRows).isEqualTo(expected);
        }
    }

    @SuppressWarnings("unchecked")
    /** 現行 and the plan's years; per program target its target, then its actual (empty where none). */
    private static List<List<String>> expectedRows(JsonPath years) {
        List<List<String>> rows = new ArrayList<>();
        List<String> baseline = new ArrayList<>();
        baseline.add("現行");
        for (Map<String, Object> column : years.<Map<String, Object>>getList("baseline")) {
            baseline.add(column.get("value").toString());
            baseline.add("");
        }
        rows.add(baseline);
        for (Map<String, Object> year : years.<Map<String, Object>>getList("years")) {
            List<String> row = new ArrayList<>();
            row.add((String) ((Map<String, Object>) year.get("year")).get("japaneseLabel"));
            for (Map<String, Object> program : (List<Map<String, Object>>) year.get("programs")) {
                for (Map<String, Object> figure : (List<Map<String, Object>>) program.get("figures")) {
                    row.add(figure.get("target") == null ? "" : figure.get("target").toString());
                    row.add(figure.get("actual") == null ? "" : figure.get("actual").toString());
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
