package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class FirmImportTest {
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final String HEADER = "商号,フリガナ,法人番号,業種,郵便番号,住所,電話,従業員数,会員\r\n";

    private static Response upload(byte[] file, boolean dryRun) {
        return Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", dryRun)
                .body(file).post("/api/firms/import");
    }

    private static int found(String q) {
        return Api.as(DemoUser.COORDINATOR).queryParam("q", q).get("/api/firms").then().statusCode(200).extract().path("total");
    }

    @Test
    void aShiftJisFileWithABadRowImportsNothingAndNamesTheRowAndColumn() {
        String unique = Long.toString(System.nanoTime());
        String csv = HEADER
                + "いわき海産" + unique + ",いわきかいさん," + TestFirms.corporateNumber() + ",製造業,970-8026,いわき市平,0246-00-0001,10,会員\r\n"
                + "磐城工業" + unique + ",イワキコウギョウ,1234567890123,E,970-8026,いわき市平,0246-00-0002,5,非会員\r\n";
        Response dryRun = upload(csv.getBytes(SHIFT_JIS), true);
        dryRun.then().statusCode(200)
                .body("encoding", equalTo("Shift_JIS"))
                .body("created", equalTo(1))
                .body("failed", equalTo(1))
                .body("rows[0].action", equalTo("CREATE"))
                .body("rows[1].row", equalTo(3))
                .body("rows[1].action", equalTo("ERROR"))
                .body("rows[1].problems[0].column", equalTo("法人番号"))
                .body("rows[1].problems[0].key", equalTo("firm.corporateNumber.checkDigit"));

        upload(csv.getBytes(SHIFT_JIS), false).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[3].法人番号"));
        assertThat(found("いわき海産" + unique)).isZero();
        assertThat(found("磐城工業" + unique)).isZero();
    }

    @Test
    void aCorrectedFileUpdatesTheFirmsItMatchesInsteadOfDuplicatingThem() {
        Map<String, Object> existing = TestFirms.body();
        TestFirms.create(existing).then().statusCode(201);
        String number = (String) existing.get("corporateNumber");
        String unique = Long.toString(System.nanoTime());
        String csv = HEADER
                + existing.get("tradeName") + ",テストセイサクショ," + number + ",E,970-8026,いわき市小名浜 新住所,0246-00-0003,40,会員\r\n"
                + "新規食品" + unique + ",シンキショクヒン,,M,971-8101,いわき市小名浜,0246-00-0004,3,非会員\r\n";
        upload(csv.getBytes(SHIFT_JIS), true).then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(1)).body("failed", equalTo(0));
        upload(csv.getBytes(SHIFT_JIS), false).then().statusCode(200)
                .body("dryRun", equalTo(false)).body("updated", equalTo(1)).body("created", equalTo(1));

        Api.as(DemoUser.COORDINATOR).queryParam("q", number).get("/api/firms").then()
                .body("total", equalTo(1))
                .body("items[0].address", equalTo("いわき市小名浜 新住所"))
                .body("items[0].employees", equalTo(40))
                .body("items[0].notes", equalTo("内部メモ"));
        assertThat(found("新規食品" + unique)).isEqualTo(1);
        // The same file again changes nothing and duplicates nothing.
        upload(csv.getBytes(SHIFT_JIS), false).then().statusCode(200).body("updated", equalTo(2)).body("created", equalTo(0));
        assertThat(found("新規食品" + unique)).isEqualTo(1);
    }

    @Test
    void utf8WithBomIsReadAsUtf8() {
        String unique = Long.toString(System.nanoTime());
        byte[] text = (HEADER + "ＵＴＦ食品" + unique + ",ﾕｰﾃｨｰｴﾌｼｮｸﾋﾝ,,M,971-8101,いわき市,,2,会員\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        upload(withBom, false).then().statusCode(200).body("encoding", equalTo("UTF-8")).body("created", equalTo(1));
        Api.as(DemoUser.COORDINATOR).queryParam("q", "UTF食品" + unique).get("/api/firms").then()
                .body("items[0].tradeNameKana", equalTo("ユーティーエフショクヒン"));
    }

    @Test
    void thePreviewOfAnUpdateListsTheFieldsItChangesAndColumnsTheFileLacksAreKept() {
        Map<String, Object> existing = TestFirms.body();
        TestFirms.create(existing).then().statusCode(201);
        String csv = "商号,フリガナ,法人番号,業種,会員,住所\r\n"
                + existing.get("tradeName") + ",テストセイサクショ," + existing.get("corporateNumber") + ",E,会員,いわき市小名浜 移転先\r\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), true).then().statusCode(200)
                .body("rows[0].action", equalTo("UPDATE"))
                .body("rows[0].name", equalTo(existing.get("tradeName")))
                .body("rows[0].changes.field", contains("address"))
                .body("rows[0].changes[0].from", equalTo(existing.get("address")))
                .body("rows[0].changes[0].to", equalTo("いわき市小名浜 移転先"));
        upload(csv.getBytes(StandardCharsets.UTF_8), false).then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).queryParam("q", existing.get("corporateNumber")).get("/api/firms").then()
                .body("items[0].address", equalTo("いわき市小名浜 移転先"))
                // No 電話 or 郵便番号 column in the file: they stay.
                .body("items[0].phone", equalTo(existing.get("phone")))
                .body("items[0].postalCode", equalTo(existing.get("postalCode")));
    }

    @Test
    void theAdvisorColumnAssignsAnAdvisorByNameAndAnUnknownNameIsAProblem() {
        String unique = Long.toString(System.nanoTime());
        String csv = "商号,フリガナ,業種,会員,担当経営指導員\r\n"
                + "担当付き食品" + unique + ",タントウツキショクヒン,E,会員,渡辺　真理\r\n"
                + "担当不明食品" + unique + ",タントウフメイショクヒン,E,会員,山田 花子\r\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), true).then().statusCode(200)
                .body("rows[0].action", equalTo("CREATE"))
                .body("rows[1].problems[0].column", equalTo("担当経営指導員"))
                .body("rows[1].problems[0].key", equalTo("import.advisorUnknown"));
        String fixed = csv.replace("山田 花子", "");
        upload(fixed.getBytes(StandardCharsets.UTF_8), false).then().statusCode(200).body("created", equalTo(2));
        Api.as(DemoUser.COORDINATOR).queryParam("q", "担当付き食品" + unique).get("/api/firms").then()
                .body("items[0].advisor.name", equalTo("渡辺 真理"))
                .body("items[0].advisor.subject", equalTo(TestFirms.advisor(DemoUser.ADVISOR2)));
        Api.as(DemoUser.COORDINATOR).queryParam("q", "担当不明食品" + unique).get("/api/firms").then()
                .body("items[0].advisor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIs400() {
        upload("名前,住所\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8), true).then().statusCode(400)
                .body("errors.key", hasItem("import.columnMissing"));
    }
}
