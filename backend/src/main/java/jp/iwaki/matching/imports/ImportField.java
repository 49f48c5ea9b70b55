package jp.iwaki.matching.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.iwaki.matching.common.JapaneseText;

/**
 * One field an import reads, declared once: the header our export and template write, the
 * other headers offices use for it, how a cell is read, whether every file must carry it, and
 * whether a row that updates a record keeps the stored value when the file has no such column.
 * The API describes each import to the SPA from these declarations (GET /api/imports/{kind}).
 *
 * <ul>
 * <li>{@code name}: the field's name in the API (a property of the record's input; contact.email for a buyer's contact);
 * <li>{@code column}: the header our export and template write, in Japanese, also the field's Japanese label;
 * <li>{@code synonyms}: other headers that mean the field (事業者名 for 商号), matched width- and kana-insensitively;
 * <li>{@code required}: a file must carry the field, in a column or as one value for every row;
 * <li>{@code value}: how a cell is read, which tells the SPA the input a value for every row needs;
 * <li>{@code choices}: for a choice, the words a cell is written with (会員, 非会員);
 * <li>{@code keptWhenAbsent}: a row that updates a record keeps the stored value when the file has no such column.
 * </ul>
 */
public final class ImportField<T> {
    private final String name;
    private final String column;
    private final String labelEn;
    private final List<String> synonyms;
    private final boolean required;
    private final ValueKind value;
    private final List<String> choices;
    private final boolean keptWhenAbsent;
    private final CellParser<T> parser;

    /** How a cell is read. */
    public enum ValueKind {
        /** One line of text as typed: full-width letters, digits and spaces half-width, half-width kana full-width. */
        TEXT,
        /** A reading (フリガナ): hiragana become katakana. */
        READING,
        /** A code typed by hand: phone number, postal code, e-mail address, 法人番号. */
        CODE,
        /** Free text with line breaks. */
        LINES,
        /** A whole number; thousands separators allowed. */
        INTEGER,
        /** An amount in yen; 円, ¥ and thousands separators allowed. */
        YEN,
        /** One of a few words ({@code choices}). */
        CHOICE,
        /** A JSIC major category, by code or Japanese name (GET /api/industries). */
        INDUSTRY,
        /** An advisor, by name as Keycloak has it (GET /api/advisors). */
        ADVISOR;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ImportField(String name, String column, String labelEn, List<String> synonyms, boolean required, ValueKind value,
                        List<String> choices, boolean keptWhenAbsent, CellParser<T> parser) {
        this.name = name;
        this.column = column;
        this.labelEn = labelEn;
        this.synonyms = List.copyOf(synonyms);
        this.required = required;
        this.value = value;
        this.choices = List.copyOf(choices);
        this.keptWhenAbsent = keptWhenAbsent;
        this.parser = parser;
    }

    public String name() {
        return name;
    }

    public String column() {
        return column;
    }

    public String labelEn() {
        return labelEn;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public boolean isRequired() {
        return required;
    }

    public ValueKind value() {
        return value;
    }

    public List<String> choices() {
        return choices;
    }

    public boolean keptWhenAbsent() {
        return keptWhenAbsent;
    }

    public CellParser<T> parser() {
        return parser;
    }

    public static ImportField<String> text(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.TEXT, List.of(), true, JapaneseText::clean);
    }

    public static ImportField<String> reading(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.READING, List.of(), true, JapaneseText::reading);
    }

    public static ImportField<String> code(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.CODE, List.of(), true, Cells::code);
    }

    public static ImportField<String> lines(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.LINES, List.of(), true, JapaneseText::cleanLines);
    }

    public static ImportField<Integer> integer(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.INTEGER, List.of(), true, Cells::integer);
    }

    public static ImportField<Integer> yen(String name, String column, String labelEn) {
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.YEN, List.of(), true, Cells::yen);
    }

    /** A text the import resolves itself against reference data (業種, 担当経営指導員). */
    public static ImportField<String> reference(String name, String column, String labelEn, ValueKind value) {
        return new ImportField<>(name, column, labelEn, List.of(), false, value, List.of(), true, JapaneseText::clean);
    }

    /** A value of a choice and the words a cell may write it with; the first is the one the SPA offers. */
    public record Choice<V>(V value, List<String> words) {
        public static <V> Choice<V> of(V value, String... words) {
            return new Choice<>(value, List.of(words));
        }
    }

    /** One of a few words, compared after cleaning and case-insensitively. */
    @SafeVarargs
    public static <V> ImportField<V> choice(String name, String column, String labelEn, String problemKey, String problemMessage,
                                            Choice<V>... choices) {
        Map<String, V> byWord = new LinkedHashMap<>();
        List<String> offered = new ArrayList<>();
        for (Choice<V> choice : choices) {
            offered.add(choice.words().get(0));
            choice.words().forEach(word -> byWord.put(word.toLowerCase(Locale.ROOT), choice.value()));
        }
        CellParser<V> parser = cell -> {
            String cleaned = JapaneseText.clean(cell);
            if (cleaned == null) {
                return null;
            }
            V value = byWord.get(cleaned.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new CellParser.Unreadable(problemKey, problemMessage, Map.of("choices", String.join("、", offered)));
            }
            return value;
        };
        return new ImportField<>(name, column, labelEn, List.of(), false, ValueKind.CHOICE, offered, true, parser);
    }

    public ImportField<T> synonyms(String... headers) {
        return new ImportField<>(name, column, labelEn, List.of(headers), required, value, choices, keptWhenAbsent, parser);
    }

    public ImportField<T> required() {
        return new ImportField<>(name, column, labelEn, synonyms, true, value, choices, keptWhenAbsent, parser);
    }

    /** The field only finds the record (a product's firm): nothing is stored from it, so nothing is kept either. */
    public ImportField<T> findsOnly() {
        return new ImportField<>(name, column, labelEn, synonyms, required, value, choices, false, parser);
    }

    /** Every header that means this field: its column, its synonyms and its own name (tradeName). */
    List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(column);
        headers.addAll(synonyms);
        headers.add(name);
        return headers;
    }
}
