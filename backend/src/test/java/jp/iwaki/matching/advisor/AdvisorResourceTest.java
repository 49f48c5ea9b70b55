package jp.iwaki.matching.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class AdvisorResourceTest {

    @Test
    void theAdvisorsAreTheKeycloakUsersWithTheAdvisorRoleByNameFamilyNameFirst() {
        String suzuki = TestFirms.advisor(DemoUser.ADVISOR);
        String watanabe = TestFirms.advisor(DemoUser.ADVISOR2);
        String coordinator = TestFirms.advisor(DemoUser.COORDINATOR);
        List<Map<String, String>> advisors = Api.as(DemoUser.COORDINATOR).get("/api/advisors").then().statusCode(200)
                .body("subject", hasItem(suzuki)).body("subject", not(hasItem(coordinator)))
                .extract().jsonPath().getList("$");
        assertThat(advisors).contains(Map.of("subject", suzuki, "name", "鈴木 一郎"), Map.of("subject", watanabe, "name", "渡辺 真理"));
    }

    @Test
    void aFirmIsAssignedAnAdvisorByUserIdAndGetsTheNameKeycloakHas() {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR2));
        TestFirms.create(body).then().statusCode(201)
                .body("advisor.subject", equalTo(body.get("advisorSubject")))
                .body("advisor.name", equalTo("渡辺 真理"));
    }

    @Test
    void aUserWhoIsNoAdvisorCannotBeAssignedAndNothingIsStored() {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(DemoUser.COORDINATOR));
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/firms").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("advisorSubject"))
                .body("errors[0].key", equalTo("firm.advisor.unknown"));
        Api.as(DemoUser.COORDINATOR).queryParam("q", body.get("tradeName")).get("/api/firms").then().body("total", equalTo(0));
    }

    @Test
    void reassigningAFirmToAnotherAdvisorIsRecordedByName() {
        Map<String, Object> body = TestFirms.body();
        body.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR));
        Response created = TestFirms.create(body);
        body.put("advisorSubject", TestFirms.advisor(DemoUser.ADVISOR2));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(body)
                .put("/api/firms/" + created.path("id")).then().statusCode(200).body("advisor.name", equalTo("渡辺 真理"));
        Api.as(DemoUser.COORDINATOR).get("/api/firms/" + created.path("id") + "/history").then()
                .body("[0].changes.find { it.field == 'advisor' }.from", equalTo("鈴木 一郎 (" + TestFirms.advisor(DemoUser.ADVISOR) + ")"))
                .body("[0].changes.find { it.field == 'advisor' }.to", equalTo("渡辺 真理 (" + body.get("advisorSubject") + ")"));
    }

    @Test
    void anAdvisorAddedInKeycloakJustNowCanBeAssignedAtOnce() {
        Api.as(DemoUser.COORDINATOR).get("/api/advisors").then().statusCode(200);
        String subject = KeycloakUsers.createAdvisor("新人" + System.nanoTime() % 100000, "指導員");
        try {
            Map<String, Object> body = TestFirms.body();
            body.put("advisorSubject", subject);
            TestFirms.create(body).then().statusCode(201).body("advisor.subject", equalTo(subject));
            Api.as(DemoUser.COORDINATOR).get("/api/advisors").then().body("subject", hasItem(subject));
        } finally {
            KeycloakUsers.delete(subject);
        }
    }

    @Test
    void aBuyerCannotListTheAdvisors() {
        Api.badRequestAs(DemoUser.BUYER).get("/api/advisors").then().statusCode(403);
    }
}
