package jp.iwaki.matching.negotiation;

/** What an event of a negotiation's history records. */
public enum EventKind {
    /** Began as an introduction, in INTRODUCED. */
    INTRODUCED,
    /** Began as a lead captured at a trade show, in MET. */
    CAPTURED,
    MOVED,
    REOPENED,
    TAKEN_OVER,
    CHANGED
}
