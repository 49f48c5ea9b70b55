package jp.iwaki.matching.firm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.iwaki.matching.common.CleanText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The advisor (経営指導員) assigned to a firm: a Keycloak user with the advisor role. */
@Schema(name = "Advisor", requiredProperties = {"subject", "name"})
public record Advisor(
        @Schema(description = "The advisor's Keycloak user id")
        @NotBlank @Size(max = 100) @JsonDeserialize(using = CleanText.class) String subject,
        @NotBlank @Size(max = 100) @JsonDeserialize(using = CleanText.class) String name) {
}
