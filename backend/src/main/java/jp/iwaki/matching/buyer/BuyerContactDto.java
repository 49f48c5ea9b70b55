package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuyerContact", requiredProperties = {"id", "buyerCompanyId", "name", "hasLogin", "version"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuyerContactDto(
        long id,
        long buyerCompanyId,
        String name,
        String nameKana,
        String department,
        String email,
        String phone,
        @Schema(description = "Whether the contact can log in as a buyer") boolean hasLogin,
        long version) {
}
