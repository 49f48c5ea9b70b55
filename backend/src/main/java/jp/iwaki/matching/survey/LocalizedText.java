package jp.iwaki.matching.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;

/** A text in Japanese and, optionally, English; English readers see the Japanese where it is missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(
        @NotBlank @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String ja,
        @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String en) {

    public String in(Language language) {
        return language == Language.en && en != null && !en.isBlank() ? en : ja;
    }
}
