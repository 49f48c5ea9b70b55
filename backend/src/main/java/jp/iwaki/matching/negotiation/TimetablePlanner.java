package jp.iwaki.matching.negotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Places meetings (one buyer company × one firm each) into numbered slots so that no buyer and no
 * firm is in two meetings at once. A pair is left out only when its buyer or its firm has no
 * free slot left: when both have one, they get a slot, if need be after swapping two slots along
 * an alternating chain of meetings (the Kempe chain of König's edge colouring; buyers and firms
 * form a bipartite graph, so the chain never comes back to the pair's buyer). With at least as
 * many slots as the busiest buyer or firm has meetings, every pair gets one.
 *
 * <p>Pairs are taken round by round, one per buyer each round, so that when slots run short the
 * first slots are not all given to the buyers whose picks happen to come first. The result depends
 * only on the input: the same picks give the same timetable.
 */
public final class TimetablePlanner {
    /** A buyer company and a firm that are to meet. */
    public record Pair(long buyerCompanyId, long firmId) {
    }

    public record Meeting(long buyerCompanyId, long firmId, int slot) {
    }

    public record Plan(List<Meeting> meetings, List<Pair> unscheduled) {
    }

    private final int slots;
    /** buyer → slot → firm met then (null: free). */
    private final Map<Long, Long[]> buyerSlots = new HashMap<>();
    private final Map<Long, Long[]> firmSlots = new HashMap<>();

    private TimetablePlanner(int slots) {
        this.slots = slots;
    }

    public static Plan plan(List<Pair> pairs, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("No slots");
        }
        TimetablePlanner planner = new TimetablePlanner(slots);
        List<Pair> unscheduled = new ArrayList<>();
        for (Pair pair : fairOrder(pairs)) {
            if (!planner.place(pair)) {
                unscheduled.add(pair);
            }
        }
        return new Plan(planner.meetings(), unscheduled);
    }

    /** Each buyer's first pair, then each buyer's second, and so on; buyers and firms by id. */
    static List<Pair> fairOrder(List<Pair> pairs) {
        Map<Long, List<Pair>> byBuyer = new java.util.TreeMap<>();
        for (Pair pair : new LinkedHashSet<>(pairs)) {
            byBuyer.computeIfAbsent(pair.buyerCompanyId(), b -> new ArrayList<>()).add(pair);
        }
        byBuyer.values().forEach(list -> list.sort(Comparator.comparingLong(Pair::firmId)));
        List<Pair> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < byBuyer.values().stream().mapToInt(List::size).sum(); round++) {
            for (List<Pair> list : byBuyer.values()) {
                if (round < list.size()) {
                    ordered.add(list.get(round));
                }
            }
        }
        return ordered;
    }

    private boolean place(Pair pair) {
        Long[] buyer = buyerSlots.computeIfAbsent(pair.buyerCompanyId(), b -> new Long[slots]);
        Long[] firm = firmSlots.computeIfAbsent(pair.firmId(), f -> new Long[slots]);
        int freeAtBuyer = -1;
        int freeAtFirm = -1;
        for (int slot = 0; slot < slots; slot++) {
            if (buyer[slot] == null && firm[slot] == null) {
                assign(pair, slot);
                return true;
            }
            if (buyer[slot] == null && freeAtBuyer < 0) {
                freeAtBuyer = slot;
            }
            if (firm[slot] == null && freeAtFirm < 0) {
                freeAtFirm = slot;
            }
        }
        if (freeAtBuyer < 0 || freeAtFirm < 0) {
            return false;
        }
        // Slot a is free at the buyer but taken at the firm, slot b the other way round. Swap a and
        // b along the chain that starts at the firm's meeting in slot a; then a is free at both.
        swapAlongChain(pair.firmId(), freeAtBuyer, freeAtFirm);
        assign(pair, freeAtBuyer);
        return true;
    }

    /** Swaps slots a and b of every meeting on the chain firm -a- buyer -b- firm -a- … . */
    private void swapAlongChain(long firmId, int a, int b) {
        List<Meeting> chain = new ArrayList<>();
        boolean atFirm = true;
        long vertex = firmId;
        int slot = a;
        while (true) {
            Long other = (atFirm ? firmSlots : buyerSlots).get(vertex)[slot];
            if (other == null) {
                break;
            }
            chain.add(atFirm ? new Meeting(other, vertex, slot) : new Meeting(vertex, other, slot));
            vertex = other;
            atFirm = !atFirm;
            slot = slot == a ? b : a;
        }
        chain.forEach(m -> {
            buyerSlots.get(m.buyerCompanyId())[m.slot()] = null;
            firmSlots.get(m.firmId())[m.slot()] = null;
        });
        chain.forEach(m -> assign(new Pair(m.buyerCompanyId(), m.firmId()), m.slot() == a ? b : a));
    }

    private void assign(Pair pair, int slot) {
        buyerSlots.get(pair.buyerCompanyId())[slot] = pair.firmId();
        firmSlots.get(pair.firmId())[slot] = pair.buyerCompanyId();
    }

    private List<Meeting> meetings() {
        List<Meeting> meetings = new ArrayList<>();
        Map<Long, Long[]> ordered = new LinkedHashMap<>(new java.util.TreeMap<>(buyerSlots));
        ordered.forEach((buyer, firms) -> {
            for (int slot = 0; slot < slots; slot++) {
                if (firms[slot] != null) {
                    meetings.add(new Meeting(buyer, firms[slot], slot));
                }
            }
        });
        meetings.sort(Comparator.comparingInt(Meeting::slot).thenComparingLong(Meeting::buyerCompanyId));
        return meetings;
    }
}
