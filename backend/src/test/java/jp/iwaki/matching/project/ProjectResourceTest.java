package jp.iwaki.matching.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProjectResourceTest {

    @Test
    void coordinatorCreatesAProjectAddsAFirmWithAProductAndInvitesABuyer() {
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        long product = TestProducts.create(firm, DemoUser.COORDINATOR).<Integer>path("id");
        Response company = TestBuyers.create();
        long contact = TestBuyers.addContact(company.<Integer>path("id"), "山本 一郎").<Integer>path("id");

        Response project = TestProjects.create();
        project.then().body("state", equalTo("PLANNING")).body("events[0].venue", equalTo("いわき産業創造館"));
        Response withFirm = TestProjects.addParticipant(project, firm, List.of(product));
        Response invited = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", withFirm.header("ETag"))
                .body(Map.of("contactIds", List.of(contact)))
                .put("/api/projects/" + project.path("id") + "/invitations/" + company.path("id"));
        invited.then().statusCode(200)
                .body("participants[0].firmId", equalTo((int) firm))
                .body("participants[0].products.id", contains((int) product))
                .body("invitations[0].contacts.id", contains((int) contact))
                .body("version", equalTo(2));
        Api.as(DemoUser.ADVISOR).queryParam("fiscalYear", 2025).queryParam("program", "FOOD").get("/api/projects").then()
                .statusCode(200).body("items.find { it.id == " + project.path("id") + " }.participantCount", equalTo(1));
    }

    @Test
    void aFirmTakesPartOnceAndAddingItAgainReplacesItsProducts() {
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        long first = TestProducts.create(firm, DemoUser.COORDINATOR).<Integer>path("id");
        long second = TestProducts.create(firm, DemoUser.COORDINATOR).<Integer>path("id");
        Response project = TestProjects.create();
        Response once = TestProjects.addParticipant(project, firm, List.of(first));
        TestProjects.addParticipant(once, firm, List.of(second)).then()
                .body("participants", hasSize(1))
                .body("participants[0].products.id", contains((int) second));
    }

    @Test
    void aProductOfAnotherFirmIs400() {
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        long otherFirm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        long othersProduct = TestProducts.create(otherFirm, DemoUser.COORDINATOR).<Integer>path("id");
        Response project = TestProjects.create();
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("productIds", List.of(othersProduct))).put("/api/projects/" + project.path("id") + "/participants/" + firm)
                .then().statusCode(400).body("errors[0].field", equalTo("productIds[0]"))
                .body("errors[0].key", equalTo("project.product.notOfFirm"));
    }

    @Test
    void datesOutsideTheFiscalYearAre400() {
        Map<String, Object> body = TestProjects.body();
        body.put("endsOn", "2026-04-01");
        body.put("events", List.of(Map.of("heldOn", "2025-03-31", "venue", "会場")));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects").then()
                .statusCode(400)
                .body("errors.field", hasItem("endsOn"))
                .body("errors.field", hasItem("events[0].heldOn"))
                .body("errors.key", hasItem("project.date.outsideFiscalYear"));
    }

    @Test
    void aProjectGoesFromPlanningToOpenToClosedAndClosedIsReadOnly() {
        Response project = TestProjects.create();
        String path = "/api/projects/" + project.path("id");
        Response open = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("state", "OPEN")).post(path + "/state");
        open.then().statusCode(200).body("state", equalTo("OPEN"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", open.header("ETag"))
                .body(Map.of("state", "PLANNING")).post(path + "/state").then().statusCode(422)
                .body("errors[0].key", equalTo("project.state.transition"));
        Response closed = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", open.header("ETag"))
                .body(Map.of("state", "CLOSED")).post(path + "/state");
        closed.then().statusCode(200);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", closed.header("ETag"))
                .body(TestProjects.body()).put(path).then().statusCode(422).body("errors[0].key", equalTo("project.closed"));
    }

    @Test
    void aStaleEtagIs412() {
        Response project = TestProjects.create();
        TestProjects.invite(project, TestBuyers.create().<Integer>path("id"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("contactIds", List.of())).put("/api/projects/" + project.path("id") + "/invitations/" + TestBuyers.create().path("id"))
                .then().statusCode(412);
    }
}
