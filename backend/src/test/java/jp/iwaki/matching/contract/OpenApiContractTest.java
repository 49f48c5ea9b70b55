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

/**
 * openapi.yaml is the one description of the API: the application serves it as it is, every
 * JAX-RS route has exactly one operation there with the same method, path, parameters and
 * roles, and every operation has a route. Bodies and status codes are kept honest by the
 * validator every API test sends its requests through ({@link Api}).
 */
@QuarkusTest
@IntegrationTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode contract;

    @BeforeEach
    void load() throws IOException {
        contract = YAML.readTree(Api.SPEC.toFile());
    }

    @Test
    void theApiServesOpenapiYamlAsItIs() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(YAML.readTree(served)).isEqualTo(contract);
    }

    @Test
    void everyRouteHasExactlyOneOperationWithItsParametersAndRoles() {
        List<String> differences = RouteContract.differences(Routes.ofRunningApplication(), Contract.operations(contract));
        assertThat(differences)
                .withFailMessage(() -> "The routes of the API and openapi.yaml differ:\n  " + String.join("\n  ", differences))
                .isEmpty();
    }

    @Test
    void theRoutesAreFoundInTheRunningApplication() {
        assertThat(Routes.ofRunningApplication())
                .extracting(Routes.Route::key)
                .contains("GET /api/me", "PUT /api/firms/{id}", "DELETE /api/projects/{id}/participants/{firmId}");
    }

    @Test
    void everyOperationStatesItsRoles() {
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().isObject() && op.getValue().has("operationId")) {
                assertThat(op.getValue().has("security")).as("%s %s states its security", op.getKey(), path.getKey()).isTrue();
            }
        }));
    }

    /**
     * A public operation says so with an explicit {@code security: []}; only the ping (make bench's floor) and the
     * survey link's operations (the link's token is their credential) are.
     */
    @Test
    void onlyThePingAndTheSurveyLinkArePublic() {
        List<String> open = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().path("security").isArray() && op.getValue().path("security").isEmpty()) {
                open.add(op.getValue().path("operationId").asText());
            }
        }));
        // The ping, and a survey link's three operations, whose token in the path is the credential (no sign-in).
        assertThat(open).containsExactlyInAnyOrder("ping", "getSurveyForm", "saveSurveyDraft", "submitSurveyResponse");
    }

    @Test
    void aRouteWithoutAnOperationIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ((ObjectNode) drifted.at("/paths/~1api~1firms~1{id}")).remove("put");
        assertThat(differencesWith(drifted)).anyMatch(d -> d.startsWith("PUT /api/firms/{id}") && d.contains("0 operations"));
    }

    @Test
    void anOperationWithoutARouteIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ObjectNode extra = ((ObjectNode) drifted.at("/paths")).putObject("/api/firms/{id}/merge").putObject("post");
        extra.put("operationId", "mergeFirm");
        extra.putArray("security").addObject().putArray("keycloak").add("admin");
        assertThat(differencesWith(drifted)).anyMatch(d -> d.startsWith("POST /api/firms/{id}/merge") && d.contains("no route"));
    }

    @Test
    void aChangedRoleIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ((ArrayNode) drifted.at("/paths/~1api~1programs~1{code}/put/security/0/keycloak")).add("coordinator");
        assertThat(differencesWith(drifted)).anyMatch(d -> d.startsWith("PUT /api/programs/{code}") && d.contains("roles"));
    }

    @Test
    void aMissingOrRenamedParameterIsCaught() {
        ObjectNode drifted = contract.deepCopy();
        ArrayNode params = (ArrayNode) drifted.at("/paths/~1api~1firms/get/parameters");
        ObjectNode renamed = params.addObject();
        renamed.put("name", "industryCode").put("in", "query");
        assertThat(differencesWith(drifted)).anyMatch(d -> d.startsWith("GET /api/firms") && d.contains("parameters"));
    }

    private List<String> differencesWith(JsonNode drifted) {
        return RouteContract.differences(Routes.ofRunningApplication(), Contract.operations(drifted));
    }
}
