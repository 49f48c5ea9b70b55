package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class FirmExportTest {

    @Test
    void csvIsUtf8WithBomAndHasTheFilteredFirms() {
        Map<String, Object> body = TestFirms.body();
        body.put("tradeName", "エクスポート, \"検証\" 株式会社" + System.nanoTime());
        TestFirms.create(body).then().statusCode(201);

        Response csv = Api.as(DemoUser.ADVISOR).queryParam("format", "csv").queryParam("q", body.get("tradeName"))
                .get("/api/firms/export");
        csv.then().statusCode(200).contentType("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
        byte[] bytes = csv.asByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("ID,商号,フリガナ,法人番号,業種");
        assertThat(lines).hasSize(2);
        // Commas and quotes are quoted the way Excel expects.
        assertThat(lines[1]).contains("\"エクスポート, \"\"検証\"\" 株式会社").contains("製造業").contains("会員");
    }

    @Test
    void xlsxHasAHeaderRowAndOneRowPerFirm() throws IOException {
        Map<String, Object> body = TestFirms.body();
        TestFirms.create(body).then().statusCode(201);
        Response xlsx = Api.as(DemoUser.COORDINATOR).queryParam("format", "xlsx").queryParam("q", body.get("tradeName"))
                .get("/api/firms/export");
        xlsx.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("商号");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(body.get("tradeName"));
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anExportedFileImportsBackAsUpdatesThatChangeNothing() {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        TestFirms.create(body).then().statusCode(201);
        byte[] exported = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", body.get("tradeName"))
                .get("/api/firms/export").asByteArray();
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true).body(exported)
                .post("/api/firms/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("failed", equalTo(0))
                .body("rows[0].changes.size()", equalTo(0));
    }

    @Test
    void anUnknownFormatIs400() {
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("format", "pdf").get("/api/firms/export").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
