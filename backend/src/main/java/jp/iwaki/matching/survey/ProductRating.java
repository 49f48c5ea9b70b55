package jp.iwaki.matching.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jp.iwaki.matching.common.CleanText;

/** One product of the rating grid: the five criteria (1–5), a comment, the wish to negotiate and the consent to be named. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductRating(
        Long productId,
        Integer design,
        Integer taste,
        Integer price,
        Integer contentVolume,
        @JsonProperty("package") Integer packaging,
        @JsonDeserialize(using = CleanText.Lines.class) String comment,
        Boolean wantToNegotiate,
        Boolean consentToBeNamed) {

    public boolean wants() {
        return Boolean.TRUE.equals(wantToNegotiate);
    }

    public boolean consents() {
        return Boolean.TRUE.equals(consentToBeNamed);
    }

    /** Whether the row says anything at all. */
    @JsonIgnore
    public boolean isEmpty() {
        for (Criterion criterion : Criterion.values()) {
            if (criterion.of(this) != null) {
                return false;
            }
        }
        return comment == null && !wants() && !consents();
    }

    @JsonIgnore
    public boolean isRated() {
        return design != null && taste != null && price != null && contentVolume != null && packaging != null;
    }
}
