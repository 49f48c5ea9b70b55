package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.common.JapaneseFormats;

/** What a client may set of a buyer company; text is normalised as for firms. */
public record BuyerCompanyInput(
        @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class)
        String name,
        @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.Reading.class)
        @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}")
        String nameKana,
        @NotNull BuyerType type,
        @NotNull Region region,
        @Pattern(regexp = JapaneseFormats.POSTAL_CODE, message = "{format.postalCode}") @JsonDeserialize(using = CleanText.Code.class)
        String postalCode,
        @Size(max = 300) @JsonDeserialize(using = CleanText.class)
        String address,
        @Pattern(regexp = JapaneseFormats.PHONE, message = "{format.phone}") @JsonDeserialize(using = CleanText.Code.class)
        String phone,
        @Size(max = 4000) @JsonDeserialize(using = CleanText.Lines.class)
        String notes) {
}
