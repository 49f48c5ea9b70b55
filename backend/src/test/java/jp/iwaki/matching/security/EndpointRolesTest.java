package jp.iwaki.matching.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.iwaki.matching.buyer.BuyerRoleSamples;
import jp.iwaki.matching.firm.FirmRoleSamples;
import jp.iwaki.matching.imports.ImportRoleSamples;
import jp.iwaki.matching.kpi.KpiRoleSamples;
import jp.iwaki.matching.negotiation.NegotiationRoleSamples;
import jp.iwaki.matching.program.ProgramRoleSamples;
import jp.iwaki.matching.project.ProjectRoleSamples;
import jp.iwaki.matching.survey.SurveyRoleSamples;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.RoleSamples;
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

    /** Each area's samples; a new area adds its own class here. */
    private static final List<RoleSamples> AREAS = List.of(
            new ProgramRoleSamples(), new FirmRoleSamples(), new BuyerRoleSamples(), new ProjectRoleSamples(),
            new ImportRoleSamples(), new NegotiationRoleSamples(), new KpiRoleSamples(),
            new SurveyRoleSamples());

    private static final Map<String, RoleSamples.Sample> SAMPLES = collect();

    private static Map<String, RoleSamples.Sample> collect() {
        Map<String, RoleSamples.Sample> all = new HashMap<>();
        for (RoleSamples area : AREAS) {
            area.samples().forEach((id, sample) -> {
                if (all.put(id, sample) != null) {
                    throw new IllegalStateException("Two role samples for " + id);
                }
            });
        }
        return all;
    }

    @TestFactory
    List<DynamicTest> everyOperationAllowsItsRolesAndDeniesTheOthers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            RoleSamples.Sample sample = SAMPLES.get(operation.id());
            for (DemoUser user : DemoUser.values()) {
                boolean allowed = operation.isPublic() || operation.roles().contains(user.role);
                tests.add(DynamicTest.dynamicTest(operation.id() + " as " + user.username + (allowed ? " is allowed" : " is 403"), () -> {
                    Response response = sample.send(allowed ? Api.as(user) : Api.badRequestAs(user), user);
                    if (allowed) {
                        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
                    } else {
                        assertThat(response.statusCode()).isEqualTo(403);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(operation.id() + " without a token is " + (operation.isPublic() ? "allowed" : "401"), () -> {
                Response response = sample.send(Api.anonymous(), null);
                if (operation.isPublic()) {
                    assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
                } else {
                    assertThat(response.statusCode()).isEqualTo(401);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
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

    /** An operation with {@code security: []} is public: anyone, signed in or not, may call it. */
    private record Operation(String id, Set<String> roles, boolean isPublic) {
    }

    private static List<Operation> operations() throws IOException {
        JsonNode spec = YAML.readTree(Api.SPEC.toFile());
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            Set<String> roles = new TreeSet<>();
            op.getValue().path("security").forEach(req -> req.path("keycloak").forEach(role -> roles.add(role.asText())));
            JsonNode security = op.getValue().path("security");
            operations.add(new Operation(op.getValue().path("operationId").asText(), roles, security.isArray() && security.isEmpty()));
        }));
        return operations;
    }
}
