package jp.iwaki.matching.firm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.imports.ImportField;
import jp.iwaki.matching.imports.ImportTable;
import jp.iwaki.matching.imports.MappedRow;

/**
 * The registered firms the rows of a file mean, loaded for the whole file at once: one query for
 * the 法人番号 and one for the names the file holds, however many rows it has.
 */
final class FirmMatcher {
    private final Map<String, Firm> byNumber;
    private final Map<String, List<Firm>> byName;

    private FirmMatcher(Map<String, Firm> byNumber, Map<String, List<Firm>> byName) {
        this.byNumber = byNumber;
        this.byName = byName;
    }

    /** The firms a file's rows name by these fields, archived ones included. */
    static FirmMatcher load(ImportTable table, ImportField<String> corporateNumber, ImportField<String> tradeName) {
        List<String> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MappedRow row : table.rows()) {
            numbers.add(withoutHyphens(row.value(corporateNumber)));
            names.add(row.text(tradeName));
        }
        return load(numbers, names);
    }

    /** 法人番号 as firms are found by them: 13 digits, the hyphens some offices write left out. */
    static String withoutHyphens(String corporateNumber) {
        return corporateNumber == null ? null : corporateNumber.replace("-", "");
    }

    /** The firms with any of these 法人番号 or trade names (compared folded), archived ones included. */
    static FirmMatcher load(Collection<String> corporateNumbers, Collection<String> tradeNames) {
        String[] numbers = corporateNumbers.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        String[] keys = tradeNames.stream().map(JapaneseText::searchKey).filter(k -> !k.isEmpty()).distinct().toArray(String[]::new);
        List<Firm> withNumber = numbers.length == 0 ? List.of() : query("corporate_number = any(:values)", numbers);
        List<Firm> named = keys.length == 0 ? List.of() : query("import_name_key(trade_name) = any(:values)", keys);
        return new FirmMatcher(withNumber.stream().collect(Collectors.toMap(f -> f.corporateNumber, f -> f)),
                named.stream().collect(Collectors.groupingBy(f -> JapaneseText.searchKey(f.tradeName))));
    }

    @SuppressWarnings("unchecked")
    private static List<Firm> query(String condition, String[] values) {
        return Firm.getEntityManager().createNativeQuery("select * from firm where " + condition + " order by id", Firm.class)
                .setParameter("values", values).getResultList();
    }

    /**
     * The registered firm a row means: the one with its 法人番号, else the one with the same
     * normalised trade name and postal code. A file without a postal code matches by name
     * alone, and only when that name is unambiguous.
     */
    Optional<Firm> find(String corporateNumber, String tradeName, String postalCode, boolean postalCodeGiven) {
        if (corporateNumber != null && byNumber.containsKey(corporateNumber)) {
            return Optional.of(byNumber.get(corporateNumber));
        }
        String key = JapaneseText.searchKey(tradeName);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Firm> named = byName.getOrDefault(key, List.of());
        if (!postalCodeGiven) {
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        return named.stream().filter(f -> Objects.equals(f.postalCode, postalCode)).findFirst();
    }
}
