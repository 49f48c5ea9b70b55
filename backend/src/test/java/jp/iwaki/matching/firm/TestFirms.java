package jp.iwaki.matching.firm;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/** Firms made by the tests themselves, each with names no other test uses. */
public final class TestFirms {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestFirms() {
    }

    /** A valid 法人番号 no other test uses. */
    public static String corporateNumber() {
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }

    /** A complete, valid firm body. */
    public static Map<String, Object> body() {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("tradeName", "株式会社テスト製作所" + n + "-" + System.nanoTime());
        body.put("tradeNameKana", "テストセイサクショ");
        body.put("corporateNumber", corporateNumber());
        body.put("industryCode", "E");
        body.put("postalCode", "970-8026");
        body.put("address", "福島県いわき市平字田町120");
        body.put("representativeName", "山田 太郎");
        body.put("contactName", "山田 花子");
        body.put("phone", "0246-25-9151");
        body.put("email", "info@test-seisakusho.example");
        body.put("employees", 12);
        body.put("chamberMember", true);
        body.put("notes", "内部メモ");
        return body;
    }

    public static Response create(Map<String, Object> body) {
        return Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms");
    }

    /**
     * A new firm assigned to the user if it is an advisor (else to the demo advisor), so that
     * an advisor may change it too.
     */
    public static Response assignedTo(DemoUser user) {
        Map<String, Object> body = body();
        body.put("advisorSubject", advisor(user != null && user.role.equals("advisor") ? user : DemoUser.ADVISOR));
        Response created = create(body);
        created.then().statusCode(201);
        return created;
    }

    /** The user id of a demo advisor, for a firm's advisorSubject. */
    public static String advisor(DemoUser user) {
        return Api.as(user).get("/api/me").then().statusCode(200).extract().path("subject");
    }
}
