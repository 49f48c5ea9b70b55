package jp.iwaki.matching.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.common.JapaneseFormats;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;

/** The shapes of trade-show leads. */
public final class LeadDtos {
    private LeadDtos() {
    }

    public record CompanyInput(
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String name,
            @Size(max = 200) @JsonDeserialize(using = CleanText.Reading.class)
            @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}") String nameKana,
            BuyerType type,
            Region region) {
    }

    public record PersonInput(
            @NotBlank @Size(max = 100) @JsonDeserialize(using = CleanText.class) String name,
            @Size(max = 100) @JsonDeserialize(using = CleanText.Reading.class)
            @Pattern(regexp = JapaneseFormats.KANA, message = "{format.kana}") String nameKana,
            @Size(max = 100) @JsonDeserialize(using = CleanText.class) String department,
            @Email @Size(max = 254) @JsonDeserialize(using = CleanText.class) String email,
            @Pattern(regexp = JapaneseFormats.PHONE, message = "{format.phone}") @JsonDeserialize(using = CleanText.class) String phone) {
    }

    public record Input(
            @NotNull UUID clientId,
            @NotNull Long projectId,
            @NotNull Long firmId,
            @NotNull @Valid CompanyInput company,
            @NotNull @Valid PersonInput person,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String interest,
            @Size(max = 100) List<@NotNull Long> productIds,
            @Size(max = 4000) @JsonDeserialize(using = CleanText.Lines.class) String note,
            @NotNull OffsetDateTime capturedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lead(UUID clientId, long projectId, long firmId, String firmTradeName, long buyerCompanyId, String buyerCompanyName,
                       long buyerContactId, String buyerContactName, long negotiationId, boolean companyMatched,
                       boolean contactMatched, String interest, OffsetDateTime capturedAt, PersonRef capturedBy,
                       OffsetDateTime receivedAt) {
    }
}
