package jp.iwaki.matching.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChange(String field, String from, String to) {
}
