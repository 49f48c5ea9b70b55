package jp.iwaki.matching.project;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the project and catalogue operations, for the endpoint-roles test. */
public class ProjectRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("listProjects", (r, u) -> r.get("/api/projects")),
                Map.entry("exportProjects", (r, u) -> r.queryParam("format", "xlsx").get("/api/projects/export")),
                Map.entry("createProject", (r, u) -> r.contentType(ContentType.JSON).body(TestProjects.body()).post("/api/projects")),
                Map.entry("getProject", (r, u) -> r.get("/api/projects/" + TestProjects.create().path("id"))),
                Map.entry("getProjectHistory", (r, u) -> r.get("/api/projects/" + TestProjects.create().path("id") + "/history")),
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
                            .put("/api/projects/" + project.path("id") + "/participants/" + TestFirms.assignedTo(u).path("id"));
                }),
                Map.entry("removeProjectParticipant", (r, u) -> {
                    Response project = TestProjects.addParticipant(TestProjects.create(), TestFirms.assignedTo(u).<Integer>path("id"), List.of());
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
                        + invitedProject(u).path("participants[0].products[0].id") + "/photo")));
    }

    /** A project with a product photo that the given buyer's company (any company for others) is invited to. */
    private static Response invitedProject(DemoUser user) {
        Response product = TestProducts.ofFirmAssignedTo(user);
        TestProducts.addPhoto(product);
        Response project = TestProjects.addParticipant(TestProjects.create(), product.<Integer>path("firmId"),
                List.of(product.<Integer>path("id").longValue()));
        return TestProjects.inviteAndOpen(project, TestBuyers.companyFor(user));
    }
}
