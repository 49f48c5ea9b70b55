package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuyerCompany", requiredProperties = {"id", "name", "nameKana", "type", "region", "archived", "version",
        "createdAt", "updatedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuyerCompanyDto(
        long id,
        String name,
        String nameKana,
        BuyerType type,
        Region region,
        String postalCode,
        String address,
        String phone,
        @Schema(description = "Internal; absent for buyers.") String notes,
        boolean archived,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    BuyerCompanyDto withoutInternals() {
        return new BuyerCompanyDto(id, name, nameKana, type, region, postalCode, address, phone, null, archived, version,
                createdAt, updatedAt);
    }
}
