package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import jp.iwaki.matching.advisor.Advisor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Firm", requiredProperties = {"id", "tradeName", "tradeNameKana", "industryCode", "chamberMember",
        "archived", "version", "createdAt", "updatedAt"})
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
