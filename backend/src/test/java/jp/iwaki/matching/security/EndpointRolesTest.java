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
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.program.TestPrograms;
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

    /** A valid request for each operation, sent as the given user's request. */
    @FunctionalInterface
    private interface Sample {
        Response send(RequestSpecification request, DemoUser user);
    }

    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("getMe", (r, u) -> r.get("/api/me")),
            Map.entry("ping", (r, u) -> r.get("/api/ping")),
            Map.entry("listPrograms", (r, u) -> r.get("/api/programs")),
            Map.entry("getProgram", (r, u) -> r.get("/api/programs/FOOD")),
            Map.entry("updateProgram", (r, u) -> unchangedFoodProgram(r).put("/api/programs/FOOD")),
            Map.entry("listIndustries", (r, u) -> r.get("/api/industries")),
            Map.entry("listAdvisors", (r, u) -> r.get("/api/advisors")),
            Map.entry("listProducts", (r, u) -> r.get("/api/products")),
            Map.entry("exportProducts", (r, u) -> r.queryParam("format", "csv").get("/api/products/export")),
            Map.entry("importProducts", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                    .body(("商号,商品名\r\n" + firmFor(u).path("tradeName") + ",権限テスト商品\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/products/import")),
            Map.entry("exportProjects", (r, u) -> r.queryParam("format", "xlsx").get("/api/projects/export")),
            Map.entry("getProjectHistory", (r, u) -> r.get("/api/projects/" + TestProjects.create().path("id") + "/history")),
            Map.entry("listFirms", (r, u) -> r.get("/api/firms")),
            Map.entry("createFirm", (r, u) -> r.contentType(ContentType.JSON).body(TestFirms.body()).post("/api/firms")),
            Map.entry("getFirm", (r, u) -> r.get("/api/firms/" + firmFor(u).path("id"))),
            Map.entry("updateFirm", (r, u) -> {
                Response firm = firmFor(u);
                return r.contentType(ContentType.JSON).header("If-Match", firm.header("ETag"))
                        .body(inputOf(firm)).put("/api/firms/" + firm.path("id"));
            }),
            Map.entry("archiveFirm", (r, u) -> {
                Response firm = firmFor(u);
                return r.header("If-Match", firm.header("ETag")).post("/api/firms/" + firm.path("id") + "/archive");
            }),
            Map.entry("getFirmHistory", (r, u) -> r.get("/api/firms/" + firmFor(u).path("id") + "/history")),
            Map.entry("listFirmProducts", (r, u) -> r.get("/api/firms/" + firmFor(u).path("id") + "/products")),
            Map.entry("createProduct", (r, u) -> r.contentType(ContentType.JSON).body(TestProducts.body())
                    .post("/api/firms/" + firmFor(u).path("id") + "/products")),
            Map.entry("getProduct", (r, u) -> r.get("/api/products/" + productFor(u).path("id"))),
            Map.entry("updateProduct", (r, u) -> {
                Response product = productFor(u);
                return r.contentType(ContentType.JSON).header("If-Match", product.header("ETag")).body(TestProducts.body())
                        .put("/api/products/" + product.path("id"));
            }),
            Map.entry("replaceProductPhoto", (r, u) -> {
                Response product = productFor(u);
                return r.contentType("image/png").header("If-Match", product.header("ETag")).body(TestProducts.image("png"))
                        .put("/api/products/" + product.path("id") + "/photo");
            }),
            Map.entry("getProductPhoto", (r, u) -> {
                Response product = productFor(u);
                Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                        .body(TestProducts.image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
                return r.get("/api/products/" + product.path("id") + "/photo");
            }),
            Map.entry("listProjects", (r, u) -> r.get("/api/projects")),
            Map.entry("createProject", (r, u) -> r.contentType(ContentType.JSON).body(TestProjects.body()).post("/api/projects")),
            Map.entry("getProject", (r, u) -> r.get("/api/projects/" + TestProjects.create().path("id"))),
            Map.entry("updateProject", (r, u) -> {
                Response project = TestProjects.create();
                return r.contentType(ContentType.JSON).header("If-Match", project.header("ETag")).body(TestProjects.body())
                        .put("/api/projects/" + project.path("id"));
            }),
            Map.entry("changeProjectState", (r, u) -> {
                Response project = TestProjects.create();
                return r.contentType(ContentType.JSON).header("If-Match", project.header("ETag")).body(Map.of("state", "OPEN"))
                        .post("/api/projects/" + project.path("id") + "/state");
            }),
            Map.entry("setProjectParticipant", (r, u) -> {
                Response project = TestProjects.create();
                return r.contentType(ContentType.JSON).header("If-Match", project.header("ETag")).body(Map.of("productIds", List.of()))
                        .put("/api/projects/" + project.path("id") + "/participants/" + firmFor(u).path("id"));
            }),
            Map.entry("removeProjectParticipant", (r, u) -> {
                Response project = TestProjects.addParticipant(TestProjects.create(), firmFor(u).<Integer>path("id"), List.of());
                return r.header("If-Match", project.header("ETag"))
                        .delete("/api/projects/" + project.path("id") + "/participants/" + project.path("participants[0].firmId"));
            }),
            Map.entry("setProjectInvitation", (r, u) -> {
                Response project = TestProjects.create();
                return r.contentType(ContentType.JSON).header("If-Match", project.header("ETag")).body(Map.of("contactIds", List.of()))
                        .put("/api/projects/" + project.path("id") + "/invitations/" + TestBuyers.create().path("id"));
            }),
            Map.entry("removeProjectInvitation", (r, u) -> {
                Response project = TestProjects.invite(TestProjects.create(), TestBuyers.create().<Integer>path("id"));
                return r.header("If-Match", project.header("ETag"))
                        .delete("/api/projects/" + project.path("id") + "/invitations/" + project.path("invitations[0].buyerCompanyId"));
            }),
            Map.entry("listCatalogueProjects", (r, u) -> r.get("/api/catalogue/projects")),
            Map.entry("getCatalogueProject", (r, u) -> r.get("/api/catalogue/projects/" + invitedProject(u).path("id"))),
            Map.entry("getCatalogueProductPhoto", (r, u) -> r.get("/api/catalogue/products/"
                    + invitedProject(u).path("participants[0].products[0].id") + "/photo")),
            Map.entry("listBuyerCompanies", (r, u) -> r.get("/api/buyer-companies")),
            Map.entry("exportFirms", (r, u) -> r.queryParam("format", "xlsx").get("/api/firms/export")),
            Map.entry("importFirms", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                    .body("商号,フリガナ,業種,会員\r\n権限テスト,ケンゲンテスト,E,会員\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/firms/import")),
            Map.entry("exportBuyerCompanies", (r, u) -> r.queryParam("format", "csv").get("/api/buyer-companies/export")),
            Map.entry("importBuyerCompanies", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                    .body("企業名,フリガナ,種別,地域\r\n権限商事,ケンゲンショウジ,商社,首都圏\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/buyer-companies/import")),
            Map.entry("createBuyerCompany", (r, u) -> r.contentType(ContentType.JSON).body(TestBuyers.body()).post("/api/buyer-companies")),
            Map.entry("getBuyerCompany", (r, u) -> r.get("/api/buyer-companies/" + companyFor(u))),
            Map.entry("updateBuyerCompany", (r, u) -> {
                Response company = TestBuyers.create();
                return r.contentType(ContentType.JSON).header("If-Match", company.header("ETag")).body(TestBuyers.body())
                        .put("/api/buyer-companies/" + company.path("id"));
            }),
            Map.entry("archiveBuyerCompany", (r, u) -> {
                Response company = TestBuyers.create();
                return r.header("If-Match", company.header("ETag")).post("/api/buyer-companies/" + company.path("id") + "/archive");
            }),
            Map.entry("getBuyerCompanyHistory", (r, u) -> r.get("/api/buyer-companies/" + companyFor(u) + "/history")),
            Map.entry("listBuyerContacts", (r, u) -> r.get("/api/buyer-companies/" + companyFor(u) + "/contacts")),
            Map.entry("createBuyerContact", (r, u) -> r.contentType(ContentType.JSON).body(Map.of("name", "追加 担当"))
                    .post("/api/buyer-companies/" + companyFor(u) + "/contacts")),
            Map.entry("grantBuyerLogin", (r, u) -> {
                long company = TestBuyers.create().<Integer>path("id");
                Response contact = TestBuyers.addContact(company, "ログイン 付与");
                return r.post("/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login");
            }),
            Map.entry("updateBuyerContact", (r, u) -> {
                long company = TestBuyers.create().<Integer>path("id");
                Response contact = TestBuyers.addContact(company, "更新 担当");
                return r.contentType(ContentType.JSON).header("If-Match", contact.header("ETag")).body(Map.of("name", "更新後 担当"))
                        .put("/api/buyer-companies/" + company + "/contacts/" + contact.path("id"));
            }));

    @TestFactory
    List<DynamicTest> everyOperationAllowsItsRolesAndDeniesTheOthers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            Sample sample = SAMPLES.get(operation.id());
            if (operation.isPublic()) {
                tests.add(DynamicTest.dynamicTest(operation.id() + " is public", () -> {
                    for (DemoUser user : DemoUser.values()) {
                        Response response = sample.send(Api.as(user), user);
                        assertThat(response.statusCode()).as(operation.id() + " as " + user.username).isBetween(200, 299);
                    }
                    assertThat(sample.send(Api.anonymous(), null).statusCode()).as(operation.id() + " without a token").isBetween(200, 299);
                }));
                continue;
            }
            for (DemoUser user : DemoUser.values()) {
                boolean allowed = operation.roles().contains(user.role);
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
            tests.add(DynamicTest.dynamicTest(operation.id() + " without a token is 401", () -> {
                Response response = sample.send(Api.anonymous(), null);
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

    /** An operation and the roles it allows; none, with an explicit {@code security: []}, for a public one. */
    private record Operation(String id, Set<String> roles, boolean isPublic) {
    }

    private static List<Operation> operations() throws IOException {
        JsonNode spec = YAML.readTree(Api.SPEC.toFile());
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            Set<String> roles = new TreeSet<>();
            JsonNode security = op.getValue().path("security");
            security.forEach(req -> req.path("keycloak").forEach(role -> roles.add(role.asText())));
            operations.add(new Operation(op.getValue().path("operationId").asText(), roles, security.isArray() && security.isEmpty()));
        }));
        return operations;
    }

    /** A buyer's own company (a buyer may read only that one), or any company for staff. */
    private static long companyFor(DemoUser user) {
        return user != null && user.role.equals("buyer") ? TestBuyers.linkedCompanyOf(user) : TestBuyers.create().<Integer>path("id");
    }

    /** An open project with a product photo that the given buyer's company (any company for others) is invited to. */
    private static Response invitedProject(DemoUser user) {
        Response product = productFor(user);
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(TestProducts.image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
        Response project = TestProjects.addParticipant(TestProjects.create(), product.<Integer>path("firmId"),
                List.of(product.<Integer>path("id").longValue()));
        return TestProjects.inviteAndOpen(project, companyFor(user));
    }

    /** A product of a firm the user may change if it is an advisor. */
    private static Response productFor(DemoUser user) {
        Response product = TestProducts.create(firmFor(user).<Integer>path("id"), DemoUser.COORDINATOR);
        product.then().statusCode(201);
        return product;
    }

    /** A new firm assigned to the user if it is an advisor (else to the demo advisor), so that an advisor may edit it too. */
    private static Response firmFor(DemoUser user) {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(user != null && user.role.equals("advisor") ? user : DemoUser.ADVISOR));
        Response created = TestFirms.create(body);
        created.then().statusCode(201);
        return created;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inputOf(Response firm) {
        Map<String, Object> input = new HashMap<>(firm.as(Map.class));
        for (String readOnly : List.of("id", "archived", "version", "createdAt", "updatedAt")) {
            input.remove(readOnly);
        }
        Map<String, Object> advisor = (Map<String, Object>) input.remove("advisor");
        if (advisor != null) {
            input.put("advisorSubject", advisor.get("subject"));
        }
        return input;
    }

    /** A PUT that changes nothing, with the current ETag, so that an allowed role gets 200. */
    @SuppressWarnings("unchecked")
    private static RequestSpecification unchangedFoodProgram(RequestSpecification request) {
        Response current = Api.as(DemoUser.ADMIN).get("/api/programs/FOOD");
        Map<String, Object> body = TestPrograms.unchangedBody(current.as(Map.class));
        return request.contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body);
    }
}
