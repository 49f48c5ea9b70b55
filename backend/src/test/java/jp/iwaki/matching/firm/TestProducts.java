package jp.iwaki.matching.firm;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/** Products and photos made by the tests themselves. */
public final class TestProducts {
    private TestProducts() {
    }

    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "いわき産さんまのみりん干し");
        body.put("nameKana", "イワキサンサンマノミリンボシ");
        body.put("category", "水産加工品");
        body.put("description", "小名浜港で水揚げしたさんまを使用");
        body.put("priceYen", 1080);
        body.put("taxIncluded", true);
        body.put("contentVolume", "3枚入り");
        body.put("shelfLife", "製造日から90日");
        body.put("packaging", "真空パック");
        body.put("minimumLot", "1ケース（24袋）");
        return body;
    }

    public static Response create(long firmId, DemoUser as) {
        return Api.as(as).contentType(ContentType.JSON).body(body()).post("/api/firms/" + firmId + "/products");
    }

    /** A new product of a firm the user may change if it is an advisor. */
    public static Response ofFirmAssignedTo(DemoUser user) {
        Response product = create(TestFirms.assignedTo(user).<Integer>path("id"), DemoUser.COORDINATOR);
        product.then().statusCode(201);
        return product;
    }

    /** Gives the product a photo, as a coordinator. */
    public static void addPhoto(Response product) {
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
    }

    /** A real image of the given ImageIO format ("png", "jpg"). */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
