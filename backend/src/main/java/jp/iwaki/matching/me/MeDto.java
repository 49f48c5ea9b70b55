package jp.iwaki.matching.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", requiredProperties = {"subject", "roles"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeDto(
        @Schema(description = "The Keycloak user id") String subject,
        String name,
        String email,
        List<Role> roles,
        @Schema(description = "The buyer company the user belongs to; only for buyers linked to a company.")
        Long buyerCompanyId) {
}
