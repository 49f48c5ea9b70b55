package jp.iwaki.matching.buyer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/** Buyer companies made by the tests themselves. */
public final class TestBuyers {
    private TestBuyers() {
    }

    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "テスト商事株式会社" + System.nanoTime());
        body.put("nameKana", "テストショウジ");
        body.put("type", "WHOLESALER");
        body.put("region", "TOKYO_AREA");
        body.put("postalCode", "100-0005");
        body.put("address", "東京都千代田区丸の内");
        body.put("phone", "03-1234-5678");
        body.put("notes", "社内メモ");
        return body;
    }

    public static Response create() {
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body()).post("/api/buyer-companies");
        created.then().statusCode(201);
        return created;
    }

    public static Response addContact(long companyId, String name) {
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", name, "nameKana", "テスト", "email", "buyer" + System.nanoTime() + "@test.example"))
                .post("/api/buyer-companies/" + companyId + "/contacts");
        created.then().statusCode(201);
        return created;
    }

    /** A buyer's own company (a buyer may read only that one), or a new company for anyone else. */
    public static long companyFor(DemoUser user) {
        return user != null && user.role.equals("buyer") ? linkedCompanyOf(user) : create().<Integer>path("id");
    }

    /** A new company whose contact is the given buyer's login (its earlier link is undone). */
    public static long linkedCompanyOf(DemoUser buyer) {
        String subject = Api.as(buyer).get("/api/me").then().statusCode(200).extract().path("subject");
        long companyId = create().<Integer>path("id");
        long contactId = addContact(companyId, "ログイン担当").<Integer>path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            BuyerContact.update("loginSubject = null where loginSubject = ?1", subject);
            BuyerContact.update("loginSubject = ?1 where id = ?2", subject, contactId);
        });
        return companyId;
    }
}
