package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import jp.iwaki.matching.negotiation.NegotiationBenchData.Event;
import jp.iwaki.matching.negotiation.NegotiationBenchData.Plan;
import jp.iwaki.matching.negotiation.NegotiationBenchData.ProjectRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bench data set's negotiations obey the rules the API keeps (the database would refuse the
 * COPY otherwise, but only after minutes): histories follow the stage machine, a deal date exactly
 * when won, one open negotiation per firm, company and project; and the same seed draws the same rows.
 */
class NegotiationBenchDataTest {
    /** The shape of the bench data set: 200 projects of five years and four programs, 100,000 firms in two each, 20,000 companies. */
    private static final List<ProjectRow> PROJECTS = new ArrayList<>();
    private static long[][] participants;
    private static final long[] BUYERS = LongStream.rangeClosed(1, 20_000).toArray();

    @BeforeAll
    static void theBenchShape() {
        String[] programs = {"MANUFACTURING", "FOOD", "TRADE_SHOW", "IT_PROMOTION"};
        for (int n = 1; n <= 200; n++) {
            PROJECTS.add(new ProjectRow(n, programs[n % 4], 2025 + n % 5));
        }
        List<List<Long>> byProject = new ArrayList<>();
        PROJECTS.forEach(p -> byProject.add(new ArrayList<>()));
        for (int i = 0; i < 100_000; i++) {
            byProject.get(i % 200).add(1000L + i);
            int second = (int) ((i * 7L + 3) % 200);
            if (second != i % 200) {
                byProject.get(second).add(1000L + i);
            }
        }
        participants = byProject.stream().map(l -> l.stream().mapToLong(Long::longValue).sorted().toArray()).toArray(long[][]::new);
    }

    @Test
    void everyHistoryFollowsTheStageMachineAndEveryDealBelongsToAWon() {
        for (int k = 0; k < 50_000; k++) {
            Plan p = NegotiationBenchData.plan(k, PROJECTS, participants, BUYERS);
            Event first = p.events.get(0);
            assertThat(first.kind()).isIn("INTRODUCED", "CAPTURED");
            assertThat(first.to()).isEqualTo(p.source.equals("LEAD") ? NegotiationStage.MET : NegotiationStage.INTRODUCED);
            NegotiationStage stage = first.to();
            for (Event e : p.events.subList(1, p.events.size())) {
                assertThat(stage.mayMoveTo(e.to())).as("negotiation %d: %s → %s", k, stage, e.to()).isTrue();
                assertThat(e.at()).isAfterOrEqualTo(first.at());
                stage = e.to();
            }
            assertThat(stage).isEqualTo(p.stage);
            assertThat(p.dealOn != null).isEqualTo(p.stage == NegotiationStage.WON);
            assertThat(p.reason != null).isEqualTo(p.stage == NegotiationStage.LOST || p.stage == NegotiationStage.WITHDRAWN);
            assertThat(p.nextAction != null).isEqualTo(p.nextActionOn != null);
            if (p.dealOn != null) {
                assertThat(p.dealOn).isAfterOrEqualTo(p.introducedOn);
            }
            p.followUps.forEach(f -> assertThat(f.nextActionOn() == null || !f.nextActionOn().isBefore(f.heldOn())).isTrue());
        }
    }

    @Test
    void aMillionNegotiationsHaveAtMostOneOpenPerFirmCompanyAndProjectAndSomeRepeatWins() {
        Set<String> open = new HashSet<>();
        Set<String> wonPairs = new HashSet<>();
        int repeatWins = 0;
        int[] perStage = new int[NegotiationStage.values().length];
        for (int k = 0; k < NegotiationBenchData.NEGOTIATIONS; k++) {
            Plan p = NegotiationBenchData.plan(k, PROJECTS, participants, BUYERS);
            perStage[p.stage.ordinal()]++;
            if (p.stage.isOpen()) {
                assertThat(open.add(p.project.id() + "/" + p.firm + "/" + p.buyer)).as("negotiation %d", k).isTrue();
            }
            if (p.stage == NegotiationStage.WON && !wonPairs.add(p.firm + "/" + p.buyer)) {
                repeatWins++;
            }
        }
        // Some firm and company win together twice (a second WON is no new partner), most not.
        assertThat(repeatWins).isPositive().isLessThan(perStage[NegotiationStage.WON.ordinal()] / 2);
        for (int count : perStage) {
            assertThat(count).isGreaterThan(NegotiationBenchData.NEGOTIATIONS / 20);
        }
    }

    @Test
    void theSameSeedDrawsTheSameNegotiation() {
        for (int k : new int[] {0, 1, 777, 999_999}) {
            Plan a = NegotiationBenchData.plan(k, PROJECTS, participants, BUYERS);
            Plan b = NegotiationBenchData.plan(k, PROJECTS, participants, BUYERS);
            assertThat(b.events).isEqualTo(a.events);
            assertThat(b.followUps).isEqualTo(a.followUps);
            assertThat(List.of(b.firm, b.buyer, b.stage, b.introducedOn)).isEqualTo(List.of(a.firm, a.buyer, a.stage, a.introducedOn));
        }
    }
}
