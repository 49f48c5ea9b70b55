package jp.iwaki.matching.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one error shape of the API. */
@Schema(name = "Problem",
        description = "RFC 9457 problem details. `type` is stable and names the kind of problem; the SPA translates it.",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "A URN naming the kind of problem, e.g. urn:iwaki-matching:problem:validation")
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title, type.status, detail, instance, errors);
    }
}
