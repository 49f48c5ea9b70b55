package jp.iwaki.matching.buyer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class BuyerImportTest {
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final String HEADER = "企業名,フリガナ,種別,地域,郵便番号,住所,担当者,部署,メール\r\n";

    private static Response upload(String csv, boolean dryRun) {
        return Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", dryRun)
                .body(csv.getBytes(SHIFT_JIS)).post("/api/buyer-companies/import");
    }

    @Test
    void rowsOfOneCompanyBecomeOneCompanyWithItsContacts() {
        String name = "輸入商事" + System.nanoTime();
        String csv = HEADER
                + name + ",ゆにゅうしょうじ,商社,首都圏,100-0005,東京都千代田区,山田 一郎,食品部,yamada" + name.length() + "@import.example\r\n"
                + name + ",ユニュウショウジ,TRADING_COMPANY,TOKYO_AREA,100-0005,東京都千代田区,川口 二郎,青果部,kawaguchi" + name.length() + "@import.example\r\n";
        upload(csv, true).then().statusCode(200).body("created", equalTo(1)).body("failed", equalTo(0));
        upload(csv, false).then().statusCode(200);

        Response list = Api.as(DemoUser.COORDINATOR).queryParam("q", name).get("/api/buyer-companies");
        list.then().body("total", equalTo(1)).body("items[0].type", equalTo("TRADING_COMPANY"))
                .body("items[0].nameKana", equalTo("ユニュウショウジ"));
        int id = list.path("items[0].id");
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + id + "/contacts").then()
                .body("name", containsInAnyOrder("山田 一郎", "川口 二郎"));

        // Again, with a changed department: the preview names the row's contact and what changes for it.
        upload(csv.replace("食品部", "水産部"), true).then().statusCode(200)
                .body("rows[0].action", equalTo("UPDATE"))
                .body("rows[0].recordId", equalTo(id))
                .body("rows[0].context", equalTo("山田 一郎"))
                .body("rows[0].changes.field", contains("contact.department"))
                .body("rows[0].changes[0].from", equalTo("食品部"))
                .body("rows[0].changes[0].to", equalTo("水産部"))
                .body("rows[1].changes.size()", equalTo(0));
        // The company and the contact are updated, not duplicated.
        upload(csv.replace("食品部", "水産部"), false).then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        Api.as(DemoUser.COORDINATOR).queryParam("q", name).get("/api/buyer-companies").then().body("total", equalTo(1));
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + id + "/contacts").then()
                .body("department", containsInAnyOrder("水産部", "青果部"));
    }

    @Test
    void aBadRowImportsNothingAndNamesTheRowAndColumn() {
        String name = "不正商店" + System.nanoTime();
        String csv = HEADER
                + name + ",フセイショウテン,スーパー,東北,980-0021,仙台市,佐藤 三郎,,sato.example\r\n"
                + name + "二,フセイショウテンニ,銀行,東北,980-0021,仙台市,,,\r\n";
        upload(csv, true).then().statusCode(200)
                .body("failed", equalTo(2))
                .body("rows[0].problems.column", contains("メール"))
                .body("rows[1].problems[0].column", equalTo("種別"));
        upload(csv, false).then().statusCode(422)
                .body("errors.field", hasItem("rows[2].メール"))
                .body("errors.field", hasItem("rows[3].種別"));
        Api.as(DemoUser.COORDINATOR).queryParam("q", name).get("/api/buyer-companies").then().body("total", equalTo(0));
    }
}
