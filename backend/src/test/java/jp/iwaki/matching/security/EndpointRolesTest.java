package jp.iwaki.matching.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every operation of openapi.yaml: each role it names gets 2xx, every other role
 * 403, and a request without a token 401. The roles come from the contract, so a new
 * endpoint cannot ship without a request here.
 */
@QuarkusTest
@IntegrationTest
class EndpointRolesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A valid request for each operation: the method, a concrete path, and how to dress it. */
    private record Sample(String method, String path, UnaryOperator<RequestSpecification> dress) {
    }

    private static final Map<String, Sample> SAMPLES = Map.of(
            "getMe", new Sample("GET", "/api/me", r -> r),
            "listPrograms", new Sample("GET", "/api/programs", r -> r),
            "getProgram", new Sample("GET", "/api/programs/FOOD", r -> r),
            "updateProgram", new Sample("PUT", "/api/programs/FOOD", EndpointRolesTest::unchangedFoodProgram));

    @TestFactory
    List<DynamicTest> everyOperationAllowsItsRolesAndDeniesTheOthers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            Sample sample = SAMPLES.get(operation.id());
            for (DemoUser user : DemoUser.values()) {
                boolean allowed = operation.roles().contains(user.role);
                tests.add(DynamicTest.dynamicTest(operation.id() + " as " + user.username + (allowed ? " is allowed" : " is 403"), () -> {
                    Response response = send(sample, allowed ? Api.as(user) : Api.badRequestAs(user));
                    if (allowed) {
                        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
                    } else {
                        assertThat(response.statusCode()).isEqualTo(403);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(operation.id() + " without a token is 401", () -> {
                Response response = send(sample, Api.anonymous());
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }));
        }
        return tests;
    }

    @Test
    void everyOperationOfTheContractHasASampleRequest() throws IOException {
        Set<String> ids = new TreeSet<>();
        operations().forEach(op -> ids.add(op.id()));
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    private record Operation(String id, Set<String> roles) {
    }

    private static List<Operation> operations() throws IOException {
        JsonNode spec = YAML.readTree(Api.SPEC.toFile());
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            Set<String> roles = new TreeSet<>();
            op.getValue().path("security").forEach(req -> req.path("keycloak").forEach(role -> roles.add(role.asText())));
            operations.add(new Operation(op.getValue().path("operationId").asText(), roles));
        }));
        return operations;
    }

    private static Response send(Sample sample, RequestSpecification request) {
        return sample.dress().apply(request).request(sample.method(), sample.path());
    }

    /** A PUT that changes nothing, with the current ETag, so that an allowed role gets 200. */
    @SuppressWarnings("unchecked")
    private static RequestSpecification unchangedFoodProgram(RequestSpecification request) {
        Response current = Api.as(DemoUser.ADMIN).get("/api/programs/FOOD");
        Map<String, Object> program = current.as(Map.class);
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("nameJa", "nameEn", "descriptionJa", "descriptionEn")) {
            body.put(field, program.get(field));
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Map<String, Object> target : (List<Map<String, Object>>) program.get("targets")) {
            targets.add(Map.of("metric", target.get("metric"), "baseline", target.get("baseline"), "yearly", target.get("yearly")));
        }
        body.put("targets", targets);
        return request.contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body);
    }
}
