package jp.iwaki.matching.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in CI; this test
 * keeps it honest: same ports, same realm file and same variable names as make run.
 */
class DockerComposeAgreesWithMakefileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JsonNode compose;
    private static String stack;
    private static String makefile;

    @BeforeAll
    static void read() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        stack = Files.readString(ROOT.resolve("backend/infra/lib.sh"));
        makefile = Files.readString(ROOT.resolve("Makefile"));
    }

    @Test
    void publishedPortsAreTheOnesMakeRunUses() {
        Map<String, String> portOfService = Map.of(
                "postgres", "PG_PORT", "keycloak", "KEYCLOAK_PORT", "backend", "API_PORT", "frontend", "SPA_PORT");
        portOfService.forEach((service, variable) -> {
            String demoPort = demoDefault(variable);
            String published = compose.path("services").path(service).path("ports").get(0).asText().split(":")[0];
            assertThat(published).as("%s publishes the port make run gives %s", service, variable).isEqualTo(demoPort);
            assertThat(makefile).as("the Makefile lists port %s", demoPort).contains(demoPort);
        });
    }

    @Test
    void keycloakImportsTheRealmFileMakeRunImports() throws IOException {
        String volume = compose.path("services").path("keycloak").path("volumes").get(0).asText();
        String source = volume.split(":")[0];
        Path realm = ROOT.resolve(source).normalize();
        assertThat(realm).exists();
        assertThat(ROOT.relativize(realm).toString()).isEqualTo("backend/infra/keycloak/iwaki-realm-demo.json");
        assertThat(stack).contains("$INFRA/keycloak/iwaki-realm-demo.json");
        JsonNode parsed = new ObjectMapper().readTree(realm.toFile());
        assertThat(parsed.path("realm").asText()).isEqualTo("iwaki");
        assertThat(volume).endsWith("/opt/keycloak/data/import/iwaki-realm.json:ro");
    }

    @Test
    void theApiGetsTheSameVariablesAndReadsThem() throws IOException {
        Set<String> composeNames = environment("backend");
        Set<String> makeNames = variablesPassedBy("start_api");
        assertThat(composeNames).containsAll(makeNames);
        String properties = Files.readString(ROOT.resolve("backend/src/main/resources/application.properties"));
        for (String name : composeNames) {
            boolean standardQuarkusVariable = name.startsWith("QUARKUS_");
            assertThat(standardQuarkusVariable || properties.contains("${" + name))
                    .as("application.properties reads %s", name).isTrue();
        }
    }

    @Test
    void theSpaGetsTheSameVariablesAndReadsThem() throws IOException {
        Set<String> composeNames = environment("frontend");
        assertThat(composeNames).isEqualTo(variablesPassedBy("start_spa"));
        String viteConfig = Files.readString(ROOT.resolve("frontend/vite.config.ts"));
        composeNames.forEach(name -> assertThat(viteConfig).as("vite.config.ts reads %s", name).contains(name));
    }

    @Test
    void everyServiceHasAHealthCheck() {
        compose.path("services").properties().forEach(service ->
                assertThat(service.getValue().path("healthcheck").path("test").isArray())
                        .as("%s has a health check", service.getKey()).isTrue());
    }

    private static Set<String> environment(String service) {
        Set<String> names = new TreeSet<>();
        compose.path("services").path(service).path("environment").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String demoDefault(String variable) {
        Matcher demo = Pattern.compile("demo\\)(.*?);;", Pattern.DOTALL).matcher(stack);
        assertThat(demo.find()).isTrue();
        Matcher value = Pattern.compile(variable + "=\"\\$\\{" + variable + ":-(\\d+)}\"").matcher(demo.group(1));
        assertThat(value.find()).as("lib.sh gives %s a default for make run", variable).isTrue();
        return value.group(1);
    }

    /** The NAME= assignments an `env` in the given lib.sh function passes to the process. */
    private static Set<String> variablesPassedBy(String function) {
        Matcher body = Pattern.compile(function + "\\(\\) \\{(.*?)\\n}", Pattern.DOTALL).matcher(stack);
        assertThat(body.find()).as("lib.sh defines %s", function).isTrue();
        Set<String> names = new TreeSet<>();
        Matcher assignment = Pattern.compile("(?<![\\w$])([A-Z][A-Z0-9_]+)=").matcher(body.group(1));
        while (assignment.find()) {
            names.add(assignment.group(1));
        }
        return names;
    }
}
