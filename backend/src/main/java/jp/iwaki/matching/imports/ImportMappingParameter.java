package jp.iwaki.matching.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;

/**
 * Reads the {@code mapping} query parameter of an import, an {@link ImportMapping} as JSON
 * (openapi.yaml: a parameter with application/json content). JSON that is not one is 400
 * naming mapping or the part of it that is wrong (mapping.columns[0].feld).
 */
@Provider
public class ImportMappingParameter implements ParamConverterProvider {
    private final ObjectMapper json;

    ImportMappingParameter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != ImportMapping.class || Arrays.stream(annotations).noneMatch(QueryParam.class::isInstance)) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<ImportMapping>() {
            @Override
            public ImportMapping fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    ImportMapping mapping = json.readValue(value, ImportMapping.class);
                    if (mapping == null) {
                        throw unreadable("mapping", "The mapping is not a JSON object");
                    }
                    return mapping;
                } catch (JsonMappingException e) {
                    String path = e.getPath().stream()
                            .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                            .collect(Collectors.joining());
                    throw unreadable("mapping" + path, "Not a column mapping: " + e.getOriginalMessage());
                } catch (JsonProcessingException e) {
                    throw unreadable("mapping", "The mapping is not well-formed JSON");
                }
            }

            @Override
            public String toString(ImportMapping value) {
                try {
                    return value == null ? null : json.writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static ApiException unreadable(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, "import.mapping.unreadable", message)));
    }
}
