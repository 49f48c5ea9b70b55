package jp.iwaki.matching.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four support programs of the plan, each run once a fiscal year as a project. */
@Schema(name = "ProgramCode")
public enum ProgramCode {
    MANUFACTURING, FOOD, TRADE_SHOW, IT_PROMOTION
}
