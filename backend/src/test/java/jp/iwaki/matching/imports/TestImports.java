package jp.iwaki.matching.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Column mappings as the wizard sends them (JSON in ?mapping=), and a clean slate of remembered ones. */
public final class TestImports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestImports() {
    }

    /** A mapping: pairs of header and field (null leaves the column out), then field and value for every row, in pairs. */
    public static String mapping(List<String[]> columns, String... constantPairs) {
        List<Map<String, Object>> columnList = new ArrayList<>();
        for (String[] column : columns) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column[0]);
            entry.put("field", column[1]);
            columnList.add(entry);
        }
        List<Map<String, Object>> constantList = new ArrayList<>();
        for (int i = 0; i < constantPairs.length; i += 2) {
            constantList.add(Map.of("field", constantPairs[i], "value", constantPairs[i + 1]));
        }
        return json(Map.of("columns", columnList, "constants", constantList));
    }

    /** A mapping the API proposed, with one more value for every row. */
    @SuppressWarnings("unchecked")
    public static String withConstant(Map<String, Object> proposed, String field, String value) {
        Map<String, Object> mapping = new LinkedHashMap<>(proposed);
        List<Object> constants = new ArrayList<>((List<Object>) mapping.get("constants"));
        constants.add(Map.of("field", field, "value", value));
        mapping.put("constants", constants);
        return json(mapping);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String[] column(String header, String field) {
        return new String[] {header, field};
    }

    /** Forgets every remembered mapping, so that a test sees only what it remembers itself. */
    public static void forgetMappings() {
        QuarkusTransaction.requiringNew().run(() -> RememberedMapping.deleteAll());
    }
}
