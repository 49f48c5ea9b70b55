package jp.iwaki.matching.negotiation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/** Projects, negotiations, picks and timetables made by the tests themselves. */
public final class TestNegotiations {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** The trade meeting day of the projects TestProjects makes. */
    public static final String EVENT_DAY = "2025-11-12";

    private TestNegotiations() {
    }

    /** A project with one firm bringing one product, and one invited buyer company. */
    public record Setup(long projectId, long firmId, long productId, long buyerCompanyId) {
        /** Another invited buyer company in the same project. */
        public long inviteAnother() {
            long company = TestBuyers.create().<Integer>path("id");
            TestProjects.invite(project(projectId), company);
            return company;
        }
    }

    /**
     * A project whose firm belongs to {@code owner} when it is an advisor (else to the demo advisor)
     * and whose invited company is the buyer's own when {@code buyer} is a buyer (else a new one).
     */
    public static Setup setup(DemoUser owner, DemoUser buyer) {
        Response product = TestProducts.ofFirmAssignedTo(owner);
        long firmId = product.<Integer>path("firmId");
        long productId = product.<Integer>path("id");
        Response project = TestProjects.addParticipant(TestProjects.create(), firmId, List.of(productId));
        long company = TestBuyers.companyFor(buyer);
        TestProjects.invite(project, company);
        return new Setup(project.<Integer>path("id"), firmId, productId, company);
    }

    public static Setup setup(DemoUser owner) {
        return setup(owner, null);
    }

    public static Response project(long projectId) {
        return Api.as(DemoUser.COORDINATOR).get("/api/projects/" + projectId);
    }

    /** A negotiation of the setup's firm and company, introduced by the given user. */
    public static Response introduce(Setup setup, DemoUser as) {
        return introduce(setup, setup.buyerCompanyId(), as);
    }

    public static Response introduce(Setup setup, long companyId, DemoUser as) {
        Response created = Api.as(as).contentType(ContentType.JSON)
                .body(Map.of("projectId", setup.projectId(), "firmId", setup.firmId(), "buyerCompanyId", companyId))
                .post("/api/negotiations");
        created.then().statusCode(201);
        return created;
    }

    /** A move's body with what the target stage needs: a reason to close, a deal to win. */
    public static Map<String, Object> moveTo(String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", stage);
        if (stage.equals("LOST") || stage.equals("WITHDRAWN")) {
            body.put("reason", "価格が合わない");
        }
        if (stage.equals("WON")) {
            body.put("deal", Map.of("on", today().toString(), "amountYen", 1_200_000));
        }
        return body;
    }

    public static Response move(Response negotiation, DemoUser as, Map<String, Object> body) {
        return Api.as(as).contentType(ContentType.JSON).header("If-Match", negotiation.header("ETag")).body(body)
                .post("/api/negotiations/" + negotiation.path("id") + "/moves");
    }

    /** The shortest way from INTRODUCED to a stage. */
    public static List<String> pathTo(String stage) {
        return switch (stage) {
            case "INTRODUCED" -> List.of();
            case "SCHEDULED" -> List.of("SCHEDULED");
            case "MET" -> List.of("SCHEDULED", "MET");
            case "CONTINUING" -> List.of("SCHEDULED", "MET", "CONTINUING");
            case "WON" -> List.of("SCHEDULED", "MET", "CONTINUING", "WON");
            case "LOST", "WITHDRAWN" -> List.of(stage);
            default -> throw new IllegalArgumentException(stage);
        };
    }

    /** Moves a new negotiation (as a coordinator) to the stage; returns its latest response. */
    public static Response advance(Response negotiation, String stage) {
        Response current = negotiation;
        for (String next : pathTo(stage)) {
            current = move(current, DemoUser.COORDINATOR, moveTo(next));
            current.then().statusCode(200);
        }
        return current;
    }

    public static Response get(long id) {
        Response found = Api.as(DemoUser.COORDINATOR).get("/api/negotiations/" + id);
        found.then().statusCode(200);
        return found;
    }

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    /** A buyer company's pick, made by a coordinator on its behalf. */
    public static void pick(long projectId, long companyId, long productId) {
        Api.as(DemoUser.COORDINATOR).put("/api/projects/" + projectId + "/buyers/" + companyId + "/picks/" + productId)
                .then().statusCode(200);
    }

    public static Map<String, Object> timetableSettings(int slotMinutes, String start, String end) {
        return Map.of("heldOn", EVENT_DAY, "startTime", start, "endTime", end, "slotMinutes", slotMinutes);
    }

    /** A timetable generated from the setup's one pick (made here). */
    public static Response timetable(Setup setup) {
        pick(setup.projectId(), setup.buyerCompanyId(), setup.productId());
        Response generated = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(timetableSettings(20, "10:00", "12:00"))
                .post("/api/projects/" + setup.projectId() + "/timetable");
        generated.then().statusCode(200);
        return generated;
    }

    public static Response publish(Setup setup, Response timetable) {
        Response published = Api.as(DemoUser.COORDINATOR).header("If-Match", timetable.header("ETag"))
                .post("/api/projects/" + setup.projectId() + "/timetable/publish");
        published.then().statusCode(200);
        return published;
    }

    public static Map<String, Object> lead(Setup setup, UUID clientId, String companyName, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId.toString());
        body.put("projectId", setup.projectId());
        body.put("firmId", setup.firmId());
        body.put("company", Map.of("name", companyName));
        Map<String, Object> person = new HashMap<>(Map.of("name", "展示 太郎"));
        if (email != null) {
            person.put("email", email);
        }
        body.put("person", person);
        body.put("interest", "業務用の冷凍品");
        body.put("productIds", List.of(setup.productId()));
        body.put("capturedAt", java.time.OffsetDateTime.now(JAPAN).minusMinutes(5).withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return body;
    }

    public static String subject(DemoUser user) {
        return TestFirms.advisor(user);
    }
}
