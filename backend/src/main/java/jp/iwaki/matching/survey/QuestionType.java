package jp.iwaki.matching.survey;

/** The kinds of question a template may ask. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT, NUMBER, SCALE, PRODUCT_RATINGS;

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
