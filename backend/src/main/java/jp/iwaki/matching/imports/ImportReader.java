package jp.iwaki.matching.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.security.CurrentUser;
import org.apache.commons.csv.CSVRecord;

/**
 * The start every import shares: the file read (encoding, CSV), its columns mapped to the
 * import's fields (automatically, or as the user gave them, which is then remembered for the
 * user and kind), and each line as a {@link MappedRow}.
 */
@ApplicationScoped
public class ImportReader {
    private final ObjectMapper json;

    ImportReader(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param mapping the user's mapping, or null to map every header by its name (a file in our own columns)
     */
    public ImportTable read(byte[] file, ImportDescription description, ImportMapping mapping, CurrentUser user) {
        CsvImport.Table table = CsvImport.read(file);
        ColumnMapping columns;
        if (mapping == null) {
            columns = ColumnMapping.automatic(description, table.header());
        } else {
            columns = ColumnMapping.given(description, table.header(), mapping);
            remember(user.subject(), description.kind(), columns);
        }
        List<MappedRow> rows = new ArrayList<>(table.records().size());
        for (CSVRecord record : table.records()) {
            rows.add(new MappedRow((int) record.getRecordNumber() + 1, CsvImport.cells(record), columns));
        }
        return new ImportTable(table.encoding(), columns, rows);
    }

    /** Kept in the caller's transaction; one statement, so that two dry runs at once cannot collide. */
    private void remember(String subject, ImportKind kind, ColumnMapping columns) {
        try {
            RememberedMapping.getEntityManager().createNativeQuery("""
                            insert into import_mapping (user_subject, kind, columns, constants, updated_at)
                            values (:subject, :kind, cast(:columns as jsonb), cast(:constants as jsonb), now())
                            on conflict (user_subject, kind) do update
                            set columns = excluded.columns, constants = excluded.constants, updated_at = excluded.updated_at""")
                    .setParameter("subject", subject)
                    .setParameter("kind", kind.path)
                    .setParameter("columns", json.writeValueAsString(columns.columnsByHeader()))
                    .setParameter("constants", json.writeValueAsString(columns.constants()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mapping of strings is always JSON", e);
        }
    }
}
