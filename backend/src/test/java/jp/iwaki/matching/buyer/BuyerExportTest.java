package jp.iwaki.matching.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class BuyerExportTest {

    private static Map<String, Object> created() {
        Map<String, Object> body = TestBuyers.body();
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/buyer-companies").then().statusCode(201);
        return body;
    }

    @Test
    void csvIsUtf8WithBomWithTypeAndRegionAsTheOfficeWritesThem() {
        Map<String, Object> body = created();
        Response csv = Api.as(DemoUser.ADVISOR).queryParam("format", "csv").queryParam("q", body.get("name"))
                .queryParam("region", "TOKYO_AREA").get("/api/buyer-companies/export");
        csv.then().statusCode(200).contentType("text/csv");
        byte[] bytes = csv.asByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("ID,企業名,フリガナ,種別,地域,郵便番号");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(body.get("name") + ",テストショウジ,卸売,首都圏,100-0005");
        // Another region's filter leaves it out.
        String other = Api.as(DemoUser.ADVISOR).queryParam("format", "csv").queryParam("q", body.get("name"))
                .queryParam("region", "TOHOKU").get("/api/buyer-companies/export").asString();
        assertThat(other.split("\r\n")).hasSize(1);
    }

    @Test
    void xlsxHasOneRowPerCompany() throws IOException {
        Map<String, Object> body = created();
        Response xlsx = Api.as(DemoUser.COORDINATOR).queryParam("format", "xlsx").queryParam("q", body.get("name"))
                .get("/api/buyer-companies/export");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(body.get("name"));
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anExportedFileImportsBackAsUpdatesThatChangeNothing() {
        Map<String, Object> body = created();
        byte[] exported = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", body.get("name"))
                .get("/api/buyer-companies/export").asByteArray();
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true).body(exported)
                .post("/api/buyer-companies/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("failed", equalTo(0))
                .body("rows[0].changes.size()", equalTo(0));
    }
}
