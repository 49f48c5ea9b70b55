package jp.iwaki.matching.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.imports.Batches;
import jp.iwaki.matching.imports.ImportDescription;
import jp.iwaki.matching.imports.ImportField;
import jp.iwaki.matching.imports.ImportField.Choice;
import jp.iwaki.matching.imports.ImportKind;
import jp.iwaki.matching.imports.ImportMapping;
import jp.iwaki.matching.imports.ImportReader;
import jp.iwaki.matching.imports.ImportTable;
import jp.iwaki.matching.imports.Importer;
import jp.iwaki.matching.imports.MappedRow;
import jp.iwaki.matching.security.CurrentUser;

/**
 * CSV import of products. Each row names its firm (by 法人番号, else by normalised 商号 and
 * 郵便番号) and a product of that firm is matched by its normalised name: it is updated, else
 * added. A field the file leaves out keeps what the product has; a column that is there but
 * empty clears it. Encoding, mapping, dry run and all-or-nothing as for firms.
 */
@ApplicationScoped
public class ProductImport implements Importer {
    static final ImportField<String> FIRM_NAME = ImportField.text("firm.tradeName", "商号", "Firm's trade name")
            .synonyms("事業者名", "会社名", "企業名", "社名").required().findsOnly();
    static final ImportField<String> FIRM_NUMBER = ImportField.code("firm.corporateNumber", "法人番号", "Firm's corporate number")
            .synonyms("法人No").findsOnly();
    static final ImportField<String> FIRM_POSTAL_CODE = ImportField.code("firm.postalCode", "郵便番号", "Firm's postal code")
            .synonyms("〒", "郵便").findsOnly();
    static final ImportField<String> NAME = ImportField.text("name", "商品名", "Product name").synonyms("品名", "製品名", "商品").required();
    static final ImportField<String> NAME_KANA = ImportField.reading("nameKana", "フリガナ", "Reading (kana)")
            .synonyms("カナ", "かな", "よみがな", "読み", "商品名フリガナ");
    static final ImportField<String> CATEGORY = ImportField.text("category", "カテゴリ", "Category")
            .synonyms("カテゴリー", "分類", "商品分類", "ジャンル");
    static final ImportField<String> DESCRIPTION_TEXT = ImportField.lines("description", "説明", "Description")
            .synonyms("商品説明", "説明文", "特徴");
    static final ImportField<Integer> PRICE = ImportField.yen("priceYen", "価格", "Price (yen)").synonyms("販売価格", "単価", "売価", "価格(円)");
    static final ImportField<Boolean> TAX_INCLUDED = ImportField.choice("taxIncluded", "税込", "Tax included", "import.taxIncluded",
                    "Write 税込 or 税抜",
                    Choice.of(Boolean.TRUE, "税込", "内税", "true", "1", "はい", "○"),
                    Choice.of(Boolean.FALSE, "税抜", "税別", "外税", "false", "0", "いいえ", "×"))
            .synonyms("税区分", "税込/税抜");
    static final ImportField<String> CONTENT_VOLUME = ImportField.text("contentVolume", "内容量", "Content volume").synonyms("容量", "規格");
    static final ImportField<String> SHELF_LIFE = ImportField.text("shelfLife", "賞味期限", "Shelf life").synonyms("消費期限", "賞味期間");
    static final ImportField<String> PACKAGING = ImportField.text("packaging", "包装", "Packaging").synonyms("荷姿", "パッケージ", "包装形態");
    static final ImportField<String> MINIMUM_LOT = ImportField.text("minimumLot", "最低ロット", "Minimum lot")
            .synonyms("最小ロット", "ロット", "最低発注単位");

    static final ImportDescription DESCRIPTION = new ImportDescription(ImportKind.PRODUCTS, List.of(FIRM_NAME, FIRM_NUMBER,
            FIRM_POSTAL_CODE, NAME, NAME_KANA, CATEGORY, DESCRIPTION_TEXT, PRICE, TAX_INCLUDED, CONTENT_VOLUME, SHELF_LIFE, PACKAGING,
            MINIMUM_LOT));

    private final Validator validator;
    private final ProductService products;
    private final ImportReader reader;

    ProductImport(Validator validator, ProductService products, ImportReader reader) {
        this.validator = validator;
        this.products = products;
        this.reader = reader;
    }

    private record Planned(Firm firm, Optional<Product> match, ProductInput input) {
    }

    @Override
    public ImportDescription description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional
    public CsvImport.Report run(byte[] file, ImportMapping mapping, boolean dryRun, CurrentUser actor) {
        ImportTable table = reader.read(file, DESCRIPTION, mapping, actor);
        FirmMatcher firms = FirmMatcher.load(table, FIRM_NUMBER, FIRM_NAME);
        List<Optional<Firm>> firmOfRow = table.rows().stream().map(row -> firms.find(FirmMatcher.withoutHyphens(row.value(FIRM_NUMBER)),
                row.text(FIRM_NAME), row.value(FIRM_POSTAL_CODE), row.has(FIRM_POSTAL_CODE))).toList();
        Map<Long, List<Product>> productsByFirm = productsOf(firmOfRow.stream().flatMap(Optional::stream).map(f -> f.id).toList());

        List<CsvImport.Row> rows = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            MappedRow row = table.rows().get(i);
            Optional<Firm> firm = firmOfRow.get(i);
            String name = row.value(NAME);
            if (firm.isEmpty()) {
                row.problem(FIRM_NAME, "import.firmNotFound", "No registered firm has this 法人番号, or this 商号 and 郵便番号");
            } else if (firm.get().isArchived()) {
                row.problem(FIRM_NAME, "firm.archived", "The firm is archived");
            }
            Optional<Product> match = firm.flatMap(f -> productOf(productsByFirm.getOrDefault(f.id, List.of()), name));
            ProductInput input = toInput(row, match.orElse(null));
            if (input != null) {
                for (ConstraintViolation<ProductInput> violation : validator.validate(input)) {
                    row.violation(violation, "");
                }
            }
            if (firm.isPresent() && name != null && !inFile.add(firm.get().id + "|" + JapaneseText.searchKey(name))) {
                row.problem(NAME, "import.duplicateRow", "The same product of this firm appears twice in the file");
            }
            String context = firm.map(f -> f.tradeName).orElse(row.value(FIRM_NAME));
            Long recordId = match.map(p -> p.id).orElse(null);
            if (row.hasProblems()) {
                rows.add(CsvImport.Row.failed(row.line(), name, context, recordId, row.problems()));
            } else if (match.isPresent()) {
                rows.add(CsvImport.Row.updated(row.line(), name, context, recordId, products.changes(match.get(), input)));
                planned.add(new Planned(firm.get(), match, input));
            } else {
                rows.add(CsvImport.Row.created(row.line(), name, context));
                planned.add(new Planned(firm.get(), match, input));
            }
        }
        return CsvImport.finish(table.encoding(), dryRun, rows, planned, plan -> plan.match().isPresent(), plan -> {
            if (plan.match().isPresent()) {
                Product product = plan.match().get();
                products.update(product.id, product.version, plan.input(), actor);
            } else {
                products.create(plan.firm().id, plan.input(), actor);
            }
        });
    }

    /** The active products of these firms, read a thousand firms at a time. */
    private static Map<Long, List<Product>> productsOf(List<Long> firmIds) {
        List<Product> found = Batches.find(firmIds,
                ids -> Product.<Product>list("firm.id in ?1 and archivedAt is null order by nameKana, id", ids));
        return found.stream().collect(Collectors.groupingBy(p -> p.firm.id));
    }

    private static Optional<Product> productOf(List<Product> productsOfFirm, String name) {
        String key = JapaneseText.searchKey(name);
        return key.isEmpty() ? Optional.empty()
                : productsOfFirm.stream().filter(p -> JapaneseText.searchKey(p.name).equals(key)).findFirst();
    }

    /** The row as the JSON API would read it; fields the file lacks keep the matched product's values. Null when a cell is unreadable. */
    private static ProductInput toInput(MappedRow row, Product kept) {
        int before = row.problemCount();
        Integer price = row.valueOr(PRICE, kept == null ? null : kept.priceYen);
        Boolean taxIncluded = row.valueOr(TAX_INCLUDED, kept == null ? null : kept.taxIncluded);
        if (row.problemCount() > before) {
            return null;
        }
        return new ProductInput(row.value(NAME),
                row.valueOr(NAME_KANA, kept == null ? null : kept.nameKana),
                row.valueOr(CATEGORY, kept == null ? null : kept.category),
                row.valueOr(DESCRIPTION_TEXT, kept == null ? null : kept.description),
                price,
                taxIncluded == null ? Boolean.TRUE : taxIncluded,
                row.valueOr(CONTENT_VOLUME, kept == null ? null : kept.contentVolume),
                row.valueOr(SHELF_LIFE, kept == null ? null : kept.shelfLife),
                row.valueOr(PACKAGING, kept == null ? null : kept.packaging),
                row.valueOr(MINIMUM_LOT, kept == null ? null : kept.minimumLot));
    }
}
