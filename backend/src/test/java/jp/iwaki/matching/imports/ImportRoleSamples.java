package jp.iwaki.matching.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the operations the imports share, for the endpoint-roles test. */
public class ImportRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("describeImport", (r, u) -> r.get("/api/imports/firms")),
                Map.entry("readImportColumns", (r, u) -> r.contentType("text/csv")
                        .body("事業者名,電話番号\r\n権限テスト,0246-00-0000\r\n".getBytes(StandardCharsets.UTF_8))
                        .post("/api/imports/firms/columns")));
    }
}
