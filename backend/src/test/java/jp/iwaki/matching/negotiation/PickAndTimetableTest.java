package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class PickAndTimetableTest {

    private static String picks(Setup s, long company) {
        return "/api/projects/" + s.projectId() + "/buyers/" + company + "/picks";
    }

    @Test
    void aBuyerFindsProductsByHalfWidthKanaAndPicksThemIdempotently() {
        Setup s = TestNegotiations.setup(null, DemoUser.BUYER);
        String base = "/api/catalogue/projects/" + s.projectId() + "/products";
        // The product reading is イワキサンサンマノミリンボシ: ｻﾝﾏ (half-width) finds it, ﾄﾏﾄ does not.
        Response found = Api.as(DemoUser.BUYER).queryParam("q", "ｻﾝﾏ").get(base);
        found.then().statusCode(200);
        assertThat(found.<List<Integer>>path("items.id")).containsExactly((int) s.productId());
        assertThat(found.<Boolean>path("items[0].picked")).isFalse();
        assertThat(Api.as(DemoUser.BUYER).queryParam("q", "ﾄﾏﾄ").get(base).<Integer>path("total")).isZero();
        for (int i = 0; i < 2; i++) {
            Response picked = Api.as(DemoUser.BUYER).put(picks(s, s.buyerCompanyId()) + "/" + s.productId());
            picked.then().statusCode(200);
            assertThat(picked.<List<Integer>>path("productId")).containsExactly((int) s.productId());
        }
        assertThat(Api.as(DemoUser.BUYER).queryParam("picked", true).get(base).<Boolean>path("items[0].picked")).isTrue();
        assertThat(Api.as(DemoUser.COORDINATOR).get("/api/projects/" + s.projectId() + "/picks").<List<?>>path("")).hasSize(1);
        for (int i = 0; i < 2; i++) {
            Api.as(DemoUser.BUYER).delete(picks(s, s.buyerCompanyId()) + "/" + s.productId()).then().statusCode(200).body("size()", equalTo(0));
        }
    }

    @Test
    void aBuyerSeesOnlyItsOwnPicksAndAnotherBuyersAre404() {
        Setup s = TestNegotiations.setup(null, DemoUser.BUYER);
        long other = TestBuyers.linkedCompanyOf(DemoUser.BUYER2);
        TestProjects.invite(TestNegotiations.project(s.projectId()), other);
        TestNegotiations.pick(s.projectId(), other, s.productId());
        Api.badRequestAs(DemoUser.BUYER).get(picks(s, other)).then().statusCode(404).contentType("application/problem+json");
        Api.badRequestAs(DemoUser.BUYER).put(picks(s, other) + "/" + s.productId()).then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).delete(picks(s, other) + "/" + s.productId()).then().statusCode(404);
        Api.as(DemoUser.BUYER2).get(picks(s, other)).then().statusCode(200).body("size()", equalTo(1));
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects/" + s.projectId() + "/picks").then().statusCode(403);
        // A product not brought to the project, and a project the company is not invited to, are 404 too.
        long stranger = TestProducts.ofFirmAssignedTo(DemoUser.ADVISOR).<Integer>path("id");
        Api.badRequestAs(DemoUser.BUYER).put(picks(s, s.buyerCompanyId()) + "/" + stranger).then().statusCode(404);
        Setup elsewhere = TestNegotiations.setup(null);
        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/projects/" + elsewhere.projectId() + "/products").then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get(picks(elsewhere, s.buyerCompanyId())).then().statusCode(404);
    }

    @Test
    void aPickOutlivesAChangeOfTheProductsAFirmBringsButNotTheProductsRemoval() {
        Setup s = TestNegotiations.setup(null);
        TestNegotiations.pick(s.projectId(), s.buyerCompanyId(), s.productId());
        long second = TestProducts.create(s.firmId(), DemoUser.COORDINATOR).<Integer>path("id");
        TestProjects.addParticipant(TestNegotiations.project(s.projectId()), s.firmId(), List.of(s.productId(), second));
        assertThat(Api.as(DemoUser.COORDINATOR).get(picks(s, s.buyerCompanyId())).<List<?>>path("")).hasSize(1);
        TestProjects.addParticipant(TestNegotiations.project(s.projectId()), s.firmId(), List.of(second));
        assertThat(Api.as(DemoUser.COORDINATOR).get(picks(s, s.buyerCompanyId())).<List<?>>path("")).isEmpty();
    }

    /** A project with the given numbers of invited companies and participating firms, each company picking `perBuyer` firms' products. */
    private static Map<String, Object> event(int buyers, int firms, int perBuyer) {
        Setup s = TestNegotiations.setup(null);
        List<Long> firmIds = new ArrayList<>(List.of(s.firmId()));
        List<Long> productIds = new ArrayList<>(List.of(s.productId()));
        Response project = TestNegotiations.project(s.projectId());
        for (int f = 1; f < firms; f++) {
            Response product = TestProducts.ofFirmAssignedTo(DemoUser.ADVISOR);
            project = TestProjects.addParticipant(project, product.<Integer>path("firmId"), List.of(product.<Integer>path("id").longValue()));
            firmIds.add(product.<Integer>path("firmId").longValue());
            productIds.add(product.<Integer>path("id").longValue());
        }
        List<Long> companies = new ArrayList<>(List.of(s.buyerCompanyId()));
        for (int b = 1; b < buyers; b++) {
            companies.add(s.inviteAnother());
        }
        for (int b = 0; b < buyers; b++) {
            for (int k = 0; k < perBuyer; k++) {
                TestNegotiations.pick(s.projectId(), companies.get(b), productIds.get((b + k) % firms));
            }
        }
        return Map.of("setup", s, "companies", companies, "firms", firmIds);
    }

    @Test
    void theTimetableMeetsEveryPickWhenThereIsRoomAndBooksNobodyTwice() {
        Map<String, Object> e = event(4, 3, 2);
        Setup s = (Setup) e.get("setup");
        Response t = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", TestNegotiations.EVENT_DAY, "startTime", "10:00", "endTime", "11:30", "slotMinutes", 20,
                        "gapMinutes", 10))
                .post("/api/projects/" + s.projectId() + "/timetable");
        t.then().statusCode(200);
        assertThat(t.<List<String>>path("slots.startTime")).containsExactly("10:00", "10:30", "11:00");
        assertThat(t.<String>path("venue")).isEqualTo("いわき産業創造館");
        assertThat(t.<String>path("state")).isEqualTo("DRAFT");
        List<Map<String, Object>> meetings = t.path("meetings");
        assertThat(meetings).hasSize(8);
        assertThat(t.<List<?>>path("unscheduled")).isEmpty();
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> m : meetings) {
            assertThat(taken.add("b" + m.get("buyerCompanyId") + "@" + m.get("slot"))).isTrue();
            assertThat(taken.add("f" + m.get("firmId") + "@" + m.get("slot"))).isTrue();
        }
        // Fewer slots than a firm has picks: the rest is listed, not dropped.
        Response tight = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", t.header("ETag"))
                .body(TestNegotiations.timetableSettings(30, "10:00", "11:00")).post("/api/projects/" + s.projectId() + "/timetable");
        tight.then().statusCode(200);
        assertThat(tight.<List<?>>path("meetings").size() + tight.<List<?>>path("unscheduled").size()).isEqualTo(8);
        assertThat(tight.<List<?>>path("unscheduled")).isNotEmpty();
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(TestNegotiations.timetableSettings(30, "10:00", "11:00"))
                .post("/api/projects/" + s.projectId() + "/timetable").then().statusCode(428);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", t.header("ETag"))
                .body(TestNegotiations.timetableSettings(30, "10:00", "11:00")).post("/api/projects/" + s.projectId() + "/timetable")
                .then().statusCode(412);
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        Setup s = TestNegotiations.setup(null);
        String path = "/api/projects/" + s.projectId() + "/timetable";
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2025-11-13", "startTime", "10:00", "endTime", "12:00", "slotMinutes", 20))
                .post(path).then().statusCode(400).body("errors[0].key", equalTo("timetable.heldOn.notAnEvent"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(TestNegotiations.timetableSettings(20, "12:00", "10:00"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("endTime"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(TestNegotiations.timetableSettings(120, "10:00", "11:00"))
                .post(path).then().statusCode(400).body("errors[0].key", equalTo("timetable.slots.none"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(TestNegotiations.timetableSettings(20, "25:00", "26:00"))
                .post(path).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("startTime"));
        Api.badRequestAs(DemoUser.COORDINATOR).get(path).then().statusCode(404);
    }

    @Test
    void meetingsAreAdjustedByHandWithTheSameConflictChecks() {
        Map<String, Object> e = event(2, 2, 1);
        Setup s = (Setup) e.get("setup");
        @SuppressWarnings("unchecked") List<Long> companies = (List<Long>) e.get("companies");
        @SuppressWarnings("unchecked") List<Long> firms = (List<Long>) e.get("firms");
        Response t = TestNegotiationsTimetable.generate(s, 20, "10:00", "11:00");
        // Company 0 meets firm 0 and company 1 firm 1, both in slot 0.
        assertThat(t.<List<Integer>>path("meetings.slot")).containsExactly(0, 0);
        String meetings = "/api/projects/" + s.projectId() + "/timetable/meetings";
        Response busy = Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", t.header("ETag"))
                .body(Map.of("buyerCompanyId", companies.get(0), "firmId", firms.get(1), "slot", 0)).post(meetings);
        busy.then().statusCode(409);
        assertThat(busy.<String>path("errors[0].field")).isEqualTo("slot");
        assertThat(busy.<String>path("errors[0].key")).isIn("timetable.slot.buyerBusy", "timetable.slot.firmBusy");
        Response added = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", t.header("ETag"))
                .body(Map.of("buyerCompanyId", companies.get(0), "firmId", firms.get(1), "slot", 1)).post(meetings);
        added.then().statusCode(200);
        assertThat(added.<List<?>>path("meetings")).hasSize(3);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", added.header("ETag"))
                .body(Map.of("buyerCompanyId", companies.get(0), "firmId", firms.get(1), "slot", 2)).post(meetings)
                .then().statusCode(409).body("errors[0].key", equalTo("timetable.meeting.exists"));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", added.header("ETag"))
                .body(Map.of("slot", 99)).put(meetings + "/" + added.path("meetings[0].id")).then().statusCode(400)
                .body("errors[0].key", equalTo("timetable.slot.outOfRange"));
        int firmOneAtZero = added.<List<Integer>>path("meetings.firmId").indexOf(firms.get(1).intValue());
        Response moved = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", added.header("ETag"))
                .body(Map.of("slot", 2)).put(meetings + "/" + added.path("meetings[" + firmOneAtZero + "].id"));
        moved.then().statusCode(200);
        Response removed = Api.as(DemoUser.COORDINATOR).header("If-Match", moved.header("ETag"))
                .delete(meetings + "/" + moved.path("meetings[0].id"));
        removed.then().statusCode(200);
        assertThat(removed.<List<?>>path("meetings")).hasSize(2);
        assertThat(removed.<List<?>>path("unscheduled")).hasSize(1);
        Api.badRequestAs(DemoUser.COORDINATOR).header("If-Match", t.header("ETag")).delete(meetings + "/" + moved.path("meetings[1].id"))
                .then().statusCode(412);
        Api.badRequestAs(DemoUser.ADVISOR).header("If-Match", removed.header("ETag")).delete(meetings + "/" + removed.path("meetings[0].id"))
                .then().statusCode(403);
    }

    @Test
    void publishingMakesEveryMeetingAScheduledNegotiationAndTheBuyerSeesItsOwnTimetable() {
        Setup s = TestNegotiations.setup(null, DemoUser.BUYER);
        Response earlier = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        Response t = TestNegotiations.timetable(s);
        String own = "/api/projects/" + s.projectId() + "/timetable/buyers/" + s.buyerCompanyId();
        Api.badRequestAs(DemoUser.BUYER).get(own).then().statusCode(404);
        Api.as(DemoUser.COORDINATOR).get(own).then().statusCode(200);
        Response published = TestNegotiations.publish(s, t);
        assertThat(published.<String>path("state")).isEqualTo("PUBLISHED");
        assertThat(published.<Integer>path("meetings[0].negotiationId")).isEqualTo(earlier.<Integer>path("id"));
        Response n = TestNegotiations.get(earlier.<Integer>path("id"));
        assertThat(n.<String>path("stage")).isEqualTo("SCHEDULED");
        assertThat(n.<String>path("meetingAt")).isEqualTo("2025-11-12T01:00:00Z");
        assertThat(n.<String>path("meetingPlace")).isEqualTo("いわき産業創造館");
        assertThat(n.<String>path("history[-1].actor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.COORDINATOR));

        Response mine = Api.as(DemoUser.BUYER).get(own);
        mine.then().statusCode(200);
        assertThat(mine.<String>path("meetings[0].startTime")).isEqualTo("10:00");
        assertThat(mine.<String>path("meetings[0].products[0].name")).isEqualTo("いわき産さんまのみりん干し");
        assertThat(mine.asString()).doesNotContain("negotiation", "stage", "advisor");
        String ics = Api.as(DemoUser.BUYER).get(own + "/calendar").then().statusCode(200).extract().asString();
        assertThat(ics).contains("BEGIN:VEVENT", "DTSTART:20251112T010000Z", "DTEND:20251112T012000Z", "LOCATION:いわき産業創造館");

        Response firm = Api.as(DemoUser.COORDINATOR).get("/api/projects/" + s.projectId() + "/timetable/firms/" + s.firmId());
        assertThat(firm.<Integer>path("meetings[0].buyerCompanyId")).isEqualTo((int) s.buyerCompanyId());

        // Moving the published meeting moves the negotiation's meeting with it.
        Response moved = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", published.header("ETag"))
                .body(Map.of("slot", 1)).put("/api/projects/" + s.projectId() + "/timetable/meetings/" + published.path("meetings[0].id"));
        moved.then().statusCode(200);
        assertThat(TestNegotiations.get(earlier.<Integer>path("id")).<String>path("meetingAt")).isEqualTo("2025-11-12T01:20:00Z");
    }

    @Test
    void aBuyerReadingAnotherBuyersTimetableGets404() {
        Setup s = TestNegotiations.setup(null, DemoUser.BUYER2);
        TestNegotiations.publish(s, TestNegotiations.timetable(s));
        TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        String theirs = "/api/projects/" + s.projectId() + "/timetable/buyers/" + s.buyerCompanyId();
        Api.as(DemoUser.BUYER2).get(theirs).then().statusCode(200);
        Api.badRequestAs(DemoUser.BUYER).get(theirs).then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get(theirs + "/calendar").then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects/" + s.projectId() + "/timetable").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects/" + s.projectId() + "/timetable/firms/" + s.firmId()).then().statusCode(403);
    }
}
