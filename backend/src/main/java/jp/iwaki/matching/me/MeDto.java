package jp.iwaki.matching.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeDto(
        String subject,
        String name,
        String email,
        List<Role> roles,
        Long buyerCompanyId) {
}
