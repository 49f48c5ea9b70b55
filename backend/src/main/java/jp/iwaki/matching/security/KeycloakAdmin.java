package jp.iwaki.matching.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.Client;
import jp.iwaki.matching.common.IwakiConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * The Keycloak Admin client of the API's service account, as quarkus-keycloak-admin-rest-client
 * builds it (same settings, quarkus.keycloak.admin-client.*, same HTTP client), but with a read
 * timeout: its own client waits forever for a Keycloak that accepts the connection and never
 * answers, and the advisor list and every login grant waited with it.
 */
@ApplicationScoped
public class KeycloakAdmin {
    private static final String READ_TIMEOUT = "io.quarkus.rest.client.read-timeout";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Keycloak keycloak(@ConfigProperty(name = "quarkus.keycloak.admin-client.server-url") String serverUrl,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.client-id") String clientId,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String clientSecret,
                      IwakiConfig config) {
        Client client = Keycloak.getClientProvider().newRestEasyClient(null, null, false);
        client.property(READ_TIMEOUT, config.keycloak().adminReadTimeout().toMillis());
        return KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm).clientId(clientId).clientSecret(clientSecret)
                .grantType("client_credentials").resteasyClient(client).build();
    }

    void close(@Disposes Keycloak keycloak) {
        keycloak.close();
    }
}
