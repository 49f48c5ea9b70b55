package jp.iwaki.matching.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.iwaki.matching.advisor.Advisor;
import jp.iwaki.matching.advisor.AdvisorDirectory;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.JapaneseText;
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
 * CSV import of firms as Japanese offices keep them: UTF-8 (with or without BOM) or
 * Shift_JIS (CP932), told apart automatically, in the office's own columns mapped to ours. A dry
 * run lists every problem by row and column; a commit writes all rows or none. Rows match
 * existing firms by 法人番号, else by normalised trade name and postal code, and update them
 * instead of duplicating them.
 */
@ApplicationScoped
public class FirmImport implements Importer {
    static final ImportField<String> TRADE_NAME = ImportField.text("tradeName", "商号", "Trade name")
            .synonyms("事業者名", "会社名", "企業名", "社名", "法人名", "名称", "事業所名", "屋号").required();
    static final ImportField<String> TRADE_NAME_KANA = ImportField.reading("tradeNameKana", "フリガナ", "Reading (kana)")
            .synonyms("カナ", "かな", "よみがな", "読み", "商号フリガナ", "事業者名フリガナ", "会社名フリガナ").required();
    static final ImportField<String> CORPORATE_NUMBER = ImportField.code("corporateNumber", "法人番号", "Corporate number")
            .synonyms("法人No", "法人番号(13桁)");
    static final ImportField<String> INDUSTRY = ImportField.reference("industryCode", "業種", "Industry", ImportField.ValueKind.INDUSTRY)
            .synonyms("業種名", "業種コード", "産業分類").required();
    static final ImportField<String> POSTAL_CODE = ImportField.code("postalCode", "郵便番号", "Postal code")
            .synonyms("〒", "郵便", "郵便No", "ZIP");
    static final ImportField<String> ADDRESS = ImportField.text("address", "住所", "Address").synonyms("所在地", "住所1", "本社所在地");
    static final ImportField<String> REPRESENTATIVE = ImportField.text("representativeName", "代表者", "Representative")
            .synonyms("代表者名", "代表者氏名", "代表");
    static final ImportField<String> CONTACT = ImportField.text("contactName", "担当者", "Contact person")
            .synonyms("担当者名", "担当者氏名", "ご担当者");
    static final ImportField<String> PHONE = ImportField.code("phone", "電話", "Phone").synonyms("電話番号", "TEL", "代表電話");
    static final ImportField<String> EMAIL = ImportField.code("email", "メール", "E-mail")
            .synonyms("メールアドレス", "E-mail", "Email", "Eメール", "mail");
    static final ImportField<Integer> EMPLOYEES = ImportField.integer("employees", "従業員数", "Employees").synonyms("従業員", "社員数", "従業者数");
    static final ImportField<Boolean> MEMBER = ImportField.choice("chamberMember", "会員", "Chamber member", "import.member",
                    "Write 会員 or 非会員",
                    Choice.of(Boolean.TRUE, "会員", "true", "1", "はい", "○"),
                    Choice.of(Boolean.FALSE, "非会員", "false", "0", "いいえ", "×"))
            .synonyms("会員区分", "会員種別", "会員/非会員").required();
    static final ImportField<String> ADVISOR = ImportField.reference("advisorSubject", "担当経営指導員", "Advisor", ImportField.ValueKind.ADVISOR)
            .synonyms("担当指導員", "経営指導員", "指導員");

    static final ImportDescription DESCRIPTION = new ImportDescription(ImportKind.FIRMS, List.of(TRADE_NAME, TRADE_NAME_KANA,
            CORPORATE_NUMBER, INDUSTRY, POSTAL_CODE, ADDRESS, REPRESENTATIVE, CONTACT, PHONE, EMAIL, EMPLOYEES, MEMBER, ADVISOR));

    private final Validator validator;
    private final FirmService firms;
    private final AdvisorDirectory advisors;
    private final ImportReader reader;

    FirmImport(Validator validator, FirmService firms, AdvisorDirectory advisors, ImportReader reader) {
        this.validator = validator;
        this.firms = firms;
        this.advisors = advisors;
        this.reader = reader;
    }

    @Override
    public ImportDescription description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional
    public CsvImport.Report run(byte[] file, ImportMapping mapping, boolean dryRun, CurrentUser actor) {
        ImportTable table = reader.read(file, DESCRIPTION, mapping, actor);
        FirmMatcher matcher = FirmMatcher.load(table, CORPORATE_NUMBER, TRADE_NAME);
        Map<String, String> industries = new HashMap<>();
        Industry.<Industry>listAll().forEach(i -> {
            industries.put(i.code, i.code);
            industries.put(i.nameJa, i.code);
        });
        List<CsvImport.Row> rows = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (MappedRow row : table.rows()) {
            FirmInput input = toInput(row, industries);
            String name = input == null ? row.text(TRADE_NAME) : input.tradeName();
            if (input == null) {
                rows.add(CsvImport.Row.failed(row.line(), name, null, null, row.problems()));
                continue;
            }
            for (ConstraintViolation<FirmInput> violation : validator.validate(input)) {
                row.violation(violation, "");
            }
            Optional<Firm> match = matcher.find(input.corporateNumber(), input.tradeName(), input.postalCode(), row.has(POSTAL_CODE));
            boolean byNumber = input.corporateNumber() != null;
            String identity = byNumber ? "#" + input.corporateNumber() : JapaneseText.searchKey(input.tradeName()) + "|" + input.postalCode();
            if (!inFile.add(identity)) {
                row.problem(byNumber ? CORPORATE_NUMBER : TRADE_NAME, "import.duplicateRow", "The same firm appears twice in the file");
            }
            if (match.isPresent() && match.get().isArchived()) {
                row.problem(TRADE_NAME, "firm.archived", "The matching firm is archived");
            }
            String advisorSubject = advisorSubject(row);
            if (row.hasProblems()) {
                rows.add(CsvImport.Row.failed(row.line(), name, null, match.map(f -> f.id).orElse(null), row.problems()));
                continue;
            }
            // Without the column a row keeps the firm's advisor; with it, the column says who (empty: nobody).
            FirmInput merged = merge(row, input, match.orElse(null),
                    row.has(ADVISOR) ? advisorSubject : match.map(f -> f.advisorSubject).orElse(null));
            if (match.isPresent()) {
                rows.add(CsvImport.Row.updated(row.line(), name, null, match.get().id, firms.changes(match.get(), merged)));
            } else {
                rows.add(CsvImport.Row.created(row.line(), name, null));
            }
            planned.add(new Planned(merged, match));
        }
        return CsvImport.finish(table.encoding(), dryRun, rows, planned, plan -> plan.match().isPresent(), plan -> {
            if (plan.match().isPresent()) {
                Firm firm = plan.match().get();
                firms.update(firm.id, firm.version, plan.input(), actor);
            } else {
                firms.create(plan.input(), actor);
            }
        });
    }

    private record Planned(FirmInput input, Optional<Firm> match) {
    }

    /** The row as the JSON API would read it: text normalised, numbers and flags parsed; null when a cell is unreadable. */
    private static FirmInput toInput(MappedRow row, Map<String, String> industries) {
        String industryText = row.value(INDUSTRY);
        String industry = industryText == null ? null
                : industries.getOrDefault(industryText.toUpperCase(Locale.ROOT), industries.get(industryText));
        if (industryText != null && industry == null) {
            row.problem(INDUSTRY, "firm.industry.unknown", "Unknown industry " + industryText);
        }
        Integer employees = row.value(EMPLOYEES);
        Boolean member = row.value(MEMBER);
        if (row.hasProblems()) {
            return null;
        }
        return new FirmInput(row.value(TRADE_NAME), row.value(TRADE_NAME_KANA), row.value(CORPORATE_NUMBER),
                industry == null ? industryText : industry, row.value(POSTAL_CODE), row.value(ADDRESS), row.value(REPRESENTATIVE),
                row.value(CONTACT), row.value(PHONE), row.value(EMAIL), employees, member, null, null);
    }

    /**
     * What the row makes of the firm: every field the file carries as the file has it (an empty
     * cell clears it); for a firm it updates, what the file leaves out as the firm has it, and the notes.
     */
    private static FirmInput merge(MappedRow row, FirmInput input, Firm firm, String advisorSubject) {
        return new FirmInput(input.tradeName(), input.tradeNameKana(),
                row.valueOr(CORPORATE_NUMBER, firm == null ? null : firm.corporateNumber), input.industryCode(),
                row.valueOr(POSTAL_CODE, firm == null ? null : firm.postalCode), row.valueOr(ADDRESS, firm == null ? null : firm.address),
                row.valueOr(REPRESENTATIVE, firm == null ? null : firm.representativeName),
                row.valueOr(CONTACT, firm == null ? null : firm.contactName), row.valueOr(PHONE, firm == null ? null : firm.phone),
                row.valueOr(EMAIL, firm == null ? null : firm.email), row.valueOr(EMPLOYEES, firm == null ? null : firm.employees),
                input.chamberMember(), advisorSubject, firm == null ? null : firm.notes);
    }

    /** The advisor a 担当経営指導員 cell names, by name as Keycloak has it; null for an empty cell. */
    private String advisorSubject(MappedRow row) {
        String name = row.value(ADVISOR);
        if (name == null) {
            return null;
        }
        List<Advisor> named = advisors.named(name);
        if (named.size() == 1) {
            return named.get(0).subject();
        }
        row.problem(ADVISOR, named.isEmpty() ? "import.advisorUnknown" : "import.advisorAmbiguous",
                named.isEmpty() ? "No advisor is called " + name : "Several advisors are called " + name);
        return null;
    }
}
