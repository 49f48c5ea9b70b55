package jp.iwaki.matching.kpi;

import java.util.List;
import java.util.Optional;
import jp.iwaki.matching.negotiation.NegotiationStage;
import jp.iwaki.matching.program.TargetMetric;

/** What a dashboard figure counts; its records are what the drill-down lists. */
public enum Figure {
    SUPPORTED_FIRMS(true),
    INTRODUCTIONS(false),
    DEALS(false),
    EXHIBITORS(true),
    NEW_TRADING_PARTNERS(false),
    REACHED_INTRODUCED(false),
    REACHED_SCHEDULED(false),
    REACHED_MET(false),
    REACHED_CONTINUING(false),
    REACHED_WON(false),
    OVERDUE_FOLLOW_UPS(false);

    /** The stages of the funnel, in the order a negotiation moves through them to a deal. */
    static final List<NegotiationStage> FUNNEL = List.of(NegotiationStage.INTRODUCED, NegotiationStage.SCHEDULED,
            NegotiationStage.MET, NegotiationStage.CONTINUING, NegotiationStage.WON);

    private final boolean countsFirms;

    Figure(boolean countsFirms) {
        this.countsFirms = countsFirms;
    }

    /** Firms rather than negotiations. */
    boolean countsFirms() {
        return countsFirms;
    }

    static Figure of(TargetMetric metric) {
        return valueOf(metric.name());
    }

    static Figure reached(NegotiationStage stage) {
        return valueOf("REACHED_" + stage.name());
    }

    /** For REACHED_x: x's place in the funnel, 1 (INTRODUCED) to 5 (WON), as negotiation.reached_rank counts it. */
    int reachedRank() {
        return FUNNEL.indexOf(reachedStages().orElseThrow().get(0)) + 1;
    }

    /** For REACHED_x: x and every later stage of the funnel. */
    Optional<List<NegotiationStage>> reachedStages() {
        if (!name().startsWith("REACHED_")) {
            return Optional.empty();
        }
        NegotiationStage stage = NegotiationStage.valueOf(name().substring("REACHED_".length()));
        return Optional.of(FUNNEL.subList(FUNNEL.indexOf(stage), FUNNEL.size()));
    }
}
