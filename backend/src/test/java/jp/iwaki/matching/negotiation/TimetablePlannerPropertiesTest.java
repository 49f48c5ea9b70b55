package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.iwaki.matching.negotiation.TimetablePlanner.Meeting;
import jp.iwaki.matching.negotiation.TimetablePlanner.Pair;
import jp.iwaki.matching.negotiation.TimetablePlanner.Plan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the timetable over random picks and slot counts: nobody is booked twice at once,
 * every meeting is a requested pair, no pick is dropped while a slot free for both sides remains,
 * and with as many slots as the busiest side needs, nothing is dropped at all. Each case comes from
 * a seed named in the test, so a failure can be replayed exactly.
 */
class TimetablePlannerPropertiesTest {
    private static final int CASES = 1000;

    /** A random instance: up to 25 buyers, 20 firms, any density of picks, 1–12 slots. */
    record Case(long seed, List<Pair> pairs, int slots) {
        static Case of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int buyers = 1 + random.nextInt(25);
            int firms = 1 + random.nextInt(20);
            double density = random.nextDouble();
            List<Pair> pairs = new ArrayList<>();
            for (int b = 1; b <= buyers; b++) {
                for (int f = 1; f <= firms; f++) {
                    if (random.nextDouble() < density) {
                        pairs.add(new Pair(1000 + b, 2000 + f));
                    }
                }
            }
            // Shuffled, so that the order of the input is no help.
            for (int i = pairs.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Pair kept = pairs.get(i);
                pairs.set(i, pairs.get(j));
                pairs.set(j, kept);
            }
            return new Case(seed, pairs, 1 + random.nextInt(12));
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + pairs.size() + " pairs, " + slots + " slots";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRandomTimetableBooksNobodyTwiceAndDropsNoPickThatHadAFreeSlot() {
        return IntStream.rangeClosed(1, CASES).mapToObj(seed -> Case.of(seed)).map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Plan plan = TimetablePlanner.plan(c.pairs(), c.slots());
            Map<Long, Set<Integer>> busyBuyers = new HashMap<>();
            Map<Long, Set<Integer>> busyFirms = new HashMap<>();
            Set<Pair> placed = new HashSet<>();
            for (Meeting m : plan.meetings()) {
                assertThat(m.slot()).as("%s: slot of %s", c, m).isBetween(0, c.slots() - 1);
                assertThat(busyBuyers.computeIfAbsent(m.buyerCompanyId(), b -> new HashSet<>()).add(m.slot()))
                        .as("%s: buyer %d twice in slot %d", c, m.buyerCompanyId(), m.slot()).isTrue();
                assertThat(busyFirms.computeIfAbsent(m.firmId(), f -> new HashSet<>()).add(m.slot()))
                        .as("%s: firm %d twice in slot %d", c, m.firmId(), m.slot()).isTrue();
                assertThat(placed.add(new Pair(m.buyerCompanyId(), m.firmId()))).as("%s: %s met twice", c, m).isTrue();
            }
            Set<Pair> requested = new HashSet<>(c.pairs());
            assertThat(placed).as("%s: only requested pairs meet", c).isSubsetOf(requested);
            Set<Pair> accountedFor = new HashSet<>(placed);
            accountedFor.addAll(plan.unscheduled());
            assertThat(accountedFor).as("%s: every pick is met or listed", c).isEqualTo(requested);
            assertThat(plan.unscheduled()).as("%s: a listed pick is not also met", c).noneMatch(placed::contains);
            for (Pair left : plan.unscheduled()) {
                for (int slot = 0; slot < c.slots(); slot++) {
                    boolean buyerFree = !busyBuyers.getOrDefault(left.buyerCompanyId(), Set.of()).contains(slot);
                    boolean firmFree = !busyFirms.getOrDefault(left.firmId(), Set.of()).contains(slot);
                    assertThat(buyerFree && firmFree).as("%s: %s was dropped though slot %d was free for both", c, left, slot).isFalse();
                }
            }
            if (c.slots() >= maxDegree(c.pairs())) {
                assertThat(plan.unscheduled()).as("%s: enough slots for the busiest side, so every pick is met", c).isEmpty();
            }
            assertThat(TimetablePlanner.plan(c.pairs(), c.slots())).as("%s: the same picks give the same timetable", c).isEqualTo(plan);
        }));
    }

    @Test
    void aPickWithoutACommonFreeSlotIsPlacedBySwappingSlotsAlongAChain() {
        // Taken buyer by buyer, the first free slot puts b1–f3 and b2–f2 in slot 0 and b3–f2 in slot 1;
        // b3–f3 then finds b3 free only in 0 and f3 free only in 1. Swapping 0 and 1 along the chain
        // f3 – b1 makes room: all four meet in two slots, as many as the busiest side has meetings.
        List<Pair> pairs = List.of(new Pair(1, 3), new Pair(2, 2), new Pair(3, 2), new Pair(3, 3));
        Plan plan = TimetablePlanner.plan(pairs, 2);
        assertThat(plan.unscheduled()).isEmpty();
        assertThat(plan.meetings()).hasSize(4);
    }

    static int maxDegree(List<Pair> pairs) {
        Map<String, Integer> degree = new HashMap<>();
        new HashSet<>(pairs).forEach(p -> {
            degree.merge("b" + p.buyerCompanyId(), 1, Integer::sum);
            degree.merge("f" + p.firmId(), 1, Integer::sum);
        });
        return degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
