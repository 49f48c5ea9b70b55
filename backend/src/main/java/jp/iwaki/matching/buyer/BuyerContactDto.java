package jp.iwaki.matching.buyer;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuyerContactDto(
        long id,
        long buyerCompanyId,
        String name,
        String nameKana,
        String department,
        String email,
        String phone,
        boolean hasLogin,
        String preferredLanguage,
        long version) {
}
