package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class IntroductionTest {

    @Test
    void buyerPicksBecomeIntroductionsOnceAndASecondRunCreatesNothing() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        long other = s.inviteAnother();
        TestNegotiations.pick(s.projectId(), s.buyerCompanyId(), s.productId());
        TestNegotiations.pick(s.projectId(), other, s.productId());
        Response already = TestNegotiations.introduce(s, other, DemoUser.COORDINATOR);

        Response candidates = Api.as(DemoUser.ADVISOR).queryParam("projectId", s.projectId()).queryParam("source", "BUYER_PICKS")
                .get("/api/negotiations/introduction-candidates");
        candidates.then().statusCode(200);
        assertThat(candidates.<List<Integer>>path("buyerCompanyId")).containsExactlyInAnyOrder((int) s.buyerCompanyId(), (int) other);
        assertThat(candidates.<List<Integer>>path("openNegotiationId")).containsExactlyInAnyOrder(null, already.<Integer>path("id"));

        Response first = Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "source", "BUYER_PICKS", "note", "バイヤーの希望から"))
                .post("/api/negotiations/introductions");
        first.then().statusCode(200);
        assertThat(first.<List<Integer>>path("created.buyerCompanyId")).containsExactly((int) s.buyerCompanyId());
        assertThat(first.<String>path("created[0].source")).isEqualTo("BUYER_PICKS");
        assertThat(first.<String>path("created[0].advisor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR));
        assertThat(first.<String>path("skipped[0].reason")).isEqualTo("ALREADY_OPEN");
        Response n = TestNegotiations.get(first.<Integer>path("created[0].id"));
        assertThat(n.<String>path("introducedBy.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR2));
        assertThat(n.<List<Integer>>path("products.id")).containsExactly((int) s.productId());
        assertThat(n.<String>path("history[0].note")).isEqualTo("バイヤーの希望から");

        Response second = Api.as(DemoUser.ADVISOR2).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "source", "BUYER_PICKS")).post("/api/negotiations/introductions");
        assertThat(second.<List<?>>path("created")).isEmpty();
        assertThat(second.<List<String>>path("skipped.reason")).containsOnly("ALREADY_OPEN");
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("projectId", s.projectId()).get("/api/negotiations").<Integer>path("total"))
                .isEqualTo(2);
    }

    @Test
    void onlyTheChosenPairsAreIntroducedAndAPairTheSourceDoesNotProposeIsSkipped() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        long other = s.inviteAnother();
        TestNegotiations.pick(s.projectId(), s.buyerCompanyId(), s.productId());
        Response result = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "source", "BUYER_PICKS",
                        "pairs", List.of(Map.of("firmId", s.firmId(), "buyerCompanyId", other))))
                .post("/api/negotiations/introductions");
        result.then().statusCode(200);
        assertThat(result.<List<?>>path("created")).isEmpty();
        assertThat(result.<String>path("skipped[0].reason")).isEqualTo("NOT_A_CANDIDATE");
    }

    @Test
    void surveyMarksAreRefusedUntilTheSurveysProvideThem() {
        Setup s = TestNegotiations.setup(DemoUser.ADVISOR);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("projectId", s.projectId(), "source", "SURVEY_MARKS")).post("/api/negotiations/introductions")
                .then().statusCode(422).body("errors[0].key", equalTo("introduction.source.unavailable"));
    }
}
