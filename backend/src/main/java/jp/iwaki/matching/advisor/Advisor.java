package jp.iwaki.matching.advisor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An advisor (経営指導員): a Keycloak user with the advisor role, by user id and name. */
@Schema(name = "Advisor", requiredProperties = {"subject", "name"})
public record Advisor(
        @Schema(description = "The advisor's Keycloak user id") String subject,
        @Schema(description = "Family name first (鈴木 一郎)") String name) {
}
