package jp.iwaki.matching.negotiation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the negotiation, pick, timetable and lead operations, for the endpoint-roles test. */
public class NegotiationRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("listNegotiations", (r, u) -> r.get("/api/negotiations")),
                Map.entry("getNegotiationBoard", (r, u) -> r.queryParam("limit", 5).get("/api/negotiations/board")),
                Map.entry("exportNegotiations", (r, u) -> r.queryParam("format", "xlsx").queryParam("fiscalYear", 2025)
                        .queryParam("projectId", TestNegotiations.setup(u).projectId()).get("/api/negotiations/export")),
                Map.entry("listMyNegotiations", (r, u) -> r.get("/api/negotiations/mine")),
                Map.entry("getMyNegotiationCalendar", (r, u) -> r.get("/api/negotiations/mine/calendar")),
                Map.entry("createNegotiation", (r, u) -> {
                    Setup s = TestNegotiations.setup(u);
                    return r.contentType(ContentType.JSON)
                            .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId()))
                            .post("/api/negotiations");
                }),
                Map.entry("listNegotiationIntroductionCandidates", (r, u) -> r.queryParam("projectId", picked(u).projectId())
                        .queryParam("source", "BUYER_PICKS").get("/api/negotiations/introduction-candidates")),
                Map.entry("introduceNegotiations", (r, u) -> r.contentType(ContentType.JSON)
                        .body(Map.of("projectId", picked(u).projectId(), "source", "BUYER_PICKS")).post("/api/negotiations/introductions")),
                Map.entry("getNegotiation", (r, u) -> r.get("/api/negotiations/" + owned(u).path("id"))),
                Map.entry("updateNegotiation", (r, u) -> {
                    Response n = owned(u);
                    return r.contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                            .body(Map.of("productIds", List.of(), "interest", "業務用")).put("/api/negotiations/" + n.path("id"));
                }),
                Map.entry("moveNegotiation", (r, u) -> {
                    Response n = owned(u);
                    return r.contentType(ContentType.JSON).header("If-Match", n.header("ETag")).body(Map.of("to", "SCHEDULED"))
                            .post("/api/negotiations/" + n.path("id") + "/moves");
                }),
                Map.entry("reopenNegotiation", (r, u) -> {
                    Response lost = TestNegotiations.advance(owned(u), "LOST");
                    return r.contentType(ContentType.JSON).header("If-Match", lost.header("ETag")).body(Map.of("reason", "再提案"))
                            .post("/api/negotiations/" + lost.path("id") + "/reopen");
                }),
                Map.entry("takeOverNegotiation", (r, u) -> {
                    // An advisor takes over the other advisor's; a coordinator or admin hands one to advisor2.
                    Response n = TestNegotiations.introduce(TestNegotiations.setup(u == DemoUser.ADVISOR ? DemoUser.ADVISOR2 : DemoUser.ADVISOR),
                            DemoUser.COORDINATOR);
                    Map<String, Object> body = new HashMap<>(Map.of("reason", "担当替え"));
                    if (u == DemoUser.COORDINATOR || u == DemoUser.ADMIN) {
                        body.put("advisorSubject", TestNegotiations.subject(DemoUser.ADVISOR2));
                    }
                    return r.contentType(ContentType.JSON).header("If-Match", n.header("ETag")).body(body)
                            .post("/api/negotiations/" + n.path("id") + "/take-over");
                }),
                Map.entry("addNegotiationFollowUp", (r, u) -> r.contentType(ContentType.JSON)
                        .body(Map.of("heldOn", TestNegotiations.today().toString(), "channel", "PHONE", "note", "見積を送付"))
                        .post("/api/negotiations/" + owned(u).path("id") + "/follow-ups")),
                Map.entry("listCatalogueProducts", (r, u) -> r.get("/api/catalogue/projects/" + TestNegotiations.setup(null, u).projectId()
                        + "/products")),
                Map.entry("listProjectPicks", (r, u) -> r.get("/api/projects/" + picked(u).projectId() + "/picks")),
                Map.entry("listBuyerPicks", (r, u) -> {
                    Setup s = TestNegotiations.setup(null, u);
                    return r.get("/api/projects/" + s.projectId() + "/buyers/" + s.buyerCompanyId() + "/picks");
                }),
                Map.entry("pickProduct", (r, u) -> {
                    Setup s = TestNegotiations.setup(null, u);
                    return r.put("/api/projects/" + s.projectId() + "/buyers/" + s.buyerCompanyId() + "/picks/" + s.productId());
                }),
                Map.entry("unpickProduct", (r, u) -> {
                    Setup s = picked(u);
                    return r.delete("/api/projects/" + s.projectId() + "/buyers/" + s.buyerCompanyId() + "/picks/" + s.productId());
                }),
                Map.entry("getTimetable", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    TestNegotiations.timetable(s);
                    return r.get("/api/projects/" + s.projectId() + "/timetable");
                }),
                Map.entry("generateTimetable", (r, u) -> {
                    Setup s = picked(u);
                    return r.contentType(ContentType.JSON).body(TestNegotiations.timetableSettings(15, "13:00", "16:00"))
                            .post("/api/projects/" + s.projectId() + "/timetable");
                }),
                Map.entry("addTimetableMeeting", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    Response timetable = TestNegotiations.timetable(s);
                    long other = s.inviteAnother();
                    return r.contentType(ContentType.JSON).header("If-Match", timetable.header("ETag"))
                            .body(Map.of("buyerCompanyId", other, "firmId", s.firmId(), "slot", 3))
                            .post("/api/projects/" + s.projectId() + "/timetable/meetings");
                }),
                Map.entry("moveTimetableMeeting", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    Response timetable = TestNegotiations.timetable(s);
                    return r.contentType(ContentType.JSON).header("If-Match", timetable.header("ETag")).body(Map.of("slot", 2))
                            .put("/api/projects/" + s.projectId() + "/timetable/meetings/" + timetable.path("meetings[0].id"));
                }),
                Map.entry("removeTimetableMeeting", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    Response timetable = TestNegotiations.timetable(s);
                    return r.header("If-Match", timetable.header("ETag"))
                            .delete("/api/projects/" + s.projectId() + "/timetable/meetings/" + timetable.path("meetings[0].id"));
                }),
                Map.entry("publishTimetable", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    Response timetable = TestNegotiations.timetable(s);
                    return r.header("If-Match", timetable.header("ETag")).post("/api/projects/" + s.projectId() + "/timetable/publish");
                }),
                Map.entry("getBuyerTimetable", (r, u) -> {
                    Setup s = published(u);
                    return r.get("/api/projects/" + s.projectId() + "/timetable/buyers/" + s.buyerCompanyId());
                }),
                Map.entry("getBuyerTimetableCalendar", (r, u) -> {
                    Setup s = published(u);
                    return r.get("/api/projects/" + s.projectId() + "/timetable/buyers/" + s.buyerCompanyId() + "/calendar");
                }),
                Map.entry("getFirmTimetable", (r, u) -> {
                    Setup s = TestNegotiations.setup(null);
                    TestNegotiations.timetable(s);
                    return r.get("/api/projects/" + s.projectId() + "/timetable/firms/" + s.firmId());
                }),
                Map.entry("listLeads", (r, u) -> r.queryParam("mine", true).get("/api/leads")),
                Map.entry("captureLead", (r, u) -> {
                    Setup s = TestNegotiations.setup(u);
                    return r.contentType(ContentType.JSON)
                            .body(TestNegotiations.lead(s, UUID.randomUUID(), "ブース来訪商事" + System.nanoTime(), null))
                            .post("/api/leads");
                }));
    }

    /** A negotiation the user owns when it is an advisor (else owned by the demo advisor). */
    private static Response owned(DemoUser user) {
        return TestNegotiations.introduce(TestNegotiations.setup(user), DemoUser.COORDINATOR);
    }

    /** A project where the (user's own, for a buyer) company picked the setup's product. */
    private static Setup picked(DemoUser user) {
        Setup s = TestNegotiations.setup(null, user);
        TestNegotiations.pick(s.projectId(), s.buyerCompanyId(), s.productId());
        return s;
    }

    /** A published timetable with a meeting of the (user's own, for a buyer) company. */
    private static Setup published(DemoUser user) {
        Setup s = TestNegotiations.setup(null, user);
        TestNegotiations.publish(s, TestNegotiations.timetable(s));
        return s;
    }
}
