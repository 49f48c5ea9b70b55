package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * NUL and the other refused characters in every text field of every request body, in every string
 * query parameter and in every cell of every CSV import the contract describes: 400 problem+json
 * naming the field, and nothing written. The fields come from openapi.yaml, so a new operation is
 * covered without a line here.
 */
@QuarkusTest
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> REFUSED = List.of("a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u202Eb",
            "a\uD800b");

    @Inject
    EntityManager entities;

    private JsonNode spec;
    private Map<String, Long> rowsBefore;

    @BeforeAll
    void countRows() throws IOException {
        spec = YAML.readTree(Api.SPEC.toFile());
        rowsBefore = rowCounts();
    }

    @AfterAll
    void nothingWasWritten() {
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    /** The number of rows of every table of the application. */
    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<String> tables = entities.createNativeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name").getResultList();
            for (String table : tables) {
                counts.put(table, ((Number) entities.createNativeQuery("select count(*) from \"" + table + "\"").getSingleResult()).longValue());
            }
            return counts;
        });
    }

    private record Operation(String method, String path, JsonNode node) {
        DemoUser user() {
            String role = node.path("security").path(0).path("keycloak").path(0).asText();
            for (DemoUser user : DemoUser.values()) {
                if (user.role.equals(role)) {
                    return user;
                }
            }
            throw new IllegalStateException("No demo user has role " + role);
        }

        Response send(RequestSpecification request) {
            return request.request(method.toUpperCase(), path);
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            operations.add(new Operation(op.getKey(), concretePath(path.getKey(), op.getValue()), op.getValue()));
        }));
        return operations;
    }

    /** The path with each parameter given a value of its type: an enum's first value, else 1. */
    private String concretePath(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : parameters(operation)) {
            if (parameter.path("in").asText().equals("path")) {
                JsonNode schema = resolve(parameter.path("schema"));
                String value = schema.has("enum") ? schema.path("enum").path(0).asText() : "1";
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        return path;
    }

    @TestFactory
    List<DynamicTest> everyTextFieldOfEveryJsonBodyRefusesControlCharacters() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode schema = operation.node().path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                continue;
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            stringFields(resolve(schema), "", fields, new HashSet<>());
            fields.forEach((field, fieldSchema) -> tests.add(DynamicTest.dynamicTest(
                    operation.node().path("operationId").asText() + " refuses NUL in " + field, () -> {
                        Response response = operation.send(Api.badRequestAs(operation.user())
                                .contentType(ContentType.JSON).body(bodyWith(field, "a\u0000b")));
                        assertThat(response.statusCode()).as(field).isEqualTo(400);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                        assertThat(response.<List<String>>path("errors.field")).containsExactly(field);
                        if (!fieldSchema.has("enum") && !fieldSchema.has("format")) {
                            assertThat(response.<String>path("errors[0].key")).isEqualTo("text.controlCharacter");
                        }
                    })));
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyStringQueryParameterRefusesControlCharacters() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (JsonNode parameter : parameters(operation.node())) {
                if (!parameter.path("in").asText().equals("query") || !resolve(parameter.path("schema")).path("type").asText().equals("string")) {
                    continue;
                }
                String name = parameter.path("name").asText();
                tests.add(DynamicTest.dynamicTest(operation.node().path("operationId").asText() + " refuses a control character in ?" + name, () -> {
                    Response response = operation.send(Api.badRequestAs(operation.user()).queryParam(name, "a\u0000b"));
                    assertThat(response.statusCode()).isEqualTo(400);
                    assertThat(response.<List<String>>path("errors.field")).containsExactly(name);
                    assertThat(response.<String>path("errors[0].key")).isEqualTo("text.controlCharacter");
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyCsvImportRefusesAFileWithAControlCharacterNamingTheCell() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode body = resolve(operation.node().path("requestBody"));
            if (!body.path("content").has("text/csv")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(operation.node().path("operationId").asText() + " refuses the file", () -> {
                byte[] file = "名前,メモ\r\nいわき,ok\r\nふぁーむ,a\u0000b\r\n".getBytes(StandardCharsets.UTF_8);
                Response response = operation.send(Api.badRequestAs(operation.user()).contentType("text/csv")
                        .queryParam("dryRun", false).body(file));
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(response.<List<String>>path("errors.field")).containsExactly("rows[3].メモ");
                assertThat(response.<String>path("errors[0].key")).isEqualTo("text.controlCharacter");
                assertThat(response.<String>path("errors[0].params.character")).isEqualTo("U+0000");
            }));
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @Test
    void everyKindOfRefusedCharacterIsRefusedAndTabsAndLineBreaksAreNot() {
        for (String text : REFUSED) {
            StringBuilder escaped = new StringBuilder();
            text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
            Response response = Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                    .body("{\"name\": \"" + escaped + "\"}").post("/api/firms/1/products");
            assertThat(response.statusCode()).as("U+%04X", text.codePointAt(1)).isEqualTo(400);
            assertThat(response.<String>path("errors[0].key")).isEqualTo("text.controlCharacter");
        }
        // Tab, line feed and carriage return are white space: folded in a name, kept in notes.
        Response lines = Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("tradeName", "いわき\t製作所\r\n", "notes", "1行目\r\n2行目")).post("/api/firms");
        assertThat(lines.statusCode()).isEqualTo(400);
        assertThat(lines.<List<String>>path("errors.field")).doesNotContain("tradeName", "notes");
    }

    @Test
    void aBodyFieldNamesTheNestedPathAndTheCharacter() {
        Response response = Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(Map.of("heldOn", "2025-06-12", "venue", "いわき\u0000会場")))).post("/api/projects");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("errors[0].field")).isEqualTo("events[0].venue");
        assertThat(response.<String>path("errors[0].params.character")).isEqualTo("U+0000");
    }

    /** A body that holds only the given field (a.b[0].c) with the given text: Jackson meets it first. */
    private static Object bodyWith(String field, String text) {
        Object value = text;
        String[] steps = field.split("\\.");
        for (int i = steps.length - 1; i >= 0; i--) {
            String step = steps[i];
            if (step.endsWith("[0]")) {
                value = Map.of(step.substring(0, step.length() - 3), List.of(value));
            } else {
                value = Map.of(step, value);
            }
        }
        return value;
    }

    /** Every string property (path → its schema), through nested objects and arrays of objects. */
    private void stringFields(JsonNode schema, String prefix, Map<String, JsonNode> fields, Set<String> seen) {
        schema.path("properties").properties().forEach(property -> {
            JsonNode propertySchema = resolve(property.getValue());
            String path = prefix + property.getKey();
            if (propertySchema.path("type").asText().equals("string")) {
                fields.put(path, propertySchema);
            } else if (propertySchema.path("type").asText().equals("array")) {
                JsonNode items = resolve(propertySchema.path("items"));
                if (items.path("type").asText().equals("string")) {
                    fields.put(path + "[0]", items);
                } else if (items.has("properties") && seen.add(path)) {
                    stringFields(items, path + "[0].", fields, seen);
                }
            } else if (propertySchema.has("properties") && seen.add(path)) {
                stringFields(propertySchema, path + ".", fields, seen);
            }
        });
    }

    private List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            String[] parts = resolved.path("$ref").asText().substring(2).split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.path(part);
            }
            resolved = target;
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            return resolve(resolved.path("allOf").path(0));
        }
        return resolved;
    }
}
