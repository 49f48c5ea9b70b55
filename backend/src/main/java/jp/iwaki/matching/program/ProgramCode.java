package jp.iwaki.matching.program;


/** The four support programs of the plan, each run once a fiscal year as a project. */
public enum ProgramCode {
    MANUFACTURING, FOOD, TRADE_SHOW, IT_PROMOTION
}
