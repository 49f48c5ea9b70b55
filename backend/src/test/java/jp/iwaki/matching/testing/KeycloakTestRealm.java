package jp.iwaki.matching.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * Prepares the real Keycloak that make test starts (realm iwaki imported from
 * backend/infra/keycloak/iwaki-realm.json) for API tests: the realm's SPA client only
 * allows the browser flow, so the tests add confidential clients that may use the
 * password grant, one with the API's audience and one without it.
 */
public class KeycloakTestRealm implements QuarkusTestResourceLifecycleManager {
    public static final String CLIENT = "iwaki-api-tests";
    public static final String CLIENT_WITHOUT_AUDIENCE = "iwaki-api-tests-no-audience";
    public static final String SECRET = "api-tests-secret";

    public static String keycloakUrl() {
        String url = System.getenv("KEYCLOAK_URL");
        return url != null ? url : "http://localhost:8190";
    }

    @Override
    public Map<String, String> start() {
        String admin = adminToken();
        ensureClient(admin, CLIENT, true);
        ensureClient(admin, CLIENT_WITHOUT_AUDIENCE, false);
        return Map.of("quarkus.oidc.auth-server-url", keycloakUrl() + "/realms/iwaki");
    }

    @Override
    public void stop() {
    }

    public static String adminToken() {
        String user = System.getenv().getOrDefault("KEYCLOAK_ADMIN_USER", "kcadmin");
        String password = System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "kcadmin-demo");
        try {
            return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                    .formParam("username", user).formParam("password", password)
                    .post(keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
        } catch (RuntimeException | AssertionError e) {
            throw new IllegalStateException("The API tests need the real Keycloak that 'make test' starts at "
                    + keycloakUrl() + " (set KEYCLOAK_URL to use another one)", e);
        }
    }

    private static void ensureClient(String adminToken, String clientId, boolean withAudience) {
        String clients = keycloakUrl() + "/admin/realms/iwaki/clients";
        List<?> existing = given().auth().oauth2(adminToken).queryParam("clientId", clientId)
                .get(clients).then().statusCode(200).extract().as(List.class);
        if (!existing.isEmpty()) {
            return;
        }
        Map<String, Object> client = new java.util.HashMap<>(Map.of(
                "clientId", clientId,
                "enabled", true,
                "publicClient", false,
                "secret", SECRET,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true));
        if (withAudience) {
            client.put("protocolMappers", List.of(Map.of(
                    "name", "audience iwaki-api",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.client.audience", "iwaki-api", "access.token.claim", "true"))));
        }
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(client)
                .post(clients).then().statusCode(201);
    }
}
