package jp.iwaki.matching.firm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.common.JapaneseFormats;

/** What a client may set of a product (the photo has its own endpoint). */
public record ProductInput(
        @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class)
        String name,
        @Size(max = 200) @JsonDeserialize(using = CleanText.Reading.class)
        @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}")
        String nameKana,
        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String category,
        @Size(max = 4000) @JsonDeserialize(using = CleanText.Lines.class)
        String description,
        @Min(0) @Max(100_000_000)
        Integer priceYen,
        @NotNull
        Boolean taxIncluded,
        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String contentVolume,
        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String shelfLife,
        @Size(max = 200) @JsonDeserialize(using = CleanText.class)
        String packaging,
        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String minimumLot) {
}
