package jp.iwaki.matching.advisor;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Sign-in still works (tokens are checked against the real Keycloak), but its admin API does not answer. */
@QuarkusTest
@IntegrationTest
@TestProfile(UnreachableKeycloakAdminTest.AdminApiDown.class)
class UnreachableKeycloakAdminTest {

    public static class AdminApiDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) is not served on the test machines; the connection is refused at once.
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://localhost:9");
        }
    }

    @Test
    void theAdvisorListIs503WhenKeycloakDoesNotAnswer() {
        Api.as(DemoUser.COORDINATOR).get("/api/advisors").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:service-unavailable"));
    }

    @Test
    void aFirmWithANewAdvisorIs503AndNotStoredWhenKeycloakDoesNotAnswer() {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then().statusCode(503);
        Api.as(DemoUser.COORDINATOR).queryParam("q", body.get("tradeName")).get("/api/firms").then().body("total", equalTo(0));
    }

    @Test
    void archivingACompanyWithALoginOrRevokingTheLoginIs503AndChangesNothingWhenKeycloakDoesNotAnswer() {
        Response company = TestBuyers.create();
        long companyId = company.<Integer>path("id");
        long contactId = TestBuyers.addContact(companyId, "ログイン 保持").<Integer>path("id");
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> BuyerContact.update("loginSubject = ?1 where id = ?2", subject, contactId));

        Api.as(DemoUser.COORDINATOR).header("If-Match", company.header("ETag"))
                .post("/api/buyer-companies/" + companyId + "/archive").then()
                .statusCode(503).body("type", equalTo("urn:iwaki-matching:problem:service-unavailable"));
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + companyId).then().body("archived", equalTo(false));

        Api.as(DemoUser.COORDINATOR).delete("/api/buyer-companies/" + companyId + "/contacts/" + contactId + "/login").then()
                .statusCode(503);
        Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + companyId + "/contacts").then()
                .body("[0].hasLogin", equalTo(true));
    }
}
