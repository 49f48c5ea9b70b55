package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class FirmResourceTest {

    @Test
    void coordinatorRegistersAFirmAndGetsItsLocationAndEtag() {
        Map<String, Object> body = TestFirms.body();
        Response created = TestFirms.create(body);
        created.then().statusCode(201)
                .body("tradeName", equalTo(body.get("tradeName")))
                .body("industryCode", equalTo("E"))
                .body("archived", equalTo(false))
                .body("version", equalTo(0));
        long id = created.<Integer>path("id");
        assertThat(created.header("Location")).endsWith("/api/firms/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Api.as(DemoUser.ADVISOR).get("/api/firms/" + id).then().statusCode(200)
                .body("corporateNumber", equalTo(body.get("corporateNumber")));
    }

    @Test
    void fullWidthAndHalfWidthKanaInputIsNormalisedAndAccepted() {
        Map<String, Object> body = TestFirms.body();
        String number = (String) body.get("corporateNumber");
        body.put("corporateNumber", toFullWidthDigits(number));
        body.put("postalCode", "９７０－８０２６");
        body.put("phone", "０２４６－２５－９１５１");
        body.put("tradeNameKana", "ｲﾜｷ　ｾｲｻｸｼｮ");
        body.put("tradeName", "　ＩＷＡＫＩ製作所　" + System.nanoTime());
        Api.unnormalisedAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then()
                .statusCode(201)
                .body("corporateNumber", equalTo(number))
                .body("postalCode", equalTo("970-8026"))
                .body("phone", equalTo("0246-25-9151"))
                .body("tradeNameKana", equalTo("イワキ セイサクショ"))
                .body("tradeName", org.hamcrest.Matchers.startsWith("IWAKI製作所"));
    }

    @Test
    void aReadingInHiraganaIsStoredInKatakana() {
        Map<String, Object> body = TestFirms.body();
        body.put("tradeNameKana", "いわきしょくひん");
        Api.unnormalisedAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then()
                .statusCode(201).body("tradeNameKana", equalTo("イワキショクヒン"));
    }

    @Test
    void notesKeepTheirLineBreaks() {
        Map<String, Object> body = TestFirms.body();
        body.put("notes", "試作品を改良中\n次回訪問：6月");
        TestFirms.create(body).then().statusCode(201).body("notes", equalTo("試作品を改良中\n次回訪問：6月"));
    }

    @Test
    void aWrongCheckDigitIs400AndNothingIsWritten() {
        Map<String, Object> body = TestFirms.body();
        body.put("corporateNumber", "1234567890123");
        assertRejected(body, "corporateNumber", "firm.corporateNumber.checkDigit");
    }

    @Test
    void aCorporateNumberOfTwelveDigitsIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("corporateNumber", "123456789012");
        assertRejected(body, "corporateNumber", "format.corporateNumber");
    }

    @Test
    void soleProprietorsRegisterWithoutCorporateNumber() {
        Map<String, Object> body = TestFirms.body();
        body.remove("corporateNumber");
        TestFirms.create(body).then().statusCode(201).body("corporateNumber", nullValue());
    }

    @Test
    void aBadPostalCodeIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("postalCode", "9708026");
        assertRejected(body, "postalCode", "format.postalCode");
    }

    @Test
    void aBadPhoneIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("phone", "12-34");
        assertRejected(body, "phone", "format.phone");
    }

    @Test
    void aBadEmailIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("email", "not an address");
        assertRejected(body, "email", "validation.Email");
    }

    @Test
    void negativeEmployeesIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("employees", -1);
        assertRejected(body, "employees", "validation.Min");
    }

    @Test
    void anUnknownIndustryIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("industryCode", "Z");
        assertRejected(body, "industryCode", "firm.industry.unknown");
    }

    @Test
    void aReadingWithKanjiIs400() {
        Map<String, Object> body = TestFirms.body();
        body.put("tradeNameKana", "磐城製作所");
        assertRejected(body, "tradeNameKana", "format.kana");
    }

    @Test
    void aCorporateNumberAlreadyRegisteredIs409() {
        Map<String, Object> first = TestFirms.body();
        TestFirms.create(first).then().statusCode(201);
        Map<String, Object> second = TestFirms.body();
        second.put("corporateNumber", first.get("corporateNumber"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(second).post("/api/firms").then()
                .statusCode(409)
                .body("errors[0].field", equalTo("corporateNumber"))
                .body("errors[0].key", equalTo("firm.corporateNumber.taken"));
        assertThat(search((String) second.get("tradeName"), DemoUser.COORDINATOR)).isZero();
    }

    @Test
    void searchIgnoresWidthAndKanaKind() {
        Map<String, Object> body = TestFirms.body();
        String unique = Long.toString(System.nanoTime());
        body.put("tradeName", "いわき海産" + unique);
        body.put("tradeNameKana", "イワキカイサン");
        TestFirms.create(body).then().statusCode(201);

        for (String q : List.of("いわき海産" + unique, "イワキ海産" + unique, "ｲﾜｷ海産" + unique, "いわき 海産" + toFullWidthDigits(unique))) {
            assertThat(search(q, DemoUser.ADVISOR)).as("search for %s", q).isEqualTo(1);
        }
        Api.as(DemoUser.ADVISOR).queryParam("q", "ｲﾜｷｶｲｻﾝ").get("/api/firms").then()
                .statusCode(200).body("items.tradeName", hasItem(body.get("tradeName")));
    }

    @Test
    void listsPageSortAndFilter() {
        String marker = "ページテスト" + System.nanoTime();
        for (String kana : List.of("アアア", "イイイ", "ウウウ")) {
            Map<String, Object> body = TestFirms.body();
            body.put("tradeName", marker + kana);
            body.put("tradeNameKana", kana);
            body.put("chamberMember", !kana.equals("イイイ"));
            TestFirms.create(body).then().statusCode(201);
        }
        Api.as(DemoUser.COORDINATOR).queryParam("q", marker).queryParam("size", 2).queryParam("sort", "-tradeNameKana")
                .get("/api/firms").then().statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .body("items.tradeNameKana", contains("ウウウ", "イイイ"));
        Api.as(DemoUser.COORDINATOR).queryParam("q", marker).queryParam("page", 1).queryParam("size", 2).queryParam("sort", "-tradeNameKana")
                .get("/api/firms").then().statusCode(200)
                .body("items.tradeNameKana", contains("アアア"));
        Api.as(DemoUser.COORDINATOR).queryParam("q", marker).queryParam("member", false)
                .get("/api/firms").then().statusCode(200)
                .body("items.tradeNameKana", contains("イイイ"));
    }

    @Test
    void anUnknownSortIs400NamingTheParameter() {
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("sort", "password").get("/api/firms").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aPageSizeOver200Is400() {
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("size", 5000).get("/api/firms").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void anAdvisorEditsItsOwnFirmButNotAnotherAdvisorsFirm() {
        Map<String, Object> own = TestFirms.body();
        own.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        Response ownFirm = TestFirms.create(own);
        Map<String, Object> others = TestFirms.body();
        others.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR2));
        Response otherFirm = TestFirms.create(others);

        own.put("employees", 99);
        Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", ownFirm.header("ETag")).body(own)
                .put("/api/firms/" + ownFirm.path("id")).then().statusCode(200).body("employees", equalTo(99));

        others.put("employees", 99);
        Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", otherFirm.header("ETag")).body(others)
                .put("/api/firms/" + otherFirm.path("id")).then().statusCode(403)
                .body("errors[0].key", equalTo("firm.advisor.notYours"));
        Api.as(DemoUser.ADVISOR).get("/api/firms/" + otherFirm.path("id")).then().body("employees", equalTo(12));
    }

    @Test
    void anAdvisorCannotHandItsFirmToSomeoneElse() {
        Map<String, Object> own = TestFirms.body();
        own.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        Response created = TestFirms.create(own);
        own.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR2));
        Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(own)
                .put("/api/firms/" + created.path("id")).then().statusCode(403);
    }

    @Test
    void twoUpdatesWithTheSameEtagOneWinsAndTheOtherStoresNothing() throws Exception {
        Map<String, Object> body = TestFirms.body();
        Response created = TestFirms.create(body);
        long id = created.<Integer>path("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String contact : List.of("担当A", "担当B")) {
            Map<String, Object> change = new java.util.HashMap<>(body);
            change.put("contactName", contact);
            Callable<Response> update = () -> {
                start.await();
                return Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                        .body(change).put("/api/firms/" + id);
            };
            results.add(pool.submit(update));
        }
        start.countDown();
        Response a = results.get(0).get();
        Response b = results.get(1).get();
        pool.shutdown();
        assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(200, 412);
        String stored = (a.statusCode() == 200 ? a : b).path("contactName");
        Api.as(DemoUser.COORDINATOR).get("/api/firms/" + id).then().body("contactName", equalTo(stored)).body("version", equalTo(1));
        Api.as(DemoUser.COORDINATOR).get("/api/firms/" + id + "/history").then()
                .body("findAll { it.action == 'UPDATE' }.size()", equalTo(1));
    }

    @Test
    void updateWithoutIfMatchIs428() {
        Map<String, Object> body = TestFirms.body();
        Response created = TestFirms.create(body);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body)
                .put("/api/firms/" + created.path("id")).then().statusCode(428);
    }

    @Test
    void archivedFirmsLeaveTheListStayReadableAndCannotChange() {
        Map<String, Object> body = TestFirms.body();
        Response created = TestFirms.create(body);
        long id = created.<Integer>path("id");
        Response archived = Api.as(DemoUser.COORDINATOR).header("If-Match", created.header("ETag")).post("/api/firms/" + id + "/archive");
        archived.then().statusCode(200).body("archived", equalTo(true));

        assertThat(search((String) body.get("tradeName"), DemoUser.COORDINATOR)).isZero();
        Api.as(DemoUser.COORDINATOR).queryParam("q", body.get("tradeName")).queryParam("archived", true).get("/api/firms")
                .then().body("total", equalTo(1));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", archived.header("ETag")).body(body)
                .put("/api/firms/" + id).then().statusCode(422).body("errors[0].key", equalTo("firm.archived"));
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() {
        Map<String, Object> body = TestFirms.body();
        Response created = TestFirms.create(body);
        long id = created.<Integer>path("id");
        body.put("employees", 30);
        body.remove("notes");
        Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(body)
                .put("/api/firms/" + id).then().statusCode(200);

        Api.as(DemoUser.ADVISOR).get("/api/firms/" + id + "/history").then().statusCode(200)
                .body("action", contains("UPDATE", "CREATE"))
                .body("[0].actorName", equalTo("高橋 健"))
                .body("[0].changes.find { it.field == 'employees' }.from", equalTo("12"))
                .body("[0].changes.find { it.field == 'employees' }.to", equalTo("30"))
                .body("[0].changes.find { it.field == 'notes' }.from", equalTo("内部メモ"))
                .body("[0].changes.find { it.field == 'notes' }.to", nullValue())
                .body("[0].changes.field", not(hasItem("tradeName")))
                .body("[1].actorName", equalTo("佐藤 花子"));
    }

    @Test
    void anUnknownFirmIs404() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/firms/987654321").then().statusCode(404);
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/firms/987654321/history").then().statusCode(404);
    }

    private static void assertRejected(Map<String, Object> body, String field, String key) {
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.key", equalTo(key));
        assertThat(search((String) body.get("tradeName"), DemoUser.COORDINATOR)).isZero();
    }

    private static int search(String q, DemoUser user) {
        return Api.as(user).queryParam("q", q).get("/api/firms").then().statusCode(200).extract().path("total");
    }

    private static String toFullWidthDigits(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : (char) c));
        return out.toString();
    }
}
