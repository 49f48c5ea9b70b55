package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text that Excel would run as a formula (a firm named ＝HYPERLINK(…) was exported as a live
 * link) is exported as text, and our own export imports back to the very same values.
 */
@QuarkusTest
@IntegrationTest
class FormulaInjectionTest {
    private static final String LINK = "＝HYPERLINK(\"http://x.example/\",\"詳細\")";

    /** A firm whose texts start the way formulas do, full-width ＝ included (it is no longer folded to =). */
    private static Map<String, Object> formulaFirm() {
        Map<String, Object> body = TestFirms.body();
        body.put("tradeName", LINK + System.nanoTime());
        body.put("address", "=1+2");
        body.put("representativeName", "@SUM(A1)");
        body.put("contactName", "-2+3");
        TestFirms.create(body).then().statusCode(201);
        return body;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void aFirmsFormulaLikeTextsAreCsvTextAndImportBackUnchanged() throws IOException {
        Map<String, Object> firm = formulaFirm();
        byte[] exported = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", firm.get("corporateNumber"))
                .get("/api/firms/export").asByteArray();
        CSVRecord row = csv(exported).get(0);
        assertThat(row.get("商号")).isEqualTo("'" + firm.get("tradeName"));
        assertThat(row.get("住所")).isEqualTo("'=1+2");
        assertThat(row.get("代表者")).isEqualTo("'@SUM(A1)");
        assertThat(row.get("担当者")).isEqualTo("'-2+3");
        assertThat(row.get("電話")).isEqualTo(firm.get("phone"));

        // The import takes the apostrophes off: the file matches the firm and changes nothing.
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", false).body(exported)
                .post("/api/firms/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("failed", equalTo(0))
                .body("rows[0].changes.size()", equalTo(0));
        Api.as(DemoUser.COORDINATOR).queryParam("q", firm.get("corporateNumber")).get("/api/firms").then()
                .body("total", equalTo(1))
                .body("items[0].tradeName", equalTo(firm.get("tradeName")))
                .body("items[0].address", equalTo("=1+2"))
                .body("items[0].representativeName", equalTo("@SUM(A1)"))
                .body("items[0].contactName", equalTo("-2+3"));
    }

    @Test
    void aFirmsFormulaLikeTextsAreXlsxTextCellsWithExcelsQuotePrefixAndTheirValueUnchanged() throws IOException {
        Map<String, Object> firm = formulaFirm();
        Response xlsx = Api.as(DemoUser.COORDINATOR).queryParam("format", "xlsx").queryParam("q", firm.get("corporateNumber"))
                .get("/api/firms/export");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                assertThat(cell == null || cell.getCellType() != CellType.FORMULA).as(header.getCell(c).getStringCellValue()).isTrue();
            }
            Map<String, String> expected = Map.of("商号", (String) firm.get("tradeName"), "住所", "=1+2", "代表者", "@SUM(A1)", "担当者", "-2+3");
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String column = header.getCell(c).getStringCellValue();
                if (expected.containsKey(column)) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(expected.get(column));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(column).isTrue();
                }
            }
            int phone = header.getLastCellNum();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("電話")) {
                    phone = c;
                }
            }
            assertThat(row.getCell(phone).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aBuyerCompanysAndAProductsFormulaLikeTextsImportBackUnchanged() throws IOException {
        Map<String, Object> company = TestBuyers.body();
        company.put("address", "+81 東京都千代田区");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(company).post("/api/buyer-companies").then().statusCode(201);
        byte[] companies = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", company.get("name"))
                .get("/api/buyer-companies/export").asByteArray();
        assertThat(csv(companies).get(0).get("住所")).isEqualTo("'+81 東京都千代田区");
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true).body(companies)
                .post("/api/buyer-companies/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("rows[0].changes.size()", equalTo(0));

        long firmId = TestFirms.create(TestFirms.body()).then().statusCode(201).extract().<Integer>path("id");
        Map<String, Object> product = TestProducts.body();
        product.put("name", "=商品" + System.nanoTime());
        product.put("description", "-辛口\n-甘口");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(product).post("/api/firms/" + firmId + "/products")
                .then().statusCode(201);
        byte[] products = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("firmId", firmId)
                .get("/api/products/export").asByteArray();
        CSVRecord row = csv(products).get(0);
        assertThat(row.get("商品名")).isEqualTo("'" + product.get("name"));
        assertThat(row.get("説明")).isEqualTo("'-辛口\n-甘口");
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true).body(products)
                .post("/api/products/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("rows[0].changes.size()", equalTo(0));
    }
}
