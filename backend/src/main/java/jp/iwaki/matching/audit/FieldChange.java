package jp.iwaki.matching.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldChange", requiredProperties = {"field"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChange(String field, String from, String to) {
}
