package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

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
        String notes,
        boolean archived,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    BuyerCompanyDto withoutInternals() {
        return new BuyerCompanyDto(id, name, nameKana, type, region, postalCode, address, phone, null, archived, version,
                createdAt, updatedAt);
    }
}
