package jp.iwaki.matching.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.security.CurrentUser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV import of products, in the columns the product export writes. Each row names its firm
 * (by 法人番号, else by normalised 商号 and 郵便番号) and a product of that firm is matched by
 * its normalised name: it is updated, else added. An optional column the file leaves out
 * keeps what the product has; a column that is there but empty clears it. Encoding, dry run
 * and all-or-nothing as for firms.
 */
@ApplicationScoped
public class ProductImport {
    private static final List<String> REQUIRED_COLUMNS = List.of("商号", "商品名");
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("商品名", "name");
        COLUMNS.put("フリガナ", "nameKana");
        COLUMNS.put("カテゴリ", "category");
        COLUMNS.put("説明", "description");
        COLUMNS.put("価格", "priceYen");
        COLUMNS.put("税込", "taxIncluded");
        COLUMNS.put("内容量", "contentVolume");
        COLUMNS.put("賞味期限", "shelfLife");
        COLUMNS.put("包装", "packaging");
        COLUMNS.put("最低ロット", "minimumLot");
    }

    private final Validator validator;
    private final ProductService products;

    ProductImport(Validator validator, ProductService products) {
        this.validator = validator;
        this.products = products;
    }

    private record Planned(Firm firm, Optional<Product> match, ProductInput input) {
    }

    @Transactional
    public CsvImport.Report run(byte[] file, boolean dryRun, CurrentUser actor) {
        CsvImport.Table table = CsvImport.read(file, REQUIRED_COLUMNS);
        List<CsvImport.Row> rows = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        // A file usually lists several products of one firm: read each firm's products once.
        Map<Long, List<Product>> productsByFirm = new HashMap<>();
        for (CSVRecord record : table.records()) {
            int line = (int) record.getRecordNumber() + 1;
            List<CsvImport.Problem> problems = new ArrayList<>();
            String name = JapaneseText.clean(CsvImport.value(record, "商品名"));
            String tradeName = JapaneseText.clean(CsvImport.value(record, "商号"));
            Optional<Firm> firm = firmOf(record);
            if (firm.isEmpty()) {
                problems.add(new CsvImport.Problem("商号", "import.firmNotFound",
                        "No registered firm has this 法人番号, or this 商号 and 郵便番号"));
            } else if (firm.get().isArchived()) {
                problems.add(new CsvImport.Problem("商号", "firm.archived", "The firm is archived"));
            }
            Optional<Product> match = firm.flatMap(f -> productOf(productsByFirm.computeIfAbsent(f.id, Product::ofFirm), name));
            ProductInput input = toInput(record, match, problems);
            if (input != null) {
                for (ConstraintViolation<ProductInput> violation : validator.validate(input)) {
                    String field = violation.getPropertyPath().toString();
                    problems.add(CsvImport.Problem.of(violation, columnOf(field)));
                }
            }
            if (firm.isPresent() && name != null && !inFile.add(firm.get().id + "|" + JapaneseText.searchKey(name))) {
                problems.add(new CsvImport.Problem("商品名", "import.duplicateRow", "The same product of this firm appears twice in the file"));
            }
            String context = firm.map(f -> f.tradeName).orElse(tradeName);
            Long recordId = match.map(p -> p.id).orElse(null);
            if (!problems.isEmpty()) {
                rows.add(CsvImport.Row.failed(line, name, context, recordId, problems));
            } else if (match.isPresent()) {
                rows.add(CsvImport.Row.updated(line, name, context, recordId, products.changes(match.get(), input)));
                planned.add(new Planned(firm.get(), match, input));
            } else {
                rows.add(CsvImport.Row.created(line, name, context));
                planned.add(new Planned(firm.get(), match, input));
            }
        }
        return CsvImport.finish(table, dryRun, rows, planned, plan -> plan.match().isPresent(), plan -> {
            if (plan.match().isPresent()) {
                Product product = plan.match().get();
                products.update(product.id, product.version, plan.input(), actor);
            } else {
                products.create(plan.firm().id, plan.input(), actor);
            }
        });
    }

    /** The row's firm, found as the firm import finds it. */
    private static Optional<Firm> firmOf(CSVRecord record) {
        String number = JapaneseText.code(CsvImport.value(record, "法人番号"));
        return FirmImport.matching(number == null ? null : number.replace("-", ""), CsvImport.value(record, "商号"),
                JapaneseText.code(CsvImport.value(record, "郵便番号")), record.isMapped("郵便番号"));
    }

    private static Optional<Product> productOf(List<Product> productsOfFirm, String name) {
        String key = JapaneseText.searchKey(name);
        return key.isEmpty() ? Optional.empty()
                : productsOfFirm.stream().filter(p -> JapaneseText.searchKey(p.name).equals(key)).findFirst();
    }

    /** The row as the JSON API would read it; columns the file lacks keep the matched product's values. */
    private static ProductInput toInput(CSVRecord record, Optional<Product> match, List<CsvImport.Problem> problems) {
        Product kept = match.orElse(null);
        int problemsBefore = problems.size();
        Integer price = cell(record, "価格", kept, p -> p.priceYen, text -> {
            try {
                // A number as a code: every width folded (１，２００円 is 1200).
                return Integer.valueOf(JapaneseText.code(text).replaceAll("[,円¥\\\\]", ""));
            } catch (NumberFormatException e) {
                problems.add(new CsvImport.Problem("価格", "json.invalidValue", "Not a number: " + text));
                return null;
            }
        });
        Boolean taxIncluded = cell(record, "税込", kept, p -> p.taxIncluded, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "税込", "内税", "true", "1", "はい", "○" -> Boolean.TRUE;
            case "税抜", "税別", "外税", "false", "0", "いいえ", "×" -> Boolean.FALSE;
            default -> {
                problems.add(new CsvImport.Problem("税込", "import.taxIncluded", "Write 税込 or 税抜"));
                yield null;
            }
        });
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new ProductInput(JapaneseText.clean(CsvImport.value(record, "商品名")),
                cell(record, "フリガナ", kept, p -> p.nameKana, JapaneseText::reading),
                cell(record, "カテゴリ", kept, p -> p.category, Function.identity()),
                lines(record, "説明", kept),
                price,
                taxIncluded == null ? Boolean.TRUE : taxIncluded,
                cell(record, "内容量", kept, p -> p.contentVolume, Function.identity()),
                cell(record, "賞味期限", kept, p -> p.shelfLife, Function.identity()),
                cell(record, "包装", kept, p -> p.packaging, Function.identity()),
                cell(record, "最低ロット", kept, p -> p.minimumLot, Function.identity()));
    }

    /** A cleaned cell read by {@code parse}; null when empty; the kept product's value when the file has no such column. */
    private static <T> T cell(CSVRecord record, String column, Product kept, Function<Product, T> current, Function<String, T> parse) {
        if (!record.isMapped(column)) {
            return kept == null ? null : current.apply(kept);
        }
        String text = JapaneseText.clean(CsvImport.value(record, column));
        return text == null ? null : parse.apply(text);
    }

    /** 説明 keeps its line breaks and full-width punctuation, as the product form does. */
    private static String lines(CSVRecord record, String column, Product kept) {
        if (!record.isMapped(column)) {
            return kept == null ? null : kept.description;
        }
        return JapaneseText.cleanLines(CsvImport.value(record, column));
    }

    private static String columnOf(String field) {
        return COLUMNS.entrySet().stream().filter(e -> field.equals(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(field);
    }
}
