package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProductImportTest {
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static Response upload(String csv, Charset charset, boolean dryRun) {
        return Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", dryRun)
                .body(csv.getBytes(charset)).post("/api/products/import");
    }

    private static List<Map<String, Object>> productsOf(long firm) {
        return Api.as(DemoUser.COORDINATOR).get("/api/firms/" + firm + "/products").jsonPath().getList("$");
    }

    @Test
    void aShiftJisFileWithBadRowsImportsNothingAndNamesEachRowAndColumn() {
        Map<String, Object> firm = TestFirms.body();
        long firmId = TestFirms.create(firm).then().statusCode(201).extract().<Integer>path("id");
        String csv = "法人番号,商号,商品名,価格,税込\r\n"
                + firm.get("corporateNumber") + ",,めひかり唐揚げ,780,税込\r\n"
                + ",存在しない商店" + System.nanoTime() + ",干し柿,500,税込\r\n"
                + firm.get("corporateNumber") + ",,さんま干し,千円,税込\r\n"
                + firm.get("corporateNumber") + ",,かまぼこ,540,込み\r\n";
        upload(csv, SHIFT_JIS, true).then().statusCode(200)
                .body("encoding", equalTo("Shift_JIS"))
                .body("created", equalTo(1)).body("failed", equalTo(3))
                .body("rows[0].action", equalTo("CREATE"))
                .body("rows[0].context", equalTo(firm.get("tradeName")))
                .body("rows[1].problems[0].column", equalTo("商号"))
                .body("rows[1].problems[0].key", equalTo("import.firmNotFound"))
                .body("rows[2].problems[0].column", equalTo("価格"))
                .body("rows[3].problems[0].key", equalTo("import.taxIncluded"));
        upload(csv, SHIFT_JIS, false).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[3].商号")).body("errors.field", hasItem("rows[4].価格"));
        assertThat(productsOf(firmId)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCorrectedFileAddsNewProductsAndUpdatesTheOnesItNamesKeepingColumnsItLeavesOut() {
        Map<String, Object> firm = TestFirms.body();
        long firmId = TestFirms.create(firm).then().statusCode(201).extract().<Integer>path("id");
        Map<String, Object> before = TestProducts.create(firmId, DemoUser.COORDINATOR).then().statusCode(201).extract().as(Map.class);
        // By 商号 and 郵便番号 (no 法人番号), half-width kana and full-width digits as Excel users type them.
        String csv = "商号,郵便番号,商品名,フリガナ,価格,税込\r\n"
                + firm.get("tradeName") + ",970-8026,いわき産さんまのみりん干し,,１，２００,税抜\r\n"
                + firm.get("tradeName") + ",970-8026,めひかりの唐揚げ,ﾒﾋｶﾘﾉｶﾗｱｹﾞ,780,\r\n";
        upload(csv, StandardCharsets.UTF_8, true).then().statusCode(200)
                .body("encoding", equalTo("UTF-8"))
                .body("updated", equalTo(1)).body("created", equalTo(1)).body("failed", equalTo(0))
                .body("rows[0].action", equalTo("UPDATE"))
                .body("rows[0].changes.find { it.field == 'priceYen' }.from", equalTo("1080"))
                .body("rows[0].changes.find { it.field == 'priceYen' }.to", equalTo("1200"))
                .body("rows[0].changes.find { it.field == 'taxIncluded' }.to", equalTo("false"))
                .body("rows[1].action", equalTo("CREATE"))
                .body("rows[1].recordId", nullValue());
        upload(csv, StandardCharsets.UTF_8, false).then().statusCode(200).body("dryRun", equalTo(false));

        List<Map<String, Object>> products = productsOf(firmId);
        assertThat(products).hasSize(2);
        Map<String, Object> updated = products.stream().filter(p -> p.get("name").equals("いわき産さんまのみりん干し")).findFirst().orElseThrow();
        assertThat(updated).containsEntry("priceYen", 1200).containsEntry("taxIncluded", false)
                // Columns the file does not have stay as they were.
                .containsEntry("category", before.get("category")).containsEntry("minimumLot", before.get("minimumLot"))
                // A column that is there but empty clears the field.
                .containsEntry("nameKana", "");
        Map<String, Object> added = products.stream().filter(p -> p.get("name").equals("めひかりの唐揚げ")).findFirst().orElseThrow();
        assertThat(added).containsEntry("nameKana", "メヒカリノカラアゲ").containsEntry("taxIncluded", true);

        // The same file again adds nothing and changes nothing.
        upload(csv, StandardCharsets.UTF_8, true).then().body("created", equalTo(0)).body("updated", equalTo(2))
                .body("rows[0].changes.size()", equalTo(0));
        assertThat(productsOf(firmId)).hasSize(2);
    }

    @Test
    void anExportedFileImportsBackAsUpdatesThatChangeNothing() {
        Map<String, Object> firm = TestFirms.body();
        long firmId = TestFirms.create(firm).then().statusCode(201).extract().<Integer>path("id");
        TestProducts.create(firmId, DemoUser.COORDINATOR).then().statusCode(201);
        byte[] exported = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("firmId", firmId)
                .get("/api/products/export").asByteArray();
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true).body(exported)
                .post("/api/products/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("failed", equalTo(0))
                .body("rows[0].changes.size()", equalTo(0));
    }

    @Test
    void aTooLongCellSaysTheLimitInTheDryRunAndInTheRefusedCommit() {
        Map<String, Object> firm = TestFirms.body();
        TestFirms.create(firm).then().statusCode(201);
        String csv = "法人番号,商号,商品名,内容量\r\n" + firm.get("corporateNumber") + ",,長い内容量," + "g".repeat(101) + "\r\n";
        upload(csv, StandardCharsets.UTF_8, true).then().statusCode(200)
                .body("rows[0].problems[0].column", equalTo("内容量"))
                .body("rows[0].problems[0].key", equalTo("validation.Size"))
                .body("rows[0].problems[0].params.max", equalTo(100));
        upload(csv, StandardCharsets.UTF_8, false).then().statusCode(422)
                .body("errors[0].field", equalTo("rows[2].内容量"))
                .body("errors[0].params.max", equalTo(100))
                .body("errors[0].params.row", equalTo(2))
                .body("errors[0].params.column", equalTo("内容量"));
    }

    @Test
    void theSameProductTwiceInAFileIsAProblem() {
        Map<String, Object> firm = TestFirms.body();
        TestFirms.create(firm).then().statusCode(201);
        String csv = "法人番号,商号,商品名\r\n" + firm.get("corporateNumber") + ",,焼きかまぼこ\r\n" + firm.get("corporateNumber") + ",,焼き　かまぼこ\r\n";
        upload(csv, StandardCharsets.UTF_8, true).then().statusCode(200)
                .body("rows[1].problems[0].key", equalTo("import.duplicateRow"));
    }

    @Test
    void aFileWithoutTheProductNameColumnIs400() {
        upload("商号,価格\r\nテスト,100\r\n", StandardCharsets.UTF_8, true).then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].key", equalTo("import.columnMissing"))
                .body("errors[0].params.column", equalTo("商品名"));
    }

    @Test
    void anAdvisorCannotImportProducts() {
        Api.badRequestAs(DemoUser.ADVISOR).contentType("text/csv").body("商号,商品名\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/products/import").then().statusCode(403);
    }
}
