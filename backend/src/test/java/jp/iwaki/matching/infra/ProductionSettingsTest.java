package jp.iwaki.matching.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The production profile takes the database and Keycloak from the environment and refuses to
 * start without them, instead of quietly using the demo stack's addresses and secret.
 */
class ProductionSettingsTest {
    private static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties").toAbsolutePath();
    private static final List<String> REQUIRED = List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
            "quarkus.datasource.password", "quarkus.oidc.auth-server-url", "quarkus.keycloak.admin-client.server-url",
            "quarkus.keycloak.admin-client.client-secret");

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile)
                .withSources(new PropertiesConfigSource(PROPERTIES.toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    @Test
    void withoutTheEnvironmentNoDatabaseOrKeycloakSettingIsThere() throws IOException {
        SmallRyeConfig production = config("prod", Map.of());
        for (String property : REQUIRED) {
            assertThatThrownBy(() -> production.getValue(property, String.class)).as(property)
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void theEnvironmentGivesThemAll() throws IOException {
        SmallRyeConfig production = config("prod", Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db.example/iwaki",
                "QUARKUS_DATASOURCE_USERNAME", "app", "QUARKUS_DATASOURCE_PASSWORD", "secret",
                "KEYCLOAK_URL", "https://sso.example", "KEYCLOAK_ADMIN_CLIENT_SECRET", "generated"));
        assertThat(production.getValue("quarkus.datasource.jdbc.url", String.class)).isEqualTo("jdbc:postgresql://db.example/iwaki");
        assertThat(production.getValue("quarkus.oidc.auth-server-url", String.class)).isEqualTo("https://sso.example/realms/iwaki");
        assertThat(production.getValue("quarkus.keycloak.admin-client.server-url", String.class)).isEqualTo("https://sso.example");
        assertThat(production.getValue("quarkus.keycloak.admin-client.client-secret", String.class)).isEqualTo("generated");
    }

    @Test
    void theDemoFallsBackToTheLocalStack() throws IOException {
        SmallRyeConfig demo = config("demo", Map.of());
        assertThat(demo.getValue("quarkus.datasource.jdbc.url", String.class)).isEqualTo("jdbc:postgresql://localhost:15432/iwaki");
        assertThat(demo.getValue("quarkus.oidc.auth-server-url", String.class)).isEqualTo("http://localhost:8180/realms/iwaki");
        assertThat(demo.getValue("quarkus.keycloak.admin-client.client-secret", String.class)).isEqualTo("iwaki-api-admin-demo-secret");
    }
}
