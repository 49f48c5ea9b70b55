package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every stage × every target: the moves the stage machine allows succeed and add exactly one
 * MOVED event with the mover as actor; every other answers 409 naming the allowed stages, and
 * nothing is written (same version, same history).
 */
@QuarkusTest
@IntegrationTest
class NegotiationStageMatrixTest {
    private static final List<String> STAGES = List.of("INTRODUCED", "SCHEDULED", "MET", "CONTINUING", "WON", "LOST", "WITHDRAWN");

    /** The rule as the issue states it, written out here rather than read from the code under test. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "INTRODUCED", Set.of("SCHEDULED", "MET", "LOST", "WITHDRAWN"),
            "SCHEDULED", Set.of("MET", "LOST", "WITHDRAWN"),
            "MET", Set.of("CONTINUING", "WON", "LOST", "WITHDRAWN"),
            "CONTINUING", Set.of("WON", "LOST", "WITHDRAWN"),
            "WON", Set.of(),
            "LOST", Set.of(),
            "WITHDRAWN", Set.of());

    @TestFactory
    List<DynamicTest> everyAllowedMoveSucceedsAndEveryOtherIs409WithNothingWritten() {
        Setup setup = TestNegotiations.setup(DemoUser.ADVISOR);
        List<DynamicTest> tests = new ArrayList<>();
        for (String from : STAGES) {
            for (String to : STAGES) {
                boolean allowed = ALLOWED.get(from).contains(to);
                tests.add(DynamicTest.dynamicTest(from + " → " + to + (allowed ? " is allowed" : " is 409"), () -> {
                    long company = TestBuyers.create().<Integer>path("id");
                    Response before = TestNegotiations.advance(TestNegotiations.introduce(setup, company, DemoUser.COORDINATOR), from);
                    int events = before.<List<?>>path("history").size();
                    // The owner (the firm's advisor) moves it, so the actor is told apart from the coordinator who set it up.
                    Response moved = TestNegotiations.move(before, DemoUser.ADVISOR, TestNegotiations.moveTo(to));
                    Response after = TestNegotiations.get(before.<Integer>path("id"));
                    if (allowed) {
                        moved.then().statusCode(200);
                        assertThat(after.<String>path("stage")).isEqualTo(to);
                        assertThat(after.<List<?>>path("history")).hasSize(events + 1);
                        assertThat(after.<String>path("history[-1].kind")).isEqualTo("MOVED");
                        assertThat(after.<String>path("history[-1].from")).isEqualTo(from);
                        assertThat(after.<String>path("history[-1].to")).isEqualTo(to);
                        assertThat(after.<String>path("history[-1].actor.subject")).isEqualTo(TestNegotiations.subject(DemoUser.ADVISOR));
                        assertThat(after.<Integer>path("version")).isGreaterThan(before.<Integer>path("version"));
                    } else {
                        moved.then().statusCode(409).contentType("application/problem+json");
                        assertThat(moved.<String>path("errors[0].field")).isEqualTo("to");
                        assertThat(moved.<String>path("errors[0].key")).isEqualTo("negotiation.stage.transition");
                        assertThat(moved.<List<String>>path("errors[0].params.allowed")).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
                        assertThat(after.<String>path("stage")).isEqualTo(from);
                        assertThat(after.<Integer>path("version")).isEqualTo(before.<Integer>path("version"));
                        assertThat(after.<List<?>>path("history")).hasSize(events);
                        if (ALLOWED.get(from).isEmpty()) {
                            assertThat(moved.<String>path("errors[0].params.reopenTo")).isNotNull();
                        }
                    }
                }));
            }
        }
        return tests;
    }
}
