package jp.iwaki.matching.firm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.common.JapaneseFormats;

/**
 * What a client may set of a firm, for registering and for updating it. Every text is
 * normalised (NFKC, readings in katakana) while it is read, so the checks see clean input.
 */
public record FirmInput(
        @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class)
        String tradeName,

        @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.Reading.class)
        @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}")
        String tradeNameKana,

        @Pattern(regexp = "[0-9]{13}", message = "{format.corporateNumber}") @CorporateNumber
        @JsonDeserialize(using = CleanText.Code.class)
        String corporateNumber,

        @NotBlank @Size(max = 2) @JsonDeserialize(using = CleanText.Code.class)
        String industryCode,

        @Pattern(regexp = JapaneseFormats.POSTAL_CODE, message = "{format.postalCode}") @JsonDeserialize(using = CleanText.Code.class)
        String postalCode,

        @Size(max = 300) @JsonDeserialize(using = CleanText.class)
        String address,

        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String representativeName,

        @Size(max = 100) @JsonDeserialize(using = CleanText.class)
        String contactName,

        @Pattern(regexp = JapaneseFormats.PHONE, message = "{format.phone}")
        @JsonDeserialize(using = CleanText.Code.class)
        String phone,

        @Email @Size(max = 254) @JsonDeserialize(using = CleanText.Code.class)
        String email,

        @Min(0) @Max(1_000_000)
        Integer employees,

        @NotNull
        Boolean chamberMember,

        @Size(max = 100) @JsonDeserialize(using = CleanText.Code.class)
        String advisorSubject,

        @Size(max = 4000) @JsonDeserialize(using = CleanText.Lines.class)
        String notes) {
}
