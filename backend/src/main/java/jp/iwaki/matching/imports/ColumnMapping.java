package jp.iwaki.matching.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;

/**
 * Where each field of an import comes from in one file: a column (by its position in the header)
 * or one value given for every row. A field with neither is absent: a row that creates a record
 * leaves it empty, a row that updates one keeps what the record has (when the field says so).
 */
public final class ColumnMapping {
    private final ImportDescription description;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final Map<String, String> constants;

    private ColumnMapping(ImportDescription description, List<String> header, Map<String, Integer> columns, Map<String, String> constants) {
        this.description = description;
        this.header = List.copyOf(header);
        this.columns = Map.copyOf(columns);
        this.constants = Map.copyOf(constants);
    }

    /**
     * Each header to the field it names (column, synonym or field name; the first such column wins),
     * as for a file in our own columns; 400 naming each required field no header names.
     */
    public static ColumnMapping automatic(ImportDescription description, List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            description.fieldForHeader(header.get(i)).ifPresent(f -> columns.putIfAbsent(f.name(), position));
        }
        List<FieldError> missing = description.fields().stream().filter(f -> f.isRequired() && !columns.containsKey(f.name()))
                .map(f -> new FieldError("file", "import.columnMissing", "Column " + f.column() + " is missing",
                        Map.of("column", f.column(), "field", f.name())))
                .toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        return new ColumnMapping(description, header, columns, Map.of());
    }

    /**
     * The mapping the user gave, checked against the import and the file: 400 naming
     * mapping.columns[i].column or .field, mapping.constants[i].field or .value, or
     * mapping.&lt;field&gt; for a required field neither mapped nor given.
     */
    public static ColumnMapping given(ImportDescription description, List<String> header, ImportMapping mapping) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> constants = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<Integer, Integer> entryOfColumn = new HashMap<>();
        for (int i = 0; i < mapping.columns().size(); i++) {
            ImportMapping.Column entry = mapping.columns().get(i);
            String at = "mapping.columns[" + i + "]";
            int position = entry == null || entry.column() == null ? -1 : header.indexOf(entry.column());
            if (position < 0) {
                String column = entry == null ? null : entry.column();
                errors.add(new FieldError(at + ".column", "import.mapping.unknownColumn", "The file has no column " + column,
                        column == null ? Map.of() : Map.of("column", column)));
                continue;
            }
            if (entryOfColumn.putIfAbsent(position, i) != null) {
                errors.add(new FieldError(at + ".column", "import.mapping.columnTwice", "Column " + entry.column() + " is mapped twice",
                        Map.of("column", entry.column())));
                continue;
            }
            if (entry.field() == null) {
                continue;
            }
            Optional<ImportField<?>> field = description.field(entry.field());
            if (field.isEmpty()) {
                errors.add(unknownField(at + ".field", entry.field()));
            } else if (sourceOf.containsKey(entry.field())) {
                errors.add(fieldTwice(at + ".field", field.get(), sourceOf.get(entry.field()), entry.column()));
            } else {
                columns.put(entry.field(), position);
                sourceOf.put(entry.field(), entry.column());
            }
        }
        for (int i = 0; i < mapping.constants().size(); i++) {
            ImportMapping.Constant entry = mapping.constants().get(i);
            String at = "mapping.constants[" + i + "]";
            String name = entry == null ? null : entry.field();
            Optional<ImportField<?>> field = description.field(name);
            if (field.isEmpty()) {
                errors.add(unknownField(at + ".field", name));
            } else if (sourceOf.containsKey(name)) {
                errors.add(fieldTwice(at + ".field", field.get(), sourceOf.get(name), null));
            } else if (entry.value() == null || entry.value().isBlank()) {
                errors.add(new FieldError(at + ".value", "import.mapping.valueMissing", "Give a value for " + field.get().column(),
                        Map.of("field", name, "column", field.get().column())));
            } else {
                try {
                    field.get().parser().parse(entry.value());
                    constants.put(name, entry.value());
                    sourceOf.put(name, field.get().column());
                } catch (CellParser.Unreadable e) {
                    Map<String, Object> params = new LinkedHashMap<>(e.params());
                    params.put("field", name);
                    params.put("column", field.get().column());
                    errors.add(new FieldError(at + ".value", e.key(), e.getMessage(), params));
                }
            }
        }
        for (ImportField<?> field : description.fields()) {
            if (field.isRequired() && !sourceOf.containsKey(field.name())) {
                errors.add(new FieldError("mapping." + field.name(), "import.mapping.required",
                        field.column() + " is required: map a column to it or give one value for every row",
                        Map.of("field", field.name(), "column", field.column())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ColumnMapping(description, header, columns, constants);
    }

    private static FieldError unknownField(String at, String name) {
        return new FieldError(at, "import.mapping.unknownField", "No field is called " + name,
                name == null ? Map.of() : Map.of("field", name));
    }

    private static FieldError fieldTwice(String at, ImportField<?> field, String first, String second) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("field", field.name());
        params.put("column", field.column());
        params.put("first", first);
        if (second != null) {
            params.put("second", second);
        }
        return new FieldError(at, "import.mapping.fieldTwice", field.column() + " is already taken from " + first, params);
    }

    /**
     * What the wizard proposes for a file: what the user chose last time for a header it has seen
     * (a field, or leaving the column out), else the field the header names; the values it gave
     * last time for fields the file still lacks.
     */
    public static ImportMapping suggest(ImportDescription description, List<String> header, Optional<RememberedMapping> remembered) {
        Map<String, String> lastColumns = new HashMap<>();
        remembered.ifPresent(r -> r.columns.forEach((column, field) -> lastColumns.put(ImportDescription.fold(column), field)));
        List<ImportMapping.Column> columns = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String column : header) {
            String folded = ImportDescription.fold(column);
            Optional<ImportField<?>> field = lastColumns.containsKey(folded)
                    ? description.field(lastColumns.get(folded))
                    : description.fieldForHeader(column);
            if (field.isPresent() && !taken.contains(field.get().name()) && !column.isBlank()) {
                taken.add(field.get().name());
                columns.add(new ImportMapping.Column(column, field.get().name()));
            }
        }
        List<ImportMapping.Constant> constants = new ArrayList<>();
        remembered.ifPresent(r -> r.constants.forEach((name, value) -> {
            if (description.field(name).isPresent() && !taken.contains(name)) {
                constants.add(new ImportMapping.Constant(name, value));
            }
        }));
        return new ImportMapping(columns, constants);
    }

    public boolean has(ImportField<?> field) {
        return columns.containsKey(field.name()) || constants.containsKey(field.name());
    }

    /** The field's text in a row: its cell (null when empty or missing) or the value given for every row. */
    String text(List<String> cells, ImportField<?> field) {
        Integer position = columns.get(field.name());
        if (position != null) {
            String cell = position < cells.size() ? cells.get(position) : null;
            return cell == null || cell.isEmpty() ? null : cell;
        }
        return constants.get(field.name());
    }

    /** Where the field comes from, as a problem names it: the file's header, or the field's own column for a value given for every row. */
    public String columnOf(ImportField<?> field) {
        Integer position = columns.get(field.name());
        return position != null ? header.get(position) : field.column();
    }

    public ImportDescription description() {
        return description;
    }

    /** Every header of the file with the field it was mapped to (null: left out), as the user's choice to remember. */
    Map<String, String> columnsByHeader() {
        Map<String, String> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isBlank()) {
                int position = i;
                byHeader.put(header.get(i), columns.entrySet().stream().filter(e -> e.getValue() == position)
                        .map(Map.Entry::getKey).findFirst().orElse(null));
            }
        }
        return byHeader;
    }

    Map<String, String> constants() {
        return constants;
    }
}
