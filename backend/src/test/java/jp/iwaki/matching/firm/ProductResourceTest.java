package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProductResourceTest {

    private static long firm() {
        return TestFirms.create(TestFirms.body()).then().statusCode(201).extract().<Integer>path("id");
    }

    @Test
    void coordinatorAddsAProductAndEditsIt() {
        long firm = firm();
        Response created = TestProducts.create(firm, DemoUser.COORDINATOR);
        created.then().statusCode(201).body("priceYen", equalTo(1080)).body("hasPhoto", equalTo(false));
        long id = created.<Integer>path("id");
        Api.as(DemoUser.ADVISOR).get("/api/firms/" + firm + "/products").then().statusCode(200)
                .body("id", hasItem((int) id));

        Map<String, Object> body = TestProducts.body();
        body.put("priceYen", 1280);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(body)
                .put("/api/products/" + id).then().statusCode(200).body("priceYen", equalTo(1280));
        body.put("priceYen", 1380);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(body)
                .put("/api/products/" + id).then().statusCode(412);
        Api.as(DemoUser.COORDINATOR).get("/api/products/" + id).then().body("priceYen", equalTo(1280));
        // Product changes show in the firm's history.
        Api.as(DemoUser.ADVISOR).get("/api/firms/" + firm + "/history").then()
                .body("[0].changes.find { it.field == 'products[" + id + "].priceYen' }.from", equalTo("1080"))
                .body("[0].changes.find { it.field == 'products[" + id + "].priceYen' }.to", equalTo("1280"));
    }

    @Test
    void aNegativePriceIs400() {
        Map<String, Object> body = TestProducts.body();
        body.put("priceYen", -1);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms/" + firm() + "/products")
                .then().statusCode(400).body("errors[0].field", equalTo("priceYen"));
    }

    @Test
    void aPhotoIsStoredAndServedWithItsTypeAndCacheHeaders() {
        Response created = TestProducts.create(firm(), DemoUser.COORDINATOR);
        long id = created.<Integer>path("id");
        byte[] png = TestProducts.image("png");
        // The declared type is wrong on purpose: the content decides.
        Response uploaded = Api.as(DemoUser.COORDINATOR).contentType("image/jpeg").header("If-Match", created.header("ETag"))
                .body(png).put("/api/products/" + id + "/photo");
        uploaded.then().statusCode(200).body("hasPhoto", equalTo(true));

        Response photo = Api.as(DemoUser.ADVISOR).get("/api/products/" + id + "/photo");
        photo.then().statusCode(200).contentType("image/png");
        assertThat(photo.asByteArray()).isEqualTo(png);
        assertThat(photo.header("Cache-Control")).contains("private").contains("max-age=86400");
        Api.as(DemoUser.ADVISOR).header("If-None-Match", photo.header("ETag")).get("/api/products/" + id + "/photo")
                .then().statusCode(304);
    }

    @Test
    void aJpegIsRecognisedToo() {
        Response created = TestProducts.create(firm(), DemoUser.COORDINATOR);
        Api.as(DemoUser.COORDINATOR).contentType("application/octet-stream").header("If-Match", created.header("ETag"))
                .body(TestProducts.image("jpg")).put("/api/products/" + created.path("id") + "/photo").then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).get("/api/products/" + created.path("id") + "/photo").then().contentType("image/jpeg");
    }

    @Test
    void aFileThatIsNotAnImageIs415AndNothingIsStored() {
        Response created = TestProducts.create(firm(), DemoUser.COORDINATOR);
        long id = created.<Integer>path("id");
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", created.header("ETag"))
                .body("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)).put("/api/products/" + id + "/photo")
                .then().statusCode(415).body("errors[0].key", equalTo("product.photo.type"));
        Api.as(DemoUser.COORDINATOR).get("/api/products/" + id).then().body("hasPhoto", equalTo(false)).body("version", equalTo(0));
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/products/" + id + "/photo").then().statusCode(404);
    }

    @Test
    void aPhotoOverFiveMegabytesIs413() {
        Response created = TestProducts.create(firm(), DemoUser.COORDINATOR);
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        byte[] png = TestProducts.image("png");
        System.arraycopy(png, 0, large, 0, png.length);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", created.header("ETag"))
                .body(large).put("/api/products/" + created.path("id") + "/photo").then().statusCode(413);
    }

    @Test
    void anAdvisorAddsProductsOnlyToItsOwnFirms() {
        Map<String, Object> own = TestFirms.body();
        own.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        long ownFirm = TestFirms.create(own).<Integer>path("id");
        TestProducts.create(ownFirm, DemoUser.ADVISOR).then().statusCode(201);
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).body(TestProducts.body())
                .post("/api/firms/" + firm() + "/products").then().statusCode(403);
    }

    @Test
    void noProductIsAddedToAnArchivedFirm() {
        Response firm = TestFirms.create(TestFirms.body());
        long firmId = firm.<Integer>path("id");
        Api.as(DemoUser.COORDINATOR).header("If-Match", firm.header("ETag")).post("/api/firms/" + firmId + "/archive")
                .then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(TestProducts.body()).post("/api/firms/" + firmId + "/products")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].key", equalTo("firm.archived"));
        Api.as(DemoUser.COORDINATOR).get("/api/firms/" + firmId + "/products").then().statusCode(200).body("size()", equalTo(0));
    }
}
