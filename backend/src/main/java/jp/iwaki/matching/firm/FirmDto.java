package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import jp.iwaki.matching.advisor.Advisor;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirmDto(
        long id,
        String tradeName,
        String tradeNameKana,
        String corporateNumber,
        String industryCode,
        String postalCode,
        String address,
        String representativeName,
        String contactName,
        String phone,
        String email,
        Integer employees,
        boolean chamberMember,
        Advisor advisor,
        String notes,
        boolean archived,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
