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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set of a product (the photo has its own endpoint). */
@Schema(name = "ProductInput", additionalProperties = Schema.False.class)
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
        @Schema(description = "Price in yen") @Min(0) @Max(100_000_000)
        Integer priceYen,
        @Schema(description = "Whether priceYen includes consumption tax (税込)") @NotNull
        Boolean taxIncluded,
        @Schema(description = "内容量, e.g. 120g") @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String contentVolume,
        @Schema(description = "賞味期限, e.g. 製造日から90日") @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String shelfLife,
        @Size(max = 200) @JsonDeserialize(using = CleanText.class)
        String packaging,
        @Schema(description = "最低ロット, e.g. 1ケース（24個）") @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String minimumLot) {
}
