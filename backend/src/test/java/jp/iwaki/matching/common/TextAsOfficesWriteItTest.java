package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Names and addresses are stored as typed; search folds every form; a Shift_JIS 〜 stays a wave dash. */
@QuarkusTest
@IntegrationTest
class TextAsOfficesWriteItTest {

    @Test
    void aFirmKeepsItsJapanesePunctuationAndFoldsOnlyLettersDigitsAndSpaces() {
        String unique = Long.toString(System.nanoTime());
        Map<String, Object> body = TestFirms.body();
        body.put("tradeName", "いわき〜ふぁーむ（株）・本店　ＡＢＣ" + unique);
        body.put("address", "福島県いわき市平字田町１２０－１　（いわき駅前）");
        body.put("phone", "０２４６ー２５ー９１５１");
        body.put("email", "ｉｎｆｏ＠ｆａｒｍ．ｅｘａｍｐｌｅ");
        Api.unnormalisedAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then()
                .statusCode(201)
                .body("tradeName", equalTo("いわき〜ふぁーむ（株）・本店 ABC" + unique))
                .body("address", equalTo("福島県いわき市平字田町120-1 （いわき駅前）"))
                .body("phone", equalTo("0246-25-9151"))
                .body("email", equalTo("info@farm.example"));
    }

    @Test
    void aWaveDashAFullWidthTildeAndATildeFindEachOther() {
        String unique = Long.toString(System.nanoTime());
        Map<String, Object> body = TestFirms.body();
        body.put("tradeName", "さかな〜ふぁーむ" + unique);
        TestFirms.create(body).then().statusCode(201);
        for (String query : new String[] {"さかな~ふぁーむ" + unique, "さかな～ふぁーむ" + unique, "ｻｶﾅ〜ﾌｧｰﾑ" + unique}) {
            Api.as(DemoUser.COORDINATOR).queryParam("q", query).get("/api/firms").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].tradeName", equalTo("さかな〜ふぁーむ" + unique));
        }
    }

    @Test
    void aShiftJisFileKeepsItsWaveDashIntoTheStoredNameAndTheExport() {
        String unique = Long.toString(System.nanoTime());
        // 0x8160 as Japanese Excel saves 〜 (Java's table names it U+FF5E).
        String csv = "商号,フリガナ,業種,会員\r\nいわき\uFF5Eふぁーむ" + unique + ",イワキファーム,E,会員\r\n";
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", false)
                .body(csv.getBytes(Charset.forName("windows-31j"))).post("/api/firms/import").then().statusCode(200)
                .body("encoding", equalTo("Shift_JIS")).body("created", equalTo(1));
        Api.as(DemoUser.COORDINATOR).queryParam("q", "いわき~ふぁーむ" + unique).get("/api/firms").then()
                .body("total", equalTo(1)).body("items[0].tradeName", equalTo("いわき\u301Cふぁーむ" + unique));
        byte[] exported = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", unique)
                .get("/api/firms/export").asByteArray();
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("いわき\u301Cふぁーむ" + unique);
    }
}
