package jp.iwaki.matching.buyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shown once: the new login of a contact and its temporary password. */
@Schema(name = "LoginGrant", requiredProperties = {"username", "temporaryPassword", "contact"})
public record LoginGrantDto(
        String username,
        @Schema(description = "Valid for the first sign-in only; Keycloak then asks for a new password. Not stored by the API.")
        String temporaryPassword,
        BuyerContactDto contact) {
}
