package jp.iwaki.matching.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One invalid field. {@code key} is a message key the SPA translates; {@code message} is
 * the English text for logs and other API clients.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(
        String field,
        String key,
        String message,
        Map<String, Object> params) {

    public FieldError(String field, String key, String message) {
        this(field, key, message, Map.of());
    }
}
