package jp.iwaki.matching.imports;

import java.util.List;

/** What the SPA learns of an import (GET /api/imports/{kind}); see {@link ImportField} for each part. */
public record ImportDescriptionDto(String kind, List<Field> fields) {

    public record Field(String field, String column, String labelEn, List<String> synonyms, boolean required,
                        String value, List<String> choices, boolean keptWhenAbsent) {
    }
}
