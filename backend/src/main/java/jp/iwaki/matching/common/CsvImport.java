package jp.iwaki.matching.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.validation.ConstraintViolation;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jp.iwaki.matching.audit.FieldChange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** What the CSV imports share: reading the file's encoding and the report of a run. */
public final class CsvImport {
    private static final Charset CP932 = Charset.forName("windows-31j");
    /** A broken or binary file would name thousands of cells; the first ones say enough. */
    private static final int MAX_REPORTED_CELLS = 50;

    private CsvImport() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(String column, String key, String message,
                          Map<String, Object> params) {

        public Problem(String column, String key, String message) {
            this(column, key, message, Map.of());
        }

        /** A failed bean-validation check of the row, on the column that holds the field. */
        public static Problem of(ConstraintViolation<?> violation, String column) {
            FieldError error = ProblemMappers.fieldError(violation);
            return new Problem(column, error.key(), error.message(), error.params());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(int row,
                      String action,
                      String name,
                      String context,
                      Long recordId,
                      List<FieldChange> changes,
                      List<Problem> problems) {

        public static Row created(int row, String name, String context) {
            return new Row(row, "CREATE", name, context, null, null, List.of());
        }

        public static Row updated(int row, String name, String context, long recordId, List<FieldChange> changes) {
            return new Row(row, "UPDATE", name, context, recordId, changes, List.of());
        }

        public static Row failed(int row, String name, String context, Long recordId, List<Problem> problems) {
            return new Row(row, "ERROR", name, context, recordId, null, problems);
        }

        boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    public record Report(boolean dryRun, String encoding,
                         int created, int updated, int failed, List<Row> rows) {
    }

    public record Decoded(String text, String encoding) {
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM or not), else Shift_JIS as Japanese Excel writes it. */
    public static Decoded decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = CP932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
                // Windows' table reads 0x8160, the JIS wave dash 〜 (いわき〜ふぁーむ), as a full-width tilde.
                return new Decoded(text.replace('\uFF5E', '\u301C'), "Shift_JIS");
            } catch (CharacterCodingException neither) {
                throw ApiException.invalid(List.of(new FieldError("file", "import.encoding",
                        "The file is neither UTF-8 nor Shift_JIS")));
            }
        }
    }

    /** The rows of a CSV file with a header line, after its encoding is found. */
    public record Table(List<CSVRecord> records, String encoding) {
    }

    /**
     * Reads the file; 400 naming the problem when it is unreadable, lacks a required column or holds
     * a control character (naming each such cell), 413 when it has more rows than an import takes.
     */
    public static Table read(byte[] file, List<String> requiredColumns) {
        Decoded decoded = decode(file);
        List<CSVRecord> records = new ArrayList<>();
        List<String> header;
        int maxRows = maxRows();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get())) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                if (records.size() == maxRows) {
                    throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "An import takes at most " + maxRows + " rows",
                            List.of(new FieldError("file", "import.tooManyRows", "The file has more than " + maxRows + " rows",
                                    Map.of("max", maxRows))));
                }
                records.add(record);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ApiException.invalid(List.of(new FieldError("file", "import.unreadable", "The file is not a readable CSV")));
        }
        refuseControlCharacters(header, records);
        List<FieldError> missing = requiredColumns.stream().filter(c -> !header.contains(c))
                .map(c -> new FieldError("file", "import.columnMissing", "Column " + c + " is missing", Map.of("column", c))).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        return new Table(records, decoded.encoding());
    }

    /**
     * A cell, or null when the column is absent or the cell empty; the apostrophe our exports put
     * before a formula-like text is taken off ({@link FormulaCells}).
     */
    public static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? FormulaCells.restore(record.get(column)) : null;
    }

    /** Rows an import takes at most (iwaki.limits.import-rows): a chamber's lists are a few thousand. */
    static int maxRows() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().unwrap(io.smallrye.config.SmallRyeConfig.class)
                .getConfigMapping(IwakiConfig.class).limits().importRows();
    }

    /** A file with a control character in a header or cell is refused whole: 400 naming each cell as rows[line].column. */
    private static void refuseControlCharacters(List<String> header, List<CSVRecord> records) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : header) {
            ControlCharacters.firstRefused(column).ifPresent(c -> errors.add(ControlCharacters.error("file", c)));
        }
        for (CSVRecord record : records) {
            for (int i = 0; i < record.size() && errors.size() < MAX_REPORTED_CELLS; i++) {
                String column = i < header.size() ? header.get(i) : Integer.toString(i + 1);
                String field = "rows[" + (record.getRecordNumber() + 1) + "]." + column;
                ControlCharacters.firstRefused(record.get(i)).ifPresent(c -> errors.add(ControlCharacters.error(field, c)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * The end every import shares: a dry run reports; a real run with a problem row writes
     * nothing (422); otherwise each planned record is written, in the caller's transaction.
     *
     * @param planned the records the rows create or update (a buyer company with its contacts is one)
     * @param updates whether a planned record updates an existing one
     */
    public static <P> Report finish(Table table, boolean dryRun, List<Row> rows, List<P> planned, Predicate<P> updates,
                                    Consumer<P> write) {
        int failed = (int) rows.stream().filter(Row::hasProblems).count();
        int updated = (int) planned.stream().filter(updates).count();
        Report report = new Report(dryRun, table.encoding(), planned.size() - updated, updated, failed, rows);
        if (dryRun) {
            return report;
        }
        if (failed > 0) {
            throw rejected(rows, failed);
        }
        planned.forEach(write);
        return report;
    }

    /** A real run with problems writes nothing: 422 naming each problem as rows[line].column. */
    static ApiException rejected(List<Row> rows, int failed) {
        List<FieldError> errors = new ArrayList<>();
        rows.stream().filter(Row::hasProblems).forEach(r -> r.problems().forEach(p -> {
            Map<String, Object> params = new java.util.LinkedHashMap<>(p.params());
            params.put("row", r.row());
            params.put("column", p.column());
            errors.add(new FieldError("rows[" + r.row() + "]." + p.column(), p.key(), p.message(), params));
        }));
        return new ApiException(ProblemType.UNPROCESSABLE, failed + " rows have problems; nothing was imported", errors);
    }
}
