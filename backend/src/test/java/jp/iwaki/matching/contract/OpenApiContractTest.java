package jp.iwaki.matching.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** openapi.yaml is the contract: the document the code generates must say the same. */
@QuarkusTest
@IntegrationTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode contract;
    private JsonNode generated;

    @BeforeEach
    void load() throws IOException {
        contract = YAML.readTree(Api.SPEC.toFile());
        String document = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        // Kept for whoever mends a drift: the document the code generates, beside the contract.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-generated.yaml"), document);
        generated = YAML.readTree(document);
    }

    @Test
    void theGeneratedDocumentSaysWhatOpenapiYamlSays() {
        List<String> differences = OpenApiShape.differences(OpenApiShape.of(contract), OpenApiShape.of(generated));
        assertThat(differences)
                .withFailMessage(() -> "openapi.yaml and the API differ:\n  " + String.join("\n  ", differences))
                .isEmpty();
    }

    /** Roles on every operation, or an explicit {@code security: []} for the few that are public on purpose. */
    @Test
    void everyOperationStatesItsRolesOrIsExplicitlyPublic() {
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode security = op.getValue().path("security");
            assertThat(security.isArray()).as("%s %s states its security", op.getKey(), path.getKey()).isTrue();
            if (!security.isEmpty()) {
                assertThat(security.get(0).path("keycloak").size()).as("%s %s names its roles", op.getKey(), path.getKey()).isPositive();
            }
        }));
        assertThat(publicOperations(contract)).containsExactly("ping");
    }

    private static List<String> publicOperations(JsonNode document) {
        List<String> found = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().path("security").isArray() && op.getValue().path("security").isEmpty()) {
                found.add(op.getValue().path("operationId").asText());
            }
        }));
        return found;
    }

    @Test
    void aRemovedStatusCodeIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ((ObjectNode) drifted.at("/paths/~1api~1programs~1{code}/put/responses")).remove("412");
        assertThat(OpenApiShape.differences(OpenApiShape.of(drifted), OpenApiShape.of(generated)))
                .anyMatch(d -> d.contains("/responses/412"));
    }

    @Test
    void aChangedPropertyTypeIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ((ObjectNode) drifted.at("/components/schemas/YearlyTarget/properties/value")).put("type", "string");
        assertThat(OpenApiShape.differences(OpenApiShape.of(drifted), OpenApiShape.of(generated)))
                .anyMatch(d -> d.contains("value/type"));
    }

    @Test
    void aChangedRoleIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ArrayNode roles = (ArrayNode) drifted.at("/paths/~1api~1programs~1{code}/put/security/0/keycloak");
        roles.add("coordinator");
        assertThat(OpenApiShape.differences(OpenApiShape.of(drifted), OpenApiShape.of(generated)))
                .anyMatch(d -> d.contains("/security"));
    }

    @Test
    void aMissingRequiredFlagIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ((ArrayNode) drifted.at("/components/schemas/ProgramUpdate/required")).removeAll();
        assertThat(OpenApiShape.differences(OpenApiShape.of(drifted), OpenApiShape.of(generated)))
                .anyMatch(d -> d.contains("required"));
    }
}
