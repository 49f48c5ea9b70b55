package jp.iwaki.matching.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Update bodies built from a program as the API returned it. */
public final class TestPrograms {
    private TestPrograms() {
    }

    /** The update body that leaves the program as it is (mutable, to change one thing). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> unchangedBody(Map<String, Object> program) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("nameJa", "nameEn", "descriptionJa", "descriptionEn")) {
            body.put(field, program.get(field));
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Map<String, Object> target : (List<Map<String, Object>>) program.get("targets")) {
            Map<String, Object> copy = new HashMap<>();
            copy.put("metric", target.get("metric"));
            copy.put("baseline", target.get("baseline"));
            List<Map<String, Object>> yearly = new ArrayList<>();
            ((List<Map<String, Object>>) target.get("yearly")).forEach(y -> yearly.add(new HashMap<>(y)));
            copy.put("yearly", yearly);
            targets.add(copy);
        }
        body.put("targets", targets);
        return body;
    }
}
