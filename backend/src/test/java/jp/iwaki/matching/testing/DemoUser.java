package jp.iwaki.matching.testing;

import io.quarkus.test.keycloak.client.KeycloakTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The users of the imported realm, one per role plus a second advisor and a second buyer of another company. */
public enum DemoUser {
    COORDINATOR("coordinator", "coordinator-demo", "coordinator"),
    ADVISOR("advisor", "advisor-demo", "advisor"),
    ADVISOR2("advisor2", "advisor2-demo", "advisor"),
    ADMIN("admin", "admin-demo-iwaki", "admin"),
    BUYER("buyer", "buyer-demo-iwaki", "buyer"),
    BUYER2("buyer2", "buyer2-demo-iwaki", "buyer");

    private static final Map<DemoUser, String> TOKENS = new EnumMap<>(DemoUser.class);
    private static final Map<DemoUser, Instant> FETCHED = new EnumMap<>(DemoUser.class);

    public final String username;
    public final String password;
    public final String role;

    DemoUser(String username, String password, String role) {
        this.username = username;
        this.password = password;
        this.role = role;
    }

    /** A real access token from Keycloak, reused for a minute (they live five). */
    public String token() {
        synchronized (TOKENS) {
            Instant fetched = FETCHED.get(this);
            if (fetched == null || fetched.isBefore(Instant.now().minus(Duration.ofMinutes(1)))) {
                TOKENS.put(this, tokenFor(KeycloakTestRealm.CLIENT));
                FETCHED.put(this, Instant.now());
            }
            return TOKENS.get(this);
        }
    }

    public String tokenFor(String clientId) {
        return new KeycloakTestClient(KeycloakTestRealm.keycloakUrl() + "/realms/iwaki")
                .getAccessToken(username, password, clientId, KeycloakTestRealm.SECRET);
    }
}
