package jp.iwaki.matching.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak answers: without it nobody signs in, no token is refreshed, no advisor
 * is listed and no login granted. Asks for the realm's discovery document with a 2 s limit.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;

    KeycloakReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.discovery = URI.create(realmUrl.replaceFirst("/$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        String problem;
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return HealthCheckResponse.named("Keycloak").up().build();
            }
            problem = "HTTP " + status;
        } catch (IOException e) {
            problem = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        return HealthCheckResponse.named("Keycloak").down().withData("problem", problem).build();
    }
}
