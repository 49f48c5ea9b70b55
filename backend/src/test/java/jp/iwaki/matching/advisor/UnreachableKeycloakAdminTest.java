package jp.iwaki.matching.advisor;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
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
}
