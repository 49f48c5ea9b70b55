package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class NegotiationResourceTest {

    @Test
    void anIntroductionRecordsWhoIntroducedWhenAndBelongsToTheFirmsAdvisor() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR2);
        Response n = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        assertThat(n.header("Location")).endsWith("/api/negotiations/" + n.path("id"));
        assertThat(n.header("ETag")).isEqualTo("\"" + n.path("version") + "\"");
        assertThat(n.<String>path("stage")).isEqualTo("INTRODUCED");
        assertThat(n.<String>path("source")).isEqualTo("MANUAL");
        assertThat(n.<String>path("introducedOn")).isEqualTo(TestNegotiations.today().toString());
        assertThat(n.<String>path("introducedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.COORDINATOR));
        assertThat(n.<String>path("advisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(n.<String>path("history[0].kind")).isEqualTo("INTRODUCED");
        assertThat(n.<String>path("history[0].to")).isEqualTo("INTRODUCED");
        assertThat(n.<List<String>>path("allowedMoves")).containsExactly("SCHEDULED", "MET", "LOST", "WITHDRAWN");
        assertThat(n.<Boolean>path("mayChange")).isTrue();
        assertThat(n.<Boolean>path("newTradingPartner")).isFalse();
    }

    @Test
    void aSecondOpenNegotiationOfTheSameFirmBuyerAndProjectIsRefusedNamingTheFirst() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        Response first = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        Response second = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId()))
                .post("/api/negotiations");
        second.then().statusCode(409).contentType("application/problem+json");
        assertThat(second.<String>path("errors[0].key")).isEqualTo("negotiation.open.exists");
        assertThat(second.<Integer>path("errors[0].params.negotiationId")).isEqualTo(first.<Integer>path("id"));
        // Once the first is closed a new one may begin; reopening the first is then refused.
        Response lost = TestNegotiations.advance(first, "LOST");
        Response again = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", lost.header("ETag")).body(Map.of("reason", "再開"))
                .post("/api/negotiations/" + lost.path("id") + "/reopen").then().statusCode(409)
                .body("errors[0].params.negotiationId", org.hamcrest.Matchers.equalTo(again.<Integer>path("id")));
    }

    @Test
    void theDatabaseKeepsOneOpenNegotiationPerFirmBuyerAndProjectEvenWithoutTheService() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        long id = TestNegotiations.introduce(s, DemoUser.COORDINATOR).<Integer>path("id");
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew().run(() ->
                Negotiation.getEntityManager().createNativeQuery("""
                        insert into negotiation (project_id, program_code, fiscal_year, firm_id, buyer_company_id, stage, source,
                          introduced_on, introduced_by_subject, introduced_by_name, stage_changed_at, created_by, updated_by)
                        select project_id, program_code, fiscal_year, firm_id, buyer_company_id, 'MET', 'MANUAL', introduced_on,
                          'x', 'x', now(), 'x', 'x' from negotiation where id = ?1""").setParameter(1, id).executeUpdate()));
        assertThat(refused).hasStackTraceContaining("negotiation_one_open_idx");
    }

    @Test
    void theFirmMustTakePartInTheProjectAndAClosedProjectTakesNoNewNegotiations() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        long outsider = TestFirms.assignedTo(DemoUser.ADVISOR).<Integer>path("id");
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", outsider, "buyerCompanyId", s.buyerCompanyId()))
                .post("/api/negotiations").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("firmId"))
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.firm.notParticipating"));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", 999_999_999))
                .post("/api/negotiations").then().statusCode(404).body("errors[0].field", org.hamcrest.Matchers.equalTo("buyerCompanyId"));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId(),
                        "introducedOn", TestNegotiations.today().plusDays(1).toString(), "productIds", List.of(s.productId(), 999_999_999)))
                .post("/api/negotiations").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("introducedOn", "productIds[1]"));
        Response project = TestNegotiations.project(s.projectId());
        for (String state : List.of("OPEN", "CLOSED")) {
            project = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                    .body(Map.of("state", state)).post("/api/projects/" + s.projectId() + "/state");
            project.then().statusCode(200);
        }
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId()))
                .post("/api/negotiations").then().statusCode(422).body("errors[0].key", org.hamcrest.Matchers.equalTo("project.closed"));
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("projectId", s.projectId()).get("/api/negotiations").<Integer>path("total"))
                .isZero();
    }

    @Test
    void anAdvisorIntroducesForItselfOrTheFirmsAdvisorButNotForAThirdOne() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        Api.badRequestAs(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId(),
                        "advisorSubject", TestNegotiations.subject(DemoUser.COORDINATOR)))
                .post("/api/negotiations").then().statusCode(403).body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.notYours"));
        Response mine = Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "firmId", s.firmId(), "buyerCompanyId", s.buyerCompanyId(),
                        "advisorSubject", TestNegotiations.subject(DemoUser.ADVISOR2)))
                .post("/api/negotiations");
        mine.then().statusCode(201);
        assertThat(mine.<String>path("advisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(mine.<String>path("introducedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
    }

    @Test
    void anAdvisorReadsAnotherAdvisorsNegotiationButMovingItIs403AndWritesNothing() {
        Response n = TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR);
        Response read = Api.as(DemoUser.ADVISOR2).get("/api/negotiations/" + n.path("id"));
        read.then().statusCode(200);
        assertThat(read.<Boolean>path("mayChange")).isFalse();
        Response refused = TestNegotiations.move(n, DemoUser.ADVISOR2, TestNegotiations.moveTo("SCHEDULED"));
        refused.then().statusCode(403).contentType("application/problem+json");
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("negotiation.notYours");
        Api.badRequestAs(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                .body(Map.of("heldOn", TestNegotiations.today().toString(), "channel", "PHONE", "note", "電話"))
                .post("/api/negotiations/" + n.path("id") + "/follow-ups").then().statusCode(403);
        Api.badRequestAs(DemoUser.ADVISOR2).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("productIds", List.of(), "interest", "横取り")).put("/api/negotiations/" + n.path("id")).then().statusCode(403);
        Response after = TestNegotiations.get(n.<Integer>path("id"));
        assertThat(after.<String>path("stage")).isEqualTo("INTRODUCED");
        assertThat(after.<Integer>path("version")).isEqualTo(n.<Integer>path("version"));
        assertThat(after.<List<?>>path("history")).hasSize(1);
        assertThat(after.<List<?>>path("followUps")).isEmpty();
        Api.badRequestAs(DemoUser.BUYER).get("/api/negotiations/" + n.path("id")).then().statusCode(403);
    }

    @Test
    void lostAndWithdrawnNeedAReasonWonNeedsADealAndADealBelongsOnlyToWon() {
        Response met = TestNegotiations.advance(TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR), "MET");
        for (String stage : List.of("LOST", "WITHDRAWN")) {
            TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", stage)).then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"))
                    .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.reason.required"));
        }
        TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", "WON")).then().statusCode(400)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.deal.required"));
        TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", "CONTINUING", "deal", Map.of("on", TestNegotiations.today().toString())))
                .then().statusCode(400).body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.deal.onlyWhenWon"));
        TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", "WON", "deal", Map.of("on", TestNegotiations.today().plusDays(3).toString())))
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("deal.on"));
        TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", "WON", "deal",
                        Map.of("on", TestNegotiations.today().minusYears(3).toString())))
                .then().statusCode(400).body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.deal.beforeIntroduction"));
        assertThat(TestNegotiations.get(met.<Integer>path("id")).<Integer>path("version")).isEqualTo(met.<Integer>path("version"));

        Response won = TestNegotiations.move(met, DemoUser.ADVISOR, Map.of("to", "WON", "note", "初回取引",
                "deal", Map.of("on", TestNegotiations.today().toString(), "amountYen", 2_500_000,
                        "productIds", List.of(setupProduct(met)))));
        won.then().statusCode(200);
        assertThat(won.<String>path("deal.on")).isEqualTo(TestNegotiations.today().toString());
        assertThat(won.<Integer>path("deal.amountYen")).isEqualTo(2_500_000);
        assertThat(won.<List<?>>path("deal.products")).hasSize(1);
        assertThat(won.<String>path("history[-1].note")).isEqualTo("初回取引");
        assertThat(won.<String>path("history[-1].dealOn")).isEqualTo(TestNegotiations.today().toString());
        assertThat(won.<List<?>>path("allowedMoves")).isEmpty();
        assertThat(won.<String>path("reopenTo")).isEqualTo("MET");
    }

    /** The one product of the negotiation's firm, found through the firm's product list. */
    private static int setupProduct(Response negotiation) {
        return Api.as(DemoUser.COORDINATOR).get("/api/firms/" + negotiation.path("firmId") + "/products").<Integer>path("[0].id");
    }

    @Test
    void reopeningIsAnExplicitMoveBackToTheStageItWasClosedFromAndTheDealLivesOnInTheHistory() {
        Response won = TestNegotiations.advance(TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR), "WON");
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", won.header("ETag")).body(Map.of())
                .post("/api/negotiations/" + won.path("id") + "/reopen").then().statusCode(400);
        Response reopened = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", won.header("ETag"))
                .body(Map.of("reason", "追加発注の相談")).post("/api/negotiations/" + won.path("id") + "/reopen");
        reopened.then().statusCode(200);
        assertThat(reopened.<String>path("stage")).isEqualTo("CONTINUING");
        assertThat(reopened.<Object>path("deal")).isNull();
        assertThat(reopened.<String>path("history[-1].kind")).isEqualTo("REOPENED");
        assertThat(reopened.<String>path("history[-1].from")).isEqualTo("WON");
        assertThat(reopened.<String>path("history[-1].to")).isEqualTo("CONTINUING");
        assertThat(reopened.<String>path("history[-1].reason")).isEqualTo("追加発注の相談");
        assertThat(reopened.<String>path("history[-2].dealOn")).isEqualTo(TestNegotiations.today().toString());
        Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", reopened.header("ETag"))
                .body(Map.of("reason", "もう一度")).post("/api/negotiations/" + won.path("id") + "/reopen").then().statusCode(409)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.reopen.notClosed"));
    }

    @Test
    void aTakeOverIsRecordedWithItsReasonAndTheOwnersBeforeAndAfter() {
        Response n = TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR);
        Api.badRequestAs(DemoUser.ADVISOR2).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("reason", "代理", "advisorSubject", TestNegotiations.subject(DemoUser.ADVISOR)))
                .post("/api/negotiations/" + n.path("id") + "/take-over").then().statusCode(403);
        Response taken = Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("reason", "鈴木さんの異動")).post("/api/negotiations/" + n.path("id") + "/take-over");
        taken.then().statusCode(200);
        assertThat(taken.<String>path("advisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(taken.<String>path("history[-1].kind")).isEqualTo("TAKEN_OVER");
        assertThat(taken.<String>path("history[-1].reason")).isEqualTo("鈴木さんの異動");
        assertThat(taken.<String>path("history[-1].fromAdvisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR));
        assertThat(taken.<String>path("history[-1].toAdvisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(taken.<String>path("history[-1].actor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        // The former owner may no longer move it; the new owner may.
        TestNegotiations.move(taken, DemoUser.ADVISOR, TestNegotiations.moveTo("SCHEDULED")).then().statusCode(403);
        TestNegotiations.move(taken, DemoUser.ADVISOR2, TestNegotiations.moveTo("SCHEDULED")).then().statusCode(200);
        Response again = TestNegotiations.get(n.<Integer>path("id"));
        Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON).header("If-Match", again.header("ETag")).body(Map.of("reason", "再度"))
                .post("/api/negotiations/" + n.path("id") + "/take-over").then().statusCode(409)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.takeOver.alreadyOwner"));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", again.header("ETag")).body(Map.of("reason", "戻す"))
                .post("/api/negotiations/" + n.path("id") + "/take-over").then().statusCode(400)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.advisor.required"));
    }

    @Test
    void followUpsAreKeptAsRecordedAndTheNewestSetsTheNextAction() {
        Response n = TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR);
        String today = TestNegotiations.today().toString();
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", today, "channel", "PHONE", "note", "電話", "nextAction", "見積送付"))
                .post("/api/negotiations/" + n.path("id") + "/follow-ups").then().statusCode(400)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("negotiation.nextAction.incomplete"));
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", today, "channel", "FAX", "note", "電話"))
                .post("/api/negotiations/" + n.path("id") + "/follow-ups").then().statusCode(400);
        Response first = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", today, "channel", "VISIT", "note", "試食いただいた", "nextAction", "見積送付",
                        "nextActionOn", TestNegotiations.today().plusDays(7).toString()))
                .post("/api/negotiations/" + n.path("id") + "/follow-ups");
        first.then().statusCode(201);
        assertThat(first.<String>path("nextAction")).isEqualTo("見積送付");
        assertThat(first.header("ETag")).isNotEqualTo(n.header("ETag"));
        Response second = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON)
                .body(Map.of("heldOn", today, "channel", "EMAIL", "note", "見積を送付した"))
                .post("/api/negotiations/" + n.path("id") + "/follow-ups");
        assertThat(second.<Object>path("nextAction")).isNull();
        assertThat(second.<List<?>>path("followUps")).hasSize(2);
        assertThat(second.<String>path("followUps[0].channel")).isEqualTo("EMAIL");
        assertThat(second.<String>path("followUps[1].nextAction")).isEqualTo("見積送付");
        assertThat(second.<String>path("followUps[1].recordedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR));
    }

    @Test
    void historyAndFollowUpsCannotBeChangedThroughTheApiOrInTheDatabase() {
        Response n = TestNegotiations.advance(TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR), "MET");
        long eventId = n.<Integer>path("history[0].id");
        // No operation changes an event: the paths do not exist.
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).body(Map.of("note", "改ざん"))
                .put("/api/negotiations/" + n.path("id") + "/history/" + eventId).then().statusCode(404);
        Api.badRequestAs(DemoUser.ADMIN).delete("/api/negotiations/" + n.path("id") + "/history/" + eventId).then().statusCode(404);
        Api.badRequestAs(DemoUser.ADMIN).delete("/api/negotiations/" + n.path("id")).then().statusCode(405);
        for (String sql : List.of("update negotiation_event set note = 'x' where id = ?1", "delete from negotiation_event where id = ?1")) {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew().run(() ->
                    Negotiation.getEntityManager().createNativeQuery(sql).setParameter(1, eventId).executeUpdate()));
            assertThat(refused).hasStackTraceContaining("never changed or deleted");
        }
        assertThat(TestNegotiations.get(n.<Integer>path("id")).<List<?>>path("history")).hasSize(3);
    }

    @Test
    void aChangeRecordsOneEventWithTheFieldsChangedAndNoneWhenNothingChanged() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        Response n = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        Response changed = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("interest", "業務用の冷凍品", "productIds", List.of(s.productId()), "meetingPlace", "東京ビッグサイト",
                        "note", "展示会で聞いた"))
                .put("/api/negotiations/" + n.path("id"));
        changed.then().statusCode(200);
        assertThat(changed.<String>path("history[-1].kind")).isEqualTo("CHANGED");
        assertThat(changed.<List<String>>path("history[-1].changes.field")).containsExactly("meetingPlace", "interest", "products");
        Response same = Api.as(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", changed.header("ETag"))
                .body(Map.of("interest", "業務用の冷凍品", "productIds", List.of(s.productId()), "meetingPlace", "東京ビッグサイト"))
                .put("/api/negotiations/" + n.path("id"));
        assertThat(same.<List<?>>path("history")).hasSize(2);
        assertThat(same.header("ETag")).isEqualTo(changed.header("ETag"));
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).body(Map.of("productIds", List.of()))
                .put("/api/negotiations/" + n.path("id")).then().statusCode(428);
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag")).body(Map.of("productIds", List.of()))
                .put("/api/negotiations/" + n.path("id")).then().statusCode(412);
    }

    @Test
    void twoAtOnceMovingTheSameNegotiationOneWinsTheOtherGets412AndSeesTheWinnersMove() throws Exception {
        for (int round = 0; round < 3; round++) {
            Response n = TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Response> byOwner = () -> {
                    start.await();
                    return Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                            .body(TestNegotiations.moveTo("SCHEDULED")).post("/api/negotiations/" + n.path("id") + "/moves");
                };
                Callable<Response> byCoordinator = () -> {
                    start.await();
                    return Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                            .body(TestNegotiations.moveTo("WITHDRAWN")).post("/api/negotiations/" + n.path("id") + "/moves");
                };
                Future<Response> a = pool.submit(byOwner);
                Future<Response> b = pool.submit(byCoordinator);
                start.countDown();
                List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
                Response winner = a.get().statusCode() == 200 ? a.get() : b.get();
                Response loser = a.get().statusCode() == 412 ? a.get() : b.get();
                assertThat(loser.contentType()).startsWith("application/problem+json");
                Response after = TestNegotiations.get(n.<Integer>path("id"));
                assertThat(after.<String>path("stage")).isEqualTo(winner.<String>path("stage"));
                assertThat(after.<List<?>>path("history")).hasSize(2);
                assertThat(after.<String>path("history[-1].actor.subject"))
                        .isEqualTo(TestNegotiations.subject(winner == a.get() ? DemoUser.ADVISOR : DemoUser.COORDINATOR));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void myNegotiationsPutOverdueAndTodaysNextActionsFirstAndTheCalendarHasMeetingsAndActions() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR2);
        Map<String, Long> byDue = new HashMap<>();
        int[] offsets = {5, -3, 0};
        String[] names = {"UPCOMING", "OVERDUE", "TODAY"};
        for (int i = 0; i < offsets.length; i++) {
            long company = TestBuyers.create().<Integer>path("id");
            Response n = TestNegotiations.introduce(s, company, DemoUser.COORDINATOR);
            String heldOn = TestNegotiations.today().plusDays(Math.min(0, offsets[i])).toString();
            Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                    .body(Map.of("heldOn", heldOn, "channel", "PHONE", "note", "連絡", "nextAction", "再連絡 " + names[i],
                            "nextActionOn", TestNegotiations.today().plusDays(offsets[i]).toString()))
                    .post("/api/negotiations/" + n.path("id") + "/follow-ups").then().statusCode(201);
            byDue.put(names[i], n.<Integer>path("id").longValue());
        }
        Response scheduled = TestNegotiations.introduce(s, TestBuyers.create().<Integer>path("id"), DemoUser.COORDINATOR);
        String meetingAt = TestNegotiations.today().plusDays(2).atTime(14, 0).atZone(TestNegotiations.JAPAN).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        TestNegotiations.move(scheduled, DemoUser.ADVISOR2, Map.of("to", "SCHEDULED", "meetingAt", meetingAt, "meetingPlace", "本社"))
                .then().statusCode(200);

        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Response mine = Api.as(DemoUser.ADVISOR2).queryParam("size", 200).queryParam("page", page).get("/api/negotiations/mine");
            mine.then().statusCode(200);
            List<Map<String, Object>> found = mine.path("items");
            items.addAll(found);
            if (found.size() < 200) {
                break;
            }
        }
        List<Long> ids = items.stream().map(i -> ((Number) ((Map<?, ?>) i.get("negotiation")).get("id")).longValue()).toList();
        assertThat(ids.indexOf(byDue.get("OVERDUE"))).isLessThan(ids.indexOf(byDue.get("TODAY")));
        assertThat(ids.indexOf(byDue.get("TODAY"))).isLessThan(ids.indexOf(byDue.get("UPCOMING")));
        assertThat(ids.indexOf(byDue.get("UPCOMING"))).isLessThan(ids.indexOf(scheduled.<Integer>path("id").longValue()));
        Map<Long, String> dues = new HashMap<>();
        items.forEach(i -> dues.put(((Number) ((Map<?, ?>) i.get("negotiation")).get("id")).longValue(), (String) i.get("due")));
        byDue.forEach((due, id) -> assertThat(dues.get(id)).isEqualTo(due));
        assertThat(items).allMatch(i -> TestNegotiations.subject(DemoUser.ADVISOR2).equals(((Map<?, ?>) ((Map<?, ?>) i.get("negotiation")).get("advisor")).get("subject")));

        Response calendar = Api.as(DemoUser.ADVISOR2).get("/api/negotiations/mine/calendar");
        calendar.then().statusCode(200).contentType("text/calendar");
        String ics = calendar.asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:negotiation-" + scheduled.path("id") + "-meeting@iwaki-matching")
                .contains("UID:negotiation-" + byDue.get("TODAY") + "-action@iwaki-matching")
                .contains("UID:negotiation-" + byDue.get("UPCOMING") + "-action@iwaki-matching")
                .doesNotContain("UID:negotiation-" + byDue.get("OVERDUE") + "-action@")
                .contains("LOCATION:本社");
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/negotiations/mine").then().statusCode(403);
    }

    @Test
    void everyFailureIsProblemJsonNamingTheField() {
        Response n = TestNegotiations.introduce(TestNegotiations.setup(DemoUser.ADVISOR), DemoUser.COORDINATOR);
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("to", "DONE")).post("/api/negotiations/" + n.path("id") + "/moves").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).header("If-Match", n.header("ETag"))
                .body(Map.of("to", "SCHEDULED", "extra", 1)).post("/api/negotiations/" + n.path("id") + "/moves").then().statusCode(400)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("json.unknownField"));
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).body(TestNegotiations.moveTo("SCHEDULED"))
                .post("/api/negotiations/" + n.path("id") + "/moves").then().statusCode(428);
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("stage", "NOPE").get("/api/negotiations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("stage"));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("sort", "firm").get("/api/negotiations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"));
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/negotiations/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/negotiations/introduction-candidates").then().statusCode(400);
    }

    @Test
    void aBuyerSeesNoNegotiationAtAll() {
        Api.badRequestAs(DemoUser.BUYER).get("/api/negotiations").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/negotiations/board").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/negotiations/export").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/leads").then().statusCode(403);
    }
}
