package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.common.JapaneseFormats;

public record BuyerContactInput(
        @NotBlank @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String name,
        @Size(max = 100) @JsonDeserialize(using = CleanText.Reading.class)
        @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}")
        String nameKana,
        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String department,
        @Email @Size(max = 254) @JsonDeserialize(using = CleanText.Code.class)
        String email,
        @Pattern(regexp = JapaneseFormats.PHONE, message = "{format.phone}") @JsonDeserialize(using = CleanText.Code.class)
        String phone,
        /* ja or en; left out: ja for a new contact, unchanged for an existing one. */
        @Pattern(regexp = "ja|en") String preferredLanguage) {
}
