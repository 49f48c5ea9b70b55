package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 新規取引先 on hand-built cases: a WON negotiation with a buyer company with which the firm had no
 * earlier WON (by deal date). Computed from the records; nobody types it.
 */
@QuarkusTest
@IntegrationTest
class NewTradingPartnerTest {

    /** A negotiation of the firm with the company in a project of its own, introduced some days ago and won on the given day. */
    private static Response wonOn(Setup firmSetup, long company, LocalDate dealOn) {
        Response n = introducedIn(firmSetup, company, dealOn.minusDays(30));
        Response met = TestNegotiations.advance(n, "MET");
        Response won = TestNegotiations.move(met, DemoUser.COORDINATOR, Map.of("to", "WON", "deal", Map.of("on", dealOn.toString())));
        won.then().statusCode(200);
        return won;
    }

    /** A new project the setup's firm takes part in, and a negotiation there introduced on the day. */
    private static Response introducedIn(Setup firmSetup, long company, LocalDate introducedOn) {
        Response project = TestProjects.addParticipant(TestProjects.create(), firmSetup.firmId(), List.of());
        Response n = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", project.path("id"), "firmId", firmSetup.firmId(), "buyerCompanyId", company,
                        "introducedOn", introducedOn.toString()))
                .post("/api/negotiations");
        n.then().statusCode(201);
        return n;
    }

    private static boolean newPartner(Response negotiation) {
        return TestNegotiations.get(negotiation.<Integer>path("id")).path("newTradingPartner");
    }

    @Test
    void theFirstWonWithABuyerIsANewTradingPartnerAndTheSecondIsNot() {
        Setup firm = TestNegotiations.setup(DemoUser.ADVISOR);
        long company = TestBuyers.create().<Integer>path("id");
        LocalDate today = TestNegotiations.today();
        Response first = wonOn(firm, company, today.minusDays(60));
        assertThat(first.<Boolean>path("newTradingPartner")).isTrue();
        Response second = wonOn(firm, company, today.minusDays(10));
        assertThat(second.<Boolean>path("newTradingPartner")).isFalse();
        assertThat(newPartner(first)).isTrue();
        // Another firm's first WON with the same company is new for that firm.
        Setup otherFirm = TestNegotiations.setup(DemoUser.ADVISOR);
        assertThat(wonOn(otherFirm, company, today.minusDays(5)).<Boolean>path("newTradingPartner")).isTrue();
    }

    @Test
    void aWonAfterAnEarlierLostWithTheSameBuyerIsStillANewTradingPartner() {
        Setup firm = TestNegotiations.setup(DemoUser.ADVISOR);
        long company = TestBuyers.create().<Integer>path("id");
        Response lost = TestNegotiations.advance(introducedIn(firm, company, TestNegotiations.today().minusDays(90)), "LOST");
        assertThat(lost.<Boolean>path("newTradingPartner")).isFalse();
        Response won = wonOn(firm, company, TestNegotiations.today().minusDays(1));
        assertThat(won.<Boolean>path("newTradingPartner")).isTrue();
    }

    @Test
    void theOrderIsTheDealDateNotTheOrderOfRecording() {
        Setup firm = TestNegotiations.setup(DemoUser.ADVISOR);
        long company = TestBuyers.create().<Integer>path("id");
        LocalDate today = TestNegotiations.today();
        Response recordedFirst = wonOn(firm, company, today.minusDays(3));
        Response earlierDeal = wonOn(firm, company, today.minusDays(40));
        assertThat(newPartner(earlierDeal)).isTrue();
        assertThat(newPartner(recordedFirst)).isFalse();
    }

    @Test
    void reopeningTheFirstWonMakesTheNextOneTheNewTradingPartner() {
        Setup firm = TestNegotiations.setup(DemoUser.ADVISOR);
        long company = TestBuyers.create().<Integer>path("id");
        LocalDate today = TestNegotiations.today();
        Response first = wonOn(firm, company, today.minusDays(50));
        Response second = wonOn(firm, company, today.minusDays(20));
        assertThat(newPartner(second)).isFalse();
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", first.header("ETag"))
                .body(Map.of("reason", "取引条件の再交渉")).post("/api/negotiations/" + first.path("id") + "/reopen").then().statusCode(200);
        assertThat(newPartner(first)).isFalse();
        assertThat(newPartner(second)).isTrue();
    }

    @Test
    void theListFiltersNewTradingPartnersAndShowsTheFlag() {
        Setup firm = TestNegotiations.setup(DemoUser.ADVISOR);
        long company = TestBuyers.create().<Integer>path("id");
        Response first = wonOn(firm, company, TestNegotiations.today().minusDays(30));
        Response second = wonOn(firm, company, TestNegotiations.today().minusDays(2));
        List<Integer> newOnes = Api.as(DemoUser.COORDINATOR).queryParam("firmId", firm.firmId()).queryParam("newTradingPartner", true)
                .get("/api/negotiations").path("items.id");
        assertThat(newOnes).containsExactly(first.<Integer>path("id"));
        List<Boolean> flags = Api.as(DemoUser.COORDINATOR).queryParam("firmId", firm.firmId()).queryParam("sort", "dealOn")
                .get("/api/negotiations").path("items.newTradingPartner");
        assertThat(flags).containsExactly(true, false);
        List<Integer> others = Api.as(DemoUser.COORDINATOR).queryParam("firmId", firm.firmId()).queryParam("newTradingPartner", false)
                .get("/api/negotiations").path("items.id");
        assertThat(others).containsExactly(second.<Integer>path("id"));
    }
}
