package jp.iwaki.matching.survey;

/** Where a survey stands by its dates: 開始前, 回答受付中, 締切. */
public enum SurveyState {
    SCHEDULED, OPEN, CLOSED
}
