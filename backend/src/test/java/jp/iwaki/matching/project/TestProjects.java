package jp.iwaki.matching.project;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/** Projects made by the tests themselves. */
public final class TestProjects {
    private TestProjects() {
    }

    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("program", "FOOD");
        body.put("fiscalYear", 2025);
        body.put("title", "メイド in いわき 商談会 " + System.nanoTime());
        body.put("startsOn", "2025-06-01");
        body.put("endsOn", "2026-02-28");
        body.put("partners", List.of("いわき観光まちづくりビューロー"));
        body.put("events", List.of(Map.of("heldOn", "2025-11-12", "venue", "いわき産業創造館", "capacity", 25)));
        return body;
    }

    public static Response create() {
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body()).post("/api/projects");
        created.then().statusCode(201);
        return created;
    }

    public static Response addParticipant(Response project, long firmId, List<Long> productIds) {
        Response changed = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("productIds", productIds)).put("/api/projects/" + project.path("id") + "/participants/" + firmId);
        changed.then().statusCode(200);
        return changed;
    }

    public static Response invite(Response project, long companyId) {
        Response changed = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("contactIds", List.of())).put("/api/projects/" + project.path("id") + "/invitations/" + companyId);
        changed.then().statusCode(200);
        return changed;
    }

    /** Moves the project on to the given state (OPEN from planning, CLOSED from open). */
    public static Response changeState(Response project, String state) {
        Response changed = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("state", state)).post("/api/projects/" + project.path("id") + "/state");
        changed.then().statusCode(200);
        return changed;
    }

    /** A project the given company is invited to, open (shown in the catalogue). */
    public static Response inviteAndOpen(Response project, long companyId) {
        return changeState(invite(project, companyId), "OPEN");
    }
}
