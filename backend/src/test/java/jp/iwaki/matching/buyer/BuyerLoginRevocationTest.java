package jp.iwaki.matching.buyer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.KeycloakTestRealm;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A buyer login ends when its company is archived, when staff revoke it, or when its contact's
 * person changes: Keycloak refuses the sign-in and the API the token the buyer still holds, at
 * once. The API's Keycloak service account manages the users of group buyers and nothing else.
 */
@QuarkusTest
@IntegrationTest
class BuyerLoginRevocationTest {
    private static final String REALM = KeycloakTestRealm.keycloakUrl() + "/admin/realms/iwaki";

    @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret")
    String serviceAccountSecret;

    /** A contact with a login whose password is set, signed in. */
    private record Login(long company, long contact, String email, String password, String subject, String token) {
        String contactPath() {
            return "/api/buyer-companies/" + company + "/contacts/" + contact;
        }
    }

    private static Login signedInContact() {
        long company = TestBuyers.create().<Integer>path("id");
        Response contact = TestBuyers.addContact(company, "失効 太郎");
        long contactId = contact.<Integer>path("id");
        Response grant = Api.as(DemoUser.COORDINATOR).post("/api/buyer-companies/" + company + "/contacts/" + contactId + "/login");
        grant.then().statusCode(201);
        String email = grant.path("username");
        String password = "chosen-" + grant.<String>path("temporaryPassword");
        String subject = choosePassword(email, password);
        return new Login(company, contactId, email, password, subject, signIn(email, password).then().statusCode(200)
                .extract().path("access_token"));
    }

    /** The buyer sets its own password (as Keycloak asks at the first sign-in); the Keycloak user id. */
    private static String choosePassword(String email, String password) {
        String subject = keycloakUser(email).path("[0].id");
        String admin = KeycloakTestRealm.adminToken();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(REALM + "/users/" + subject + "/reset-password").then().statusCode(204);
        Map<String, Object> user = given().auth().oauth2(admin).get(REALM + "/users/" + subject).then().extract().as(Map.class);
        user.put("requiredActions", List.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(user).put(REALM + "/users/" + subject).then().statusCode(204);
        return subject;
    }

    private static Response keycloakUser(String username) {
        return given().auth().oauth2(KeycloakTestRealm.adminToken()).queryParam("username", username).queryParam("exact", true)
                .get(REALM + "/users");
    }

    private static Response signIn(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", KeycloakTestRealm.CLIENT)
                .formParam("client_secret", KeycloakTestRealm.SECRET).formParam("username", username).formParam("password", password)
                .post(KeycloakTestRealm.keycloakUrl() + "/realms/iwaki/protocol/openid-connect/token");
    }

    private static void refused(String token) {
        for (String path : List.of("/api/me", "/api/catalogue/projects")) {
            Api.withToken(token).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].key", equalTo("buyer.login.revoked"));
        }
    }

    private static void cannotSignIn(Login login) {
        signIn(login.email(), login.password()).then().statusCode(400).body("error", equalTo("invalid_grant"));
        assertThat(keycloakUser(login.email()).<Boolean>path("[0].enabled")).isFalse();
    }

    @Test
    void archivingACompanyRefusesItsBuyersTokenAtOnceAndTheirNextSignIn() {
        Login login = signedInContact();
        Api.withToken(login.token()).get("/api/buyer-companies/" + login.company()).then().statusCode(200);
        Response company = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + login.company());
        Api.as(DemoUser.COORDINATOR).header("If-Match", company.header("ETag"))
                .post("/api/buyer-companies/" + login.company() + "/archive").then().statusCode(200);

        refused(login.token());
        Api.withToken(login.token()).get("/api/buyer-companies/" + login.company()).then().statusCode(403);
        cannotSignIn(login);
    }

    @Test
    void aRevokedLoginIsRefusedAtOnceAndAGrantGivesTheSameContactItBack() {
        Login login = signedInContact();
        Api.as(DemoUser.COORDINATOR).delete(login.contactPath() + "/login").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("hasLogin", equalTo(false));
        refused(login.token());
        cannotSignIn(login);
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + login.company() + "/history").then()
                .body("action", hasItem("LOGIN_REVOKE"));
        Api.as(DemoUser.COORDINATOR).delete(login.contactPath() + "/login").then().statusCode(409)
                .body("errors[0].key", equalTo("buyer.contact.noLogin"));

        // Granted again: the same Keycloak user, enabled, with a new temporary password.
        Response grant = Api.as(DemoUser.COORDINATOR).post(login.contactPath() + "/login");
        grant.then().statusCode(201).body("contact.hasLogin", equalTo(true));
        Response user = keycloakUser(login.email());
        assertThat(user.<String>path("[0].id")).isEqualTo(login.subject());
        assertThat(user.<Boolean>path("[0].enabled")).isTrue();
        assertThat(user.<List<String>>path("[0].requiredActions")).contains("UPDATE_PASSWORD");
        String password = "again-" + grant.<String>path("temporaryPassword");
        choosePassword(login.email(), password);
        String token = signIn(login.email(), password).then().statusCode(200).extract().path("access_token");
        Api.withToken(token).get("/api/me").then().statusCode(200).body("buyerCompanyId", equalTo((int) login.company()));
    }

    @Test
    void aContactWhosePersonChangesNeverHandsTheOldLoginToTheNewOne() {
        Login login = signedInContact();
        Response contact = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + login.company() + "/contacts");
        String newEmail = "successor" + System.nanoTime() + "@test.example";
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"" + contact.path("[0].version") + "\"")
                .body(Map.of("name", "後任 花子", "email", newEmail)).put(login.contactPath()).then().statusCode(200)
                .body("hasLogin", equalTo(false));
        refused(login.token());
        assertThat(keycloakUser(login.email()).jsonPath().getList("$")).isEmpty();

        // The new person gets a login of its own.
        Response grant = Api.as(DemoUser.COORDINATOR).post(login.contactPath() + "/login");
        grant.then().statusCode(201).body("username", equalTo(newEmail));
        assertThat(keycloakUser(newEmail).<String>path("[0].id")).isNotEqualTo(login.subject());
        refused(login.token());
    }

    @Test
    void aRevokedLoginIsNotGivenBackOnceThePersonChanged() {
        Login login = signedInContact();
        Api.as(DemoUser.COORDINATOR).delete(login.contactPath() + "/login").then().statusCode(200);
        Response contact = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + login.company() + "/contacts");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"" + contact.path("[0].version") + "\"")
                .body(Map.of("name", "別人 次郎", "email", login.email())).put(login.contactPath()).then().statusCode(200);
        Api.as(DemoUser.COORDINATOR).post(login.contactPath() + "/login").then().statusCode(201);
        assertThat(keycloakUser(login.email()).<String>path("[0].id")).isNotEqualTo(login.subject());
        refused(login.token());
    }

    @Test
    void editingAContactWithoutChangingItsPersonKeepsTheLogin() {
        Login login = signedInContact();
        Response contact = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + login.company() + "/contacts");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"" + contact.path("[0].version") + "\"")
                .body(Map.of("name", "失効　太郎", "email", login.email(), "department", "仕入部")).put(login.contactPath())
                .then().statusCode(200).body("hasLogin", equalTo(true));
        Api.withToken(login.token()).get("/api/me").then().statusCode(200);
    }

    @Test
    void theTemporaryPasswordIsNeverCached() {
        long company = TestBuyers.create().<Integer>path("id");
        long contact = TestBuyers.addContact(company, "一時 保存").<Integer>path("id");
        Api.as(DemoUser.COORDINATOR).post("/api/buyer-companies/" + company + "/contacts/" + contact + "/login").then()
                .statusCode(201).header("Cache-Control", "no-store");
    }

    @Test
    void anAdvisorOrABuyerCannotRevokeALogin() {
        Login login = signedInContact();
        Api.badRequestAs(DemoUser.ADVISOR).delete(login.contactPath() + "/login").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).delete(login.contactPath() + "/login").then().statusCode(403);
        Api.badRequestAs(DemoUser.COORDINATOR).delete("/api/buyer-companies/" + login.company() + "/contacts/999999999/login")
                .then().statusCode(404);
        Api.withToken(login.token()).get("/api/me").then().statusCode(200);
    }

    @Test
    void theServiceAccountManagesGroupBuyersOnlyAndCannotGrantAdmin() {
        String account = given().formParam("grant_type", "client_credentials").formParam("client_id", "iwaki-api-admin")
                .formParam("client_secret", serviceAccountSecret)
                .post(KeycloakTestRealm.keycloakUrl() + "/realms/iwaki/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String admin = KeycloakTestRealm.adminToken();
        Map<?, ?> adminRole = given().auth().oauth2(admin).get(REALM + "/roles/admin").then().extract().as(Map.class);
        Map<?, ?> buyerRole = given().auth().oauth2(admin).get(REALM + "/roles/buyer").then().extract().as(Map.class);
        String buyersGroup = given().auth().oauth2(admin).queryParam("search", "buyers").queryParam("exact", true)
                .get(REALM + "/groups").then().extract().path("[0].id");
        String adminUser = keycloakUser(DemoUser.ADMIN.username).path("[0].id");
        String itself = keycloakUser("service-account-iwaki-api-admin").path("[0].id");
        Login buyer = signedInContact();

        // No role can be mapped: not admin to a buyer or to itself, not even buyer to a staff user.
        given().auth().oauth2(account).contentType(ContentType.JSON).body(List.of(adminRole))
                .post(REALM + "/users/" + buyer.subject() + "/role-mappings/realm").then().statusCode(403);
        given().auth().oauth2(account).contentType(ContentType.JSON).body(List.of(adminRole))
                .post(REALM + "/users/" + itself + "/role-mappings/realm").then().statusCode(403);
        given().auth().oauth2(account).contentType(ContentType.JSON).body(List.of(buyerRole))
                .post(REALM + "/users/" + adminUser + "/role-mappings/realm").then().statusCode(403);
        given().auth().oauth2(account).contentType(ContentType.JSON).body(List.of(adminRole))
                .post(REALM + "/groups/" + buyersGroup + "/role-mappings/realm").then().statusCode(403);
        // Staff are out of reach: not disabled, not reset, not pulled into group buyers.
        given().auth().oauth2(account).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put(REALM + "/users/" + adminUser).then().statusCode(403);
        given().auth().oauth2(account).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", "Taken-over-1234", "temporary", false))
                .put(REALM + "/users/" + adminUser + "/reset-password").then().statusCode(403);
        given().auth().oauth2(account).put(REALM + "/users/" + adminUser + "/groups/" + buyersGroup).then().statusCode(403);
        // Users outside group buyers cannot be made; members of it can, and can be disabled.
        given().auth().oauth2(account).contentType(ContentType.JSON)
                .body(Map.of("username", "outsider" + System.nanoTime(), "enabled", true))
                .post(REALM + "/users").then().statusCode(403);
        given().auth().oauth2(account).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put(REALM + "/users/" + buyer.subject()).then().statusCode(204);
        assertThat(keycloakUser(DemoUser.ADMIN.username).<Boolean>path("[0].enabled")).isTrue();
        given().auth().oauth2(admin).get(REALM + "/users/" + adminUser + "/role-mappings/realm").then()
                .body("name", org.hamcrest.Matchers.not(hasItem("buyer")));
    }
}
