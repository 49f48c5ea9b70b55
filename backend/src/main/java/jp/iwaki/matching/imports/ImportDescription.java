package jp.iwaki.matching.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.common.JapaneseText;

/**
 * An import's fields, in the order of its export and template. Built once per import from
 * its {@link ImportField} declarations; a header means at most one field of an import.
 */
public final class ImportDescription {
    private final ImportKind kind;
    private final List<ImportField<?>> fields;
    private final Map<String, ImportField<?>> byName = new HashMap<>();
    private final Map<String, ImportField<?>> byHeader = new HashMap<>();

    public ImportDescription(ImportKind kind, List<ImportField<?>> fields) {
        this.kind = kind;
        this.fields = List.copyOf(fields);
        for (ImportField<?> field : fields) {
            if (byName.put(field.name(), field) != null) {
                throw new IllegalStateException(kind + ": field " + field.name() + " is declared twice");
            }
            for (String header : field.headers()) {
                ImportField<?> other = byHeader.put(fold(header), field);
                if (other != null && other != field) {
                    throw new IllegalStateException(kind + ": header " + header + " would mean " + other.name() + " and " + field.name());
                }
            }
        }
    }

    public ImportKind kind() {
        return kind;
    }

    public List<ImportField<?>> fields() {
        return fields;
    }

    public Optional<ImportField<?>> field(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The field a file's header means: its column, a synonym or its name, ignoring width, kana, case and spaces. */
    public Optional<ImportField<?>> fieldForHeader(String header) {
        return Optional.ofNullable(header == null ? null : byHeader.get(fold(header)));
    }

    /** A header as it is compared: folded as search folds names, without the marks templates put on required columns. */
    static String fold(String header) {
        return JapaneseText.searchKey(header == null ? "" : header.replaceAll("[*＊※]", ""));
    }

    public ImportDescriptionDto toDto() {
        return new ImportDescriptionDto(kind.path, fields.stream()
                .map(f -> new ImportDescriptionDto.Field(f.name(), f.column(), f.labelEn(), f.synonyms(), f.isRequired(),
                        f.value().apiName(), f.choices(), f.keptWhenAbsent()))
                .toList());
    }
}
