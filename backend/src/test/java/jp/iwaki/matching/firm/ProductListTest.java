package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProductListTest {

    /** A new firm with products of the given names (each tagged with a word no other test uses). */
    private static long firmWith(String... names) {
        long firm = TestFirms.create(TestFirms.body()).then().statusCode(201).extract().<Integer>path("id");
        for (String name : names) {
            Map<String, Object> body = TestProducts.body();
            body.put("name", name);
            body.remove("nameKana");
            Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms/" + firm + "/products")
                    .then().statusCode(201);
        }
        return firm;
    }

    @Test
    void theListSpansFirmsAndFindsAProductByHalfWidthKanaOfItsName() {
        String unique = Long.toString(System.nanoTime());
        String tag = unique + "ﾖﾂｸﾗ";
        long firm = firmWith(unique + "よつくら焼き", unique + "ヨツクラ漬け");
        firmWith(unique + "よつくら干物");
        Api.as(DemoUser.ADVISOR).queryParam("q", tag).get("/api/products").then()
                .statusCode(200).body("total", equalTo(3));
        Api.as(DemoUser.ADVISOR).queryParam("q", tag).queryParam("firmId", firm).get("/api/products").then()
                .body("total", equalTo(2))
                .body("items[0].firmId", equalTo((int) firm))
                .body("items[0].firmTradeName", equalTo(Api.as(DemoUser.ADVISOR).get("/api/firms/" + firm).path("tradeName")));
    }

    @Test
    void productsWithAndWithoutAPhotoCanBeListedApart() {
        String tag = "写真検証" + System.nanoTime();
        long firm = firmWith(tag + "あり", tag + "なし");
        Response products = Api.as(DemoUser.COORDINATOR).get("/api/firms/" + firm + "/products");
        long withPhoto = products.<Integer>path("find { it.name.endsWith('あり') }.id");
        Response product = Api.as(DemoUser.COORDINATOR).get("/api/products/" + withPhoto);
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(TestProducts.image("png")).put("/api/products/" + withPhoto + "/photo").then().statusCode(200);

        Api.as(DemoUser.COORDINATOR).queryParam("q", tag).queryParam("hasPhoto", true).get("/api/products").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) withPhoto)).body("items[0].hasPhoto", equalTo(true));
        Api.as(DemoUser.COORDINATOR).queryParam("q", tag).queryParam("hasPhoto", false).get("/api/products").then()
                .body("total", equalTo(1)).body("items[0].hasPhoto", equalTo(false));
    }

    @Test
    void theProductsOfAnArchivedFirmAreLeftOut() {
        String tag = "アーカイブ検証" + System.nanoTime();
        long firm = firmWith(tag);
        Response read = Api.as(DemoUser.COORDINATOR).get("/api/firms/" + firm);
        Api.as(DemoUser.COORDINATOR).header("If-Match", read.header("ETag")).post("/api/firms/" + firm + "/archive")
                .then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).queryParam("q", tag).get("/api/products").then().body("total", equalTo(0));
    }

    @Test
    void sortingByPriceAndAnUnknownSortIs400() {
        String tag = "価格順" + System.nanoTime();
        long firm = firmWith(tag + "A", tag + "B");
        List<Map<String, Object>> products = Api.as(DemoUser.COORDINATOR).get("/api/firms/" + firm + "/products").jsonPath().getList("$");
        int price = 100;
        for (Map<String, Object> p : products) {
            Map<String, Object> body = TestProducts.body();
            body.put("name", p.get("name"));
            body.put("priceYen", price);
            price += 900;
            Response current = Api.as(DemoUser.COORDINATOR).get("/api/products/" + p.get("id"));
            Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                    .put("/api/products/" + p.get("id")).then().statusCode(200);
        }
        List<Integer> prices = Api.as(DemoUser.COORDINATOR).queryParam("q", tag).queryParam("sort", "-priceYen").get("/api/products")
                .jsonPath().getList("items.priceYen", Integer.class);
        assertThat(prices).containsExactly(1000, 100);
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("sort", "photo").get("/api/products").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void theCsvExportIsUtf8WithBomInTheColumnsTheImportReads() {
        String tag = "輸出検証" + System.nanoTime();
        firmWith(tag);
        Response csv = Api.as(DemoUser.ADVISOR).queryParam("format", "csv").queryParam("q", tag).get("/api/products/export");
        csv.then().statusCode(200).contentType("text/csv");
        byte[] bytes = csv.asByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("商品ID,商号,法人番号,郵便番号,商品名,フリガナ,カテゴリ,説明,価格,税込,内容量,賞味期限,包装,最低ロット,写真,更新日時");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(tag).contains(",1080,税込,");
    }

    @Test
    void aBuyerCannotListProducts() {
        Api.badRequestAs(DemoUser.BUYER).get("/api/products").then().statusCode(403);
    }
}
