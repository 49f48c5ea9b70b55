package jp.iwaki.matching.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field. {@code key} is a message key the SPA translates; {@code message} is
 * the English text for logs and other API clients.
 */
@Schema(name = "FieldError", description = "One invalid field of the request.", requiredProperties = {"field", "key", "message"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(
        @Schema(description = "Path of the field in the request body, e.g. targets[0].yearly[1].value, or the header or parameter name.")
        String field,
        @Schema(description = "Message key the SPA translates, e.g. validation.Max")
        String key,
        @Schema(description = "English message for logs and API clients.")
        String message,
        @Schema(description = "Values for the message, e.g. min and max.", additionalProperties = Schema.True.class)
        Map<String, Object> params) {

    public FieldError(String field, String key, String message) {
        this(field, key, message, Map.of());
    }
}
