package jp.iwaki.matching.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two realm files: iwaki-realm.json for production (no users but the API's service account, no
 * secret, the SPA's address from IWAKI_SPA_URL) and iwaki-realm-demo.json for make run, make test
 * and docker compose (demo users, the demo secret, local SPA ports). Apart from those, the two are
 * the same realm, so that what the tests prove holds in production.
 */
class RealmFilesTest {
    private static final Path KEYCLOAK = Path.of("infra", "keycloak").toAbsolutePath();
    private static JsonNode production;
    private static JsonNode demo;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        production = json.readTree(KEYCLOAK.resolve("iwaki-realm.json").toFile());
        demo = json.readTree(KEYCLOAK.resolve("iwaki-realm-demo.json").toFile());
    }

    @Test
    void theProductionRealmHasNoDemoUserNoSecretAndNoLocalAddress() {
        List<String> users = new ArrayList<>();
        production.path("users").forEach(u -> users.add(u.path("username").asText()));
        assertThat(users).containsExactly("service-account-iwaki-api-admin");
        assertThat(production.toString()).doesNotContain("secret\":").doesNotContain("localhost").doesNotContain("\"credentials\"");
        JsonNode spa = client(production, "iwaki-spa");
        assertThat(spa.path("redirectUris").get(0).asText()).isEqualTo("${IWAKI_SPA_URL}/auth/callback");
    }

    @Test
    void bothRealmsHaveThePasswordPolicyBruteForceDetectionAndFineGrainedAdminPermissions() {
        for (JsonNode realm : List.of(production, demo)) {
            assertThat(realm.path("passwordPolicy").asText()).contains("length(12)").contains("notUsername");
            assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
            assertThat(realm.path("failureFactor").asInt()).isBetween(1, 10);
            assertThat(realm.path("adminPermissionsEnabled").asBoolean()).isTrue();
            JsonNode account = realm.path("users").get(realm.path("users").size() - 1);
            assertThat(account.path("serviceAccountClientId").asText()).isEqualTo("iwaki-api-admin");
            // Not manage-users: that would let it give anyone any role. Its rights come from client admin-permissions.
            assertThat(account.path("clientRoles").path("realm-management")).hasSize(1);
            assertThat(account.path("clientRoles").path("realm-management").get(0).asText()).isEqualTo("view-realm");
        }
    }

    @Test
    void everyDemoPasswordSatisfiesThePolicy() {
        demo.path("users").forEach(user -> user.path("credentials").forEach(credential -> {
            String password = credential.path("value").asText();
            assertThat(password.length()).as(user.path("username").asText()).isGreaterThanOrEqualTo(12);
            assertThat(password).isNotEqualToIgnoringCase(user.path("username").asText());
        }));
    }

    @Test
    void theDemoRealmIsTheProductionRealmWithDemoUsersTheDemoSecretAndLocalPorts() {
        ObjectNode withoutDemo = demo.deepCopy();
        ArrayNode users = (ArrayNode) withoutDemo.path("users");
        for (int i = users.size() - 1; i >= 0; i--) {
            if (!users.get(i).has("serviceAccountClientId")) {
                users.remove(i);
            }
        }
        ((ObjectNode) client(withoutDemo, "iwaki-api-admin")).remove("secret");
        ObjectNode spa = (ObjectNode) client(withoutDemo, "iwaki-spa");
        ObjectNode productionSpa = (ObjectNode) client(production, "iwaki-spa");
        spa.set("redirectUris", productionSpa.path("redirectUris"));
        spa.set("webOrigins", productionSpa.path("webOrigins"));
        ((ObjectNode) spa.path("attributes")).set("post.logout.redirect.uris",
                productionSpa.path("attributes").path("post.logout.redirect.uris"));
        assertThat(withoutDemo).isEqualTo(production);
        assertThat(client(demo, "iwaki-spa").path("redirectUris").toString()).contains("http://localhost:5173/auth/callback")
                .contains("http://localhost:5283/auth/callback");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }
}
