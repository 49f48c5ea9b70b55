package jp.iwaki.matching.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import jp.iwaki.matching.common.CleanText;

/**
 * The answer to one question, in the field of its type: {@code choice} (single choice),
 * {@code choices} (multiple), {@code text} (free text), {@code number} (numbers and scales),
 * {@code ratings} (the product grid).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(
        String choice,
        List<String> choices,
        @JsonDeserialize(using = CleanText.Lines.class) String text,
        Double number,
        List<ProductRating> ratings) {

    public static Answer ofChoice(String choice) {
        return new Answer(choice, null, null, null, null);
    }

    public static Answer ofChoices(List<String> choices) {
        return new Answer(null, choices, null, null, null);
    }

    public static Answer ofText(String text) {
        return new Answer(null, null, text, null, null);
    }

    public static Answer ofNumber(double number) {
        return new Answer(null, null, null, number, null);
    }

    public static Answer ofRatings(List<ProductRating> ratings) {
        return new Answer(null, null, null, null, ratings);
    }
}
