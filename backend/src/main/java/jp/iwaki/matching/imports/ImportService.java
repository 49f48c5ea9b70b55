package jp.iwaki.matching.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.security.CurrentUser;
import org.apache.commons.csv.CSVRecord;

/** What the imports share beyond a run: their descriptions, and a file's columns for the mapping step. */
@ApplicationScoped
public class ImportService {
    /** Enough to recognise a column; the preview stays small for a 10,000-row file. */
    static final int SAMPLES = 3;
    private static final int SAMPLE_LENGTH = 100;

    private final Instance<Importer> importers;

    ImportService(Instance<Importer> importers) {
        this.importers = importers;
    }

    public ImportDescriptionDto describe(String kind) {
        return importer(kind).description().toDto();
    }

    /** The file's columns with their first values and the mapping proposed for them: the user's last, else by header. */
    @Transactional
    public ImportFilePreview preview(String kind, byte[] file, CurrentUser user) {
        ImportDescription description = importer(kind).description();
        CsvImport.Table table = CsvImport.read(file);
        Optional<RememberedMapping> remembered = RememberedMapping.of(user.subject(), description.kind());
        List<ImportFilePreview.FileColumn> columns = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.add(new ImportFilePreview.FileColumn(table.header().get(i), samples(table.records(), i)));
        }
        return new ImportFilePreview(table.encoding(), table.records().size(), columns,
                ColumnMapping.suggest(description, table.header(), remembered), remembered.isPresent());
    }

    private static List<String> samples(List<CSVRecord> records, int position) {
        List<String> samples = new ArrayList<>();
        for (CSVRecord record : records) {
            if (samples.size() == SAMPLES) {
                break;
            }
            String cell = position < record.size() ? record.get(position) : "";
            if (!cell.isBlank()) {
                samples.add(cell.length() > SAMPLE_LENGTH ? cell.substring(0, SAMPLE_LENGTH) + "…" : cell);
            }
        }
        return samples;
    }

    /** The import of a kind; 404 for a kind there is none of. */
    Importer importer(String kind) {
        ImportKind known = ImportKind.of(kind).orElseThrow(() -> ApiException.notFound("Import " + kind));
        return importers.stream().filter(i -> i.description().kind() == known).findFirst()
                .orElseThrow(() -> ApiException.notFound("Import " + kind));
    }
}
