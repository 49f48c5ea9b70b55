package jp.iwaki.matching.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.keycloak.client.KeycloakTestClient;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.KeycloakTestRealm;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class BuyerCompanyResourceTest {

    @Test
    void aBuyerReadsItsOwnCompanyAndContactsWithoutInternalNotes() {
        long own = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Api.as(DemoUser.BUYER).get("/api/buyer-companies/" + own).then().statusCode(200)
                .body("id", equalTo((int) own))
                .body("notes", nullValue());
        Api.as(DemoUser.BUYER).get("/api/buyer-companies/" + own + "/contacts").then().statusCode(200)
                .body("name", hasItem("ログイン担当"))
                .body("find { it.name == 'ログイン担当' }.hasLogin", equalTo(true));
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + own).then().body("notes", equalTo("社内メモ"));
    }

    @Test
    void buyerACannotReadBuyerBsCompanyOrContacts() {
        long companyOfA = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        long companyOfB = TestBuyers.linkedCompanyOf(DemoUser.BUYER2);
        Api.badRequestAs(DemoUser.BUYER).get("/api/buyer-companies/" + companyOfB).then().statusCode(404)
                .contentType("application/problem+json");
        Api.badRequestAs(DemoUser.BUYER).get("/api/buyer-companies/" + companyOfB + "/contacts").then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER2).get("/api/buyer-companies/" + companyOfA).then().statusCode(404);
        // An id that does not exist answers the same, so ids cannot be probed.
        Api.badRequestAs(DemoUser.BUYER).get("/api/buyer-companies/987654321").then().statusCode(404);
    }

    @Test
    void buyersCannotListOrChangeBuyerCompanies() {
        long own = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Api.badRequestAs(DemoUser.BUYER).get("/api/buyer-companies").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(TestBuyers.body())
                .put("/api/buyer-companies/" + own).then().statusCode(403);
    }

    @Test
    void coordinatorRegistersACompanyWithNormalisedText() {
        Map<String, Object> body = TestBuyers.body();
        body.put("nameKana", "ﾃｽﾄ ｼｮｳｼﾞ");
        body.put("postalCode", "１００－０００５");
        Response created = Api.unnormalisedAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/buyer-companies");
        created.then().statusCode(201)
                .body("nameKana", equalTo("テスト ショウジ"))
                .body("postalCode", equalTo("100-0005"))
                .body("type", equalTo("WHOLESALER"));
        assertThat(created.header("Location")).endsWith("/api/buyer-companies/" + created.path("id"));
    }

    @Test
    void anUnknownTypeIs400NamingTheField() {
        Map<String, Object> body = TestBuyers.body();
        body.put("type", "BANK");
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/buyer-companies").then()
                .statusCode(400).body("errors[0].field", equalTo("type")).body("errors[0].key", equalTo("json.invalidValue"));
    }

    @Test
    void searchFindsIwakiWrittenAnyWay() {
        Map<String, Object> body = TestBuyers.body();
        String unique = Long.toString(System.nanoTime());
        body.put("name", "いわき物産" + unique);
        body.put("nameKana", "イワキブッサン");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/buyer-companies").then().statusCode(201);
        for (String q : new String[] {"イワキ物産" + unique, "ｲﾜｷ物産" + unique, "いわき物産" + unique}) {
            Api.as(DemoUser.ADVISOR).queryParam("q", q).get("/api/buyer-companies").then().statusCode(200)
                    .body("total", equalTo(1));
        }
    }

    @Test
    void filtersByTypeAndRegion() {
        Map<String, Object> body = TestBuyers.body();
        body.put("type", "RESTAURANT");
        body.put("region", "TOHOKU");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/buyer-companies").then().statusCode(201);
        Api.as(DemoUser.COORDINATOR).queryParam("q", body.get("name")).queryParam("type", "RESTAURANT").queryParam("region", "TOHOKU")
                .get("/api/buyer-companies").then().body("total", equalTo(1));
        Api.as(DemoUser.COORDINATOR).queryParam("q", body.get("name")).queryParam("region", "TOKYO_AREA")
                .get("/api/buyer-companies").then().body("total", equalTo(0));
    }

    @Test
    void twoEditsOfAContactWithTheSameEtagOneGets412() {
        long company = TestBuyers.create().<Integer>path("id");
        Response contact = TestBuyers.addContact(company, "山本 一郎");
        String etag = contact.header("ETag");
        String path = "/api/buyer-companies/" + company + "/contacts/" + contact.path("id");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "山本 一郎", "department", "青果部")).put(path).then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "山本 一郎", "department", "鮮魚部")).put(path).then().statusCode(412);
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + company + "/contacts").then()
                .body("department", contains("青果部"));
    }

    @Test
    void theHistoryCoversTheCompanyAndItsContacts() {
        Response created = TestBuyers.create();
        long company = created.<Integer>path("id");
        TestBuyers.addContact(company, "山本 一郎");
        Api.as(DemoUser.ADMIN).header("If-Match", created.header("ETag")).post("/api/buyer-companies/" + company + "/archive")
                .then().statusCode(200).body("archived", equalTo(true));
        Api.as(DemoUser.ADVISOR).get("/api/buyer-companies/" + company + "/history").then().statusCode(200)
                .body("action", contains("ARCHIVE", "UPDATE", "CREATE"))
                .body("[1].changes.field", hasItem(org.hamcrest.Matchers.endsWith(".name")));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "追加できない")).post("/api/buyer-companies/" + company + "/contacts")
                .then().statusCode(422);
    }

    @Test
    void aContactGivenALoginSignsInAsABuyerOfItsCompany() {
        long company = TestBuyers.create().<Integer>path("id");
        Response contact = TestBuyers.addContact(company, "山本 一郎");
        String email = contact.path("email");
        Response grant = Api.as(DemoUser.COORDINATOR).post("/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login");
        grant.then().statusCode(201)
                .body("username", equalTo(email))
                .body("contact.hasLogin", equalTo(true));
        String temporary = grant.path("temporaryPassword");
        assertThat(temporary).hasSize(14);

        // In Keycloak: a user in group buyers, so with the buyer role, that must change its password first.
        String admin = KeycloakTestRealm.adminToken();
        String users = KeycloakTestRealm.keycloakUrl() + "/admin/realms/iwaki/users";
        Map<String, Object> user = given().auth().oauth2(admin).queryParam("username", email).queryParam("exact", true)
                .get(users).then().statusCode(200).extract().path("[0]");
        assertThat(String.valueOf(user.get("requiredActions"))).contains("UPDATE_PASSWORD");
        given().auth().oauth2(admin).get(users + "/" + user.get("id") + "/role-mappings/realm/composite").then()
                .statusCode(200).body("name", hasItem("buyer"));
        given().auth().oauth2(admin).get(users + "/" + user.get("id") + "/groups").then()
                .statusCode(200).body("path", contains("/buyers"));

        // Once the password is set, the contact signs in and the API knows its company.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", "chosen-" + temporary, "temporary", false))
                .put(users + "/" + user.get("id") + "/reset-password").then().statusCode(204);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("requiredActions", java.util.List.of()))
                .put(users + "/" + user.get("id")).then().statusCode(204);
        String token = new KeycloakTestClient(KeycloakTestRealm.keycloakUrl() + "/realms/iwaki")
                .getAccessToken(email, "chosen-" + temporary, KeycloakTestRealm.CLIENT, KeycloakTestRealm.SECRET);
        Api.withToken(token).get("/api/me").then().statusCode(200)
                .body("roles", contains("BUYER"))
                .body("buyerCompanyId", equalTo((int) company));
        Api.withToken(token).get("/api/buyer-companies/" + company).then().statusCode(200);

        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + company + "/history").then()
                .body("action", hasItem("LOGIN_GRANT"));
    }

    @Test
    void aSecondLoginForTheSameContactIs409() {
        long company = TestBuyers.create().<Integer>path("id");
        Response contact = TestBuyers.addContact(company, "山本 二郎");
        String path = "/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login";
        Api.as(DemoUser.COORDINATOR).post(path).then().statusCode(201);
        Api.badRequestAs(DemoUser.COORDINATOR).post(path).then().statusCode(409)
                .body("errors[0].key", equalTo("buyer.contact.loginExists"));
    }

    @Test
    void aContactWithoutEmailCannotGetALogin() {
        long company = TestBuyers.create().<Integer>path("id");
        Response contact = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "メール 無し"))
                .post("/api/buyer-companies/" + company + "/contacts");
        Api.badRequestAs(DemoUser.COORDINATOR).post("/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login")
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
    }
}
