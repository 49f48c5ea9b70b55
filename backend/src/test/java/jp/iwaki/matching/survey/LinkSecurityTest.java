package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class LinkSecurityTest {
    /** Client addresses of our own (documentation ranges), one set per test, so that no other test's requests count. */
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private static String address() {
        int n = ADDRESS.incrementAndGet();
        return "203.0.113." + n;
    }

    private static String randomToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void aLinkOpensItsOwnInvitationOnlyAndIsNoKeyToAnythingElse() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 2);
        String mine = TestSurveys.token(fixture, 0);
        Api.publicly().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of("bestSellers", Map.of("text", "秘密の回答")))).put("/api/survey-links/" + mine + "/draft")
                .then().statusCode(200);
        Response theirs = Api.publicly().get("/api/survey-links/" + TestSurveys.token(fixture, 1));
        theirs.then().statusCode(200);
        assertThat(theirs.<Integer>path("invitationId").longValue()).isEqualTo(fixture.buyer(1).invitationId());
        assertThat(theirs.asString()).doesNotContain("秘密の回答").doesNotContain(fixture.buyer(0).contactName());

        // The token is no access token: every other API wants a signed-in user.
        for (String path : List.of("/api/surveys", "/api/surveys/" + fixture.surveyId(), "/api/surveys/" + fixture.surveyId() + "/invitations",
                "/api/survey-invitations/" + fixture.buyer(0).invitationId(), "/api/survey-invitations/" + fixture.buyer(1).invitationId() + "/response",
                "/api/my/survey-invitations", "/api/surveys/" + fixture.surveyId() + "/analysis", "/api/me", "/api/firms")) {
            Api.withToken(mine).get(path).then().statusCode(401);
        }
        Api.withToken(mine).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("answers", Map.of())).put("/api/survey-invitations/" + fixture.buyer(1).invitationId() + "/response/draft")
                .then().statusCode(401);

        // Only the hash of the token is kept.
        byte[] hash = LinkTokens.hash(mine);
        long stored = QuarkusTransaction.requiringNew().call(() -> SurveyLink.count("tokenHash", hash));
        assertThat(stored).isEqualTo(1);
        long raw = QuarkusTransaction.requiringNew().call(() -> ((Number) SurveyLink.getEntityManager()
                .createNativeQuery("select count(*) from survey_link where position(convert_to(?1, 'UTF8') in token_hash) > 0")
                .setParameter(1, mine).getSingleResult()).longValue());
        assertThat(raw).isZero();
    }

    @Test
    void aTokenThatDoesNotExistIs404AndGuessingIsRefusedWith429AfterTheLimit() {
        TestSurveys.Fixture fixture = TestSurveys.food(0, 0, 1);
        String good = TestSurveys.token(fixture, 0);
        String guesser = address();
        for (int i = 0; i < 30; i++) {
            Api.anonymous().header("X-Forwarded-For", guesser).get("/api/survey-links/" + randomToken())
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Response refused = Api.anonymous().header("X-Forwarded-For", guesser).get("/api/survey-links/" + randomToken());
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("urn:iwaki-matching:problem:too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        // Not even a real link opens for that address now; from another it does.
        Api.anonymous().header("X-Forwarded-For", guesser).get("/api/survey-links/" + good).then().statusCode(429);
        Api.anonymous().header("X-Forwarded-For", address()).get("/api/survey-links/" + good).then().statusCode(200);
        Api.anonymous().header("X-Forwarded-For", address()).get("/api/survey-links/not-a-token").then().statusCode(404);
    }

    @Test
    void oneLinkAskedTooOftenIsRefusedWith429WhateverTheAddress() {
        TestSurveys.Fixture fixture = TestSurveys.food(0, 0, 1);
        String token = TestSurveys.token(fixture, 0);
        // The test profile allows a link 20 requests a minute.
        for (int i = 0; i < 20; i++) {
            Api.anonymous().header("X-Forwarded-For", "198.51.100." + (i % 200 + 1)).get("/api/survey-links/" + token).then().statusCode(200);
        }
        Response refused = Api.anonymous().header("X-Forwarded-For", address()).get("/api/survey-links/" + token);
        refused.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(refused.<String>path("errors[0].field")).isEqualTo("token");
        // Another link of the same invitation is counted on its own.
        Api.anonymous().header("X-Forwarded-For", address()).get("/api/survey-links/" + TestSurveys.token(fixture, 0)).then().statusCode(200);
    }
}
