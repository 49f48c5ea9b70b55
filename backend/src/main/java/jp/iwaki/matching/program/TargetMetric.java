package jp.iwaki.matching.program;


/** What a program target counts; actuals are counted from the records, never typed in. */
public enum TargetMetric {
    SUPPORTED_FIRMS, INTRODUCTIONS, DEALS, EXHIBITORS, NEW_TRADING_PARTNERS
}
