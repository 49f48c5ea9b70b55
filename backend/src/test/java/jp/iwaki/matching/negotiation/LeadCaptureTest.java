package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class LeadCaptureTest {

    private static Response capture(DemoUser as, Map<String, Object> lead) {
        return Api.as(as).contentType(ContentType.JSON).body(lead).post("/api/leads");
    }

    private static long companiesNamed(String name) {
        return Api.as(DemoUser.COORDINATOR).queryParam("q", name).get("/api/buyer-companies").<Integer>path("total");
    }

    @Test
    void aLeadRegistersTheCompanyAndContactAndPutsTheNegotiationInMetAndAResendWritesNothing() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        String company = "ブース来訪フーズ" + System.nanoTime();
        Map<String, Object> lead = TestNegotiations.lead(s, UUID.randomUUID(), company, "lead" + System.nanoTime() + "@example.jp");
        Response first = capture(DemoUser.ADVISOR2, lead);
        first.then().statusCode(201);
        assertThat(first.<Boolean>path("companyMatched")).isFalse();
        assertThat(first.<Boolean>path("contactMatched")).isFalse();
        assertThat(first.<String>path("capturedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        Response n = TestNegotiations.get(first.<Integer>path("negotiationId"));
        assertThat(n.<String>path("stage")).isEqualTo("MET");
        assertThat(n.<String>path("source")).isEqualTo("LEAD");
        assertThat(n.<String>path("history[0].kind")).isEqualTo("CAPTURED");
        assertThat(n.<String>path("advisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(n.<String>path("buyerContact.name")).isEqualTo("展示 太郎");
        assertThat(n.<List<Integer>>path("products.id")).containsExactly((int) s.productId());

        Response again = capture(DemoUser.ADVISOR2, lead);
        again.then().statusCode(200);
        assertThat(again.<Map<String, Object>>path("")).isEqualTo(first.<Map<String, Object>>path(""));
        assertThat(companiesNamed(company)).isEqualTo(1);
        assertThat(TestNegotiations.get(n.<Integer>path("id")).<Integer>path("version")).isEqualTo(n.<Integer>path("version"));

        Map<String, Object> changed = new HashMap<>(lead);
        changed.put("note", "別の内容");
        capture(DemoUser.ADVISOR2, changed).then().statusCode(409).body("errors[0].field", equalTo("clientId"))
                .body("errors[0].key", equalTo("lead.clientId.reused"));
    }

    @Test
    void twoSendsOfOneLeadAtOnceWriteItOnce() throws Exception {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        String company = "同時送信商事" + System.nanoTime();
        Map<String, Object> lead = TestNegotiations.lead(s, UUID.randomUUID(), company, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> sends = List.of(
                    pool.submit(() -> {
                        start.await();
                        return capture(DemoUser.ADVISOR, lead);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return capture(DemoUser.ADVISOR, lead);
                    }));
            start.countDown();
            List<Integer> statuses = List.of(sends.get(0).get().statusCode(), sends.get(1).get().statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
            assertThat(sends.get(0).get().<Integer>path("negotiationId")).isEqualTo(sends.get(1).get().<Integer>path("negotiationId"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(companiesNamed(company)).isEqualTo(1);
    }

    @Test
    void aLeadMatchesTheRegisteredCompanyWrittenAnotherWayAndTheContactByEmail() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        String core = "いわきマッチ食品" + (System.nanoTime() % 1_000_000);
        long companyId = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "株式会社" + core, "nameKana", "イワキマッチショクヒン", "type", "WHOLESALER", "region", "TOHOKU"))
                .post("/api/buyer-companies").then().statusCode(201).extract().<Integer>path("id");
        String email = "known" + System.nanoTime() + "@example.jp";
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "登録 花子", "email", email))
                .post("/api/buyer-companies/" + companyId + "/contacts").then().statusCode(201);
        Response byName = capture(DemoUser.ADVISOR, TestNegotiations.lead(s, UUID.randomUUID(), "㈱ " + core, null));
        byName.then().statusCode(201);
        assertThat(byName.<Integer>path("buyerCompanyId")).isEqualTo((int) companyId);
        assertThat(byName.<Boolean>path("companyMatched")).isTrue();
        assertThat(byName.<Boolean>path("contactMatched")).isFalse();

        Setup other = TestNegotiations.setup(DemoUser.ADVISOR);
        Map<String, Object> byEmailLead = TestNegotiations.lead(other, UUID.randomUUID(), "名刺の社名が違う", email.toUpperCase());
        Response byEmail = capture(DemoUser.ADVISOR, byEmailLead);
        byEmail.then().statusCode(201);
        assertThat(byEmail.<Integer>path("buyerCompanyId")).isEqualTo((int) companyId);
        assertThat(byEmail.<Boolean>path("contactMatched")).isTrue();
        assertThat(byEmail.<String>path("buyerContactName")).isEqualTo("登録 花子");
    }

    @Test
    void aLeadMovesAnIntroducedNegotiationToMetAndAddsAFollowUpToOneFurtherOn() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        String name = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + s.buyerCompanyId()).path("name");
        Response introduced = TestNegotiations.introduce(s, DemoUser.COORDINATOR);
        Response lead = capture(DemoUser.ADVISOR, TestNegotiations.lead(s, UUID.randomUUID(), name, null));
        lead.then().statusCode(201);
        assertThat(lead.<Integer>path("negotiationId")).isEqualTo(introduced.<Integer>path("id"));
        Response met = TestNegotiations.get(introduced.<Integer>path("id"));
        assertThat(met.<String>path("stage")).isEqualTo("MET");
        assertThat(met.<String>path("history[-1].from")).isEqualTo("INTRODUCED");

        Response continuing = TestNegotiations.move(met, DemoUser.ADVISOR, TestNegotiations.moveTo("CONTINUING"));
        capture(DemoUser.ADVISOR, TestNegotiations.lead(s, UUID.randomUUID(), name, null)).then().statusCode(201);
        Response after = TestNegotiations.get(introduced.<Integer>path("id"));
        assertThat(after.<String>path("stage")).isEqualTo("CONTINUING");
        assertThat(after.<List<?>>path("followUps")).hasSize(1);
        assertThat(after.<String>path("followUps[0].channel")).isEqualTo("VISIT");
        assertThat(continuing.statusCode()).isEqualTo(200);
    }

    @Test
    void aLeadNeedsAParticipatingFirmAndValidFields() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        Map<String, Object> lead = TestNegotiations.lead(s, UUID.randomUUID(), "検証商事", null);
        lead.put("firmId", TestNegotiations.setup(DemoUser.ADVISOR).firmId());
        capture(DemoUser.ADVISOR, lead).then().statusCode(422).body("errors[0].key", equalTo("negotiation.firm.notParticipating"));
        Map<String, Object> bad = TestNegotiations.lead(s, UUID.randomUUID(), "検証商事", "not-an-email");
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).body(bad).post("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("person.email"));
        Map<String, Object> noId = TestNegotiations.lead(s, UUID.randomUUID(), "検証商事", null);
        noId.remove("clientId");
        Api.badRequestAs(DemoUser.ADVISOR).contentType(ContentType.JSON).body(noId).post("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        assertThat(companiesNamed("検証商事")).isZero();
    }

    @Test
    void theLeadListShowsTheCapturedOnesNewestFirst() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        capture(DemoUser.ADVISOR, TestNegotiations.lead(s, UUID.randomUUID(), "一覧商事" + System.nanoTime(), null)).then().statusCode(201);
        Map<String, Object> later = TestNegotiations.lead(s, UUID.randomUUID(), "一覧物産" + System.nanoTime(), null);
        later.put("capturedAt", java.time.OffsetDateTime.now(TestNegotiations.JAPAN).withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        capture(DemoUser.ADVISOR, later).then().statusCode(201);
        Response list = Api.as(DemoUser.COORDINATOR).queryParam("projectId", s.projectId()).get("/api/leads");
        assertThat(list.<Integer>path("total")).isEqualTo(2);
        assertThat(list.<String>path("items[0].clientId")).isEqualTo(later.get("clientId"));
    }
}
