package jp.iwaki.matching.negotiation;

/** How a negotiation began. */
public enum NegotiationSource {
    MANUAL, SURVEY_MARKS, BUYER_PICKS, TIMETABLE, LEAD
}
