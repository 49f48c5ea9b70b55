package jp.iwaki.matching.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.PostgresTestResource;
import jp.iwaki.matching.testing.Processes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A database or Keycloak that stops answering (every process of it stopped with SIGSTOP) makes a
 * request answer 503 problem+json within 5 s and readiness DOWN, instead of hanging; once the
 * processes continue (SIGCONT), both recover without a restart. The plain REST Assured calls here
 * are deliberate: 503 is the infrastructure's answer, the same for every operation.
 */
@QuarkusTest
@IntegrationTest
class FrozenDependenciesTest {
    private static final Logger LOG = Logger.getLogger(FrozenDependenciesTest.class);
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(20);

    @ConfigProperty(name = PostgresTestResource.POSTGRES_PID)
    Optional<Long> postgresPid;

    @CacheName("advisors")
    Cache advisors;

    private record Timed(Response response, Duration took) {
    }

    private static Timed timed(Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    private static void unavailableInTime(Timed timed, String what) {
        LOG.infof("%s answered %d in %d ms", what, timed.response().statusCode(), timed.took().toMillis());
        assertThat(timed.response().statusCode()).as(what).isEqualTo(503);
        assertThat(timed.took()).as(what).isLessThan(LIMIT);
    }

    /** Polls until the request answers 200 again; the time it took. */
    private static Duration recovers(Supplier<Response> request, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            Response response = request.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (response.statusCode() == 200) {
                LOG.infof("%s recovered after %d ms", what, took.toMillis());
                return took;
            }
            assertThat(took).as("%s recovers (last answer %d: %s)", what, response.statusCode(), response.asString()).isLessThan(RECOVERY);
            Thread.sleep(200);
        }
    }

    @Test
    void aFrozenDatabaseIs503WithinFiveSecondsAndReadinessDownThenBothRecover() throws InterruptedException {
        Assumptions.assumeTrue(postgresPid.isPresent(), "the tests started their own PostgreSQL");
        String staff = DemoUser.COORDINATOR.token();
        get(staff, "/api/firms").then().statusCode(200);
        List<Long> processes = Processes.tree(postgresPid.get());
        Processes.freeze(processes);
        try {
            Timed list = timed(() -> get(staff, "/api/firms"));
            unavailableInTime(list, "GET /api/firms with the database frozen");
            assertThat(list.response().contentType()).startsWith("application/problem+json");
            assertThat(list.response().<String>path("type")).isEqualTo("urn:iwaki-matching:problem:service-unavailable");
            unavailableInTime(timed(() -> get(staff, "/api/buyer-companies")), "GET /api/buyer-companies with the database frozen");
            Timed ready = timed(FrozenDependenciesTest::readiness);
            unavailableInTime(ready, "/q/health/ready with the database frozen");
            assertThat(ready.response().asString()).contains("DOWN");
        } finally {
            Processes.thaw(processes);
        }
        recovers(() -> get(staff, "/api/firms"), "GET /api/firms");
        recovers(FrozenDependenciesTest::readiness, "/q/health/ready");
    }

    @Test
    void aFrozenKeycloakMakesTheAdvisorList503WithinFiveSecondsAndReadinessDownThenBothRecover() throws IOException, InterruptedException {
        // Only the Keycloak that make test started may be frozen, never a shared one.
        String pidFile = System.getenv("KEYCLOAK_PID_FILE");
        Assumptions.assumeTrue(pidFile != null && Files.exists(Path.of(pidFile)), "KEYCLOAK_PID_FILE names the test Keycloak's PID file");
        String staff = DemoUser.COORDINATOR.token();
        get(staff, "/api/advisors").then().statusCode(200);
        advisors.invalidateAll().await().indefinitely();
        List<Long> processes = Processes.tree(Long.parseLong(Files.readString(Path.of(pidFile)).strip()));
        Processes.freeze(processes);
        try {
            Timed list = timed(() -> get(staff, "/api/advisors"));
            unavailableInTime(list, "GET /api/advisors with Keycloak frozen");
            assertThat(list.response().<String>path("type")).isEqualTo("urn:iwaki-matching:problem:service-unavailable");
            // Tokens are checked with the keys the API holds: what needs no Keycloak still works.
            get(staff, "/api/firms").then().statusCode(200);
            Timed ready = timed(FrozenDependenciesTest::readiness);
            unavailableInTime(ready, "/q/health/ready with Keycloak frozen");
        } finally {
            Processes.thaw(processes);
        }
        recovers(() -> get(staff, "/api/advisors"), "GET /api/advisors");
        recovers(FrozenDependenciesTest::readiness, "/q/health/ready");
    }
}
