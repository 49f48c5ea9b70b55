package jp.iwaki.matching.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProjectHistoryTest {

    private static Response history(Response project) {
        return Api.as(DemoUser.ADVISOR).get("/api/projects/" + project.path("id") + "/history");
    }

    @Test
    void creatingAndEditingAProjectRecordsWhoChangedWhichFieldFromWhatToWhat() {
        Map<String, Object> body = TestProjects.body();
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects");
        body.put("title", body.get("title") + " 改");
        body.put("events", List.of(Map.of("heldOn", "2025-11-13", "venue", "いわき産業創造館", "capacity", 30)));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(body)
                .put("/api/projects/" + created.path("id")).then().statusCode(200);
        history(created).then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATE"))
                .body("[0].actorName", equalTo("佐藤 花子"))
                .body("[0].changes.field", equalTo(List.of("title", "events")))
                .body("[0].changes[1].from", equalTo("2025-11-12 いわき産業創造館（25）"))
                .body("[0].changes[1].to", equalTo("2025-11-13 いわき産業創造館（30）"))
                .body("[1].action", equalTo("CREATE"))
                .body("[1].changes.find { it.field == 'program' }.to", equalTo("FOOD"));
    }

    @Test
    void participantsInvitationsAndStateChangesAreInTheHistory() {
        Map<String, Object> firmBody = TestFirms.body();
        long firm = TestFirms.create(firmBody).<Integer>path("id");
        Map<String, Object> companyBody = TestBuyers.body();
        long company = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(companyBody).post("/api/buyer-companies")
                .<Integer>path("id");
        long contact = TestBuyers.addContact(company, "山本 一郎").<Integer>path("id");
        Response project = TestProjects.addParticipant(TestProjects.create(), firm, List.of());
        Response invited = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("contactIds", List.of(contact))).put("/api/projects/" + project.path("id") + "/invitations/" + company);
        Response removed = Api.as(DemoUser.COORDINATOR).header("If-Match", invited.header("ETag"))
                .delete("/api/projects/" + project.path("id") + "/participants/" + firm);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", removed.header("ETag"))
                .body(Map.of("state", "OPEN")).post("/api/projects/" + project.path("id") + "/state").then().statusCode(200);

        history(project).then()
                .body("[0].changes[0].field", equalTo("state"))
                .body("[0].changes[0].from", equalTo("PLANNING"))
                .body("[0].changes[0].to", equalTo("OPEN"))
                .body("[1].changes[0].field", equalTo("participants[" + firm + "]"))
                .body("[1].changes[0].from", equalTo(firmBody.get("tradeName")))
                .body("[1].changes[0].to", nullValue())
                .body("[2].changes[0].field", equalTo("invitations[" + company + "]"))
                .body("[2].changes[0].from", nullValue())
                .body("[2].changes[0].to", equalTo(companyBody.get("name") + "（山本 一郎）"))
                .body("[3].changes[0].field", equalTo("participants[" + firm + "]"))
                .body("[3].changes[0].to", equalTo(firmBody.get("tradeName")));
    }

    @Test
    void anUnknownProjectHasNoHistory() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/projects/999999999/history").then().statusCode(404);
    }

    @Test
    void aSecondProjectWithTheSameTitleInTheSameProgramAndYearIs409OnItsTitle() {
        Map<String, Object> body = TestProjects.body();
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects").then().statusCode(201);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects").then()
                .statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title")).body("errors[0].key", equalTo("project.title.taken"));
        body.put("fiscalYear", 2026);
        body.put("startsOn", "2026-06-01");
        body.put("endsOn", "2027-02-28");
        body.put("events", List.of());
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects").then().statusCode(201);
    }
}
