package jp.iwaki.matching.imports;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemMappers;

/**
 * One line of a file read through its {@link ColumnMapping}: each field's value, read by the
 * field's parser, and the problems found on the line, each naming the column it came from.
 */
public final class MappedRow {
    private final int line;
    private final List<String> cells;
    private final ColumnMapping mapping;
    private final Map<String, Object> values = new HashMap<>();
    private final List<CsvImport.Problem> problems = new ArrayList<>();

    MappedRow(int line, List<String> cells, ColumnMapping mapping) {
        this.line = line;
        this.cells = cells;
        this.mapping = mapping;
    }

    /** The line in the file, the header being line 1. */
    public int line() {
        return line;
    }

    /** The file carries the field: a column is mapped to it or a value is given for every row. */
    public boolean has(ImportField<?> field) {
        return mapping.has(field);
    }

    /** The field's text as written (null when absent or empty), for a name to show and for lookups. */
    public String text(ImportField<?> field) {
        return mapping.text(cells, field);
    }

    /** The field's value, read by its parser; null when absent, empty or unreadable (a problem is recorded once). */
    @SuppressWarnings("unchecked")
    public <T> T value(ImportField<T> field) {
        if (values.containsKey(field.name())) {
            return (T) values.get(field.name());
        }
        T value = null;
        String text = text(field);
        if (text != null) {
            try {
                value = field.parser().parse(text);
            } catch (CellParser.Unreadable e) {
                problem(field, e.key(), e.getMessage(), e.params());
            }
        }
        values.put(field.name(), value);
        return value;
    }

    /**
     * For a row that updates a record: the file's value when it carries the field, else what the
     * record has when the field is kept when absent ({@code stored} is null for a new record).
     */
    public <T> T valueOr(ImportField<T> field, T stored) {
        if (has(field)) {
            return value(field);
        }
        return field.keptWhenAbsent() ? stored : null;
    }

    public void problem(ImportField<?> field, String key, String message) {
        problem(field, key, message, Map.of());
    }

    public void problem(ImportField<?> field, String key, String message, Map<String, Object> params) {
        problems.add(new CsvImport.Problem(mapping.columnOf(field), field.name(), key, message, params));
    }

    /** A failed check of the record the row makes, on the column of the field it names ({@code prefix}: contact. for a buyer's contact). */
    public void violation(ConstraintViolation<?> violation, String prefix) {
        FieldError error = ProblemMappers.fieldError(violation);
        String name = prefix + violation.getPropertyPath().toString();
        ImportField<?> field = mapping.description().field(name).orElse(null);
        String column = field == null ? name : mapping.columnOf(field);
        problems.add(new CsvImport.Problem(column, field == null ? null : name, error.key(), error.message(), error.params()));
    }

    public List<CsvImport.Problem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** How many problems the row has so far, to tell whether a step found one. */
    public int problemCount() {
        return problems.size();
    }
}
