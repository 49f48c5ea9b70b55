package jp.iwaki.matching.negotiation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stages of a negotiation and the one place their moves are decided:
 * INTRODUCED → SCHEDULED → MET → CONTINUING → WON; INTRODUCED straight to MET (met without an
 * appointment, e.g. at a trade show), MET straight to WON; from any open stage to LOST or WITHDRAWN. A closed negotiation moves only by being reopened.
 */
public enum NegotiationStage {
    INTRODUCED, SCHEDULED, MET, CONTINUING, WON, LOST, WITHDRAWN;

    public static final List<NegotiationStage> OPEN = List.of(INTRODUCED, SCHEDULED, MET, CONTINUING);
    public static final List<NegotiationStage> CLOSED = List.of(WON, LOST, WITHDRAWN);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The stages a move may go to from here, in stage order; none from a closed stage. */
    public List<NegotiationStage> allowedMoves() {
        Set<NegotiationStage> next = switch (this) {
            case INTRODUCED -> EnumSet.of(SCHEDULED, MET, LOST, WITHDRAWN);
            case SCHEDULED -> EnumSet.of(MET, LOST, WITHDRAWN);
            case MET -> EnumSet.of(CONTINUING, WON, LOST, WITHDRAWN);
            case CONTINUING -> EnumSet.of(WON, LOST, WITHDRAWN);
            case WON, LOST, WITHDRAWN -> EnumSet.noneOf(NegotiationStage.class);
        };
        return List.copyOf(next);
    }

    public boolean mayMoveTo(NegotiationStage next) {
        return allowedMoves().contains(next);
    }

    /** Whether a stage is at or beyond another on the way to a deal (closing stages count as beyond every open one). */
    public boolean isAtLeast(NegotiationStage other) {
        return !isOpen() || (other.isOpen() && ordinal() >= other.ordinal());
    }
}
