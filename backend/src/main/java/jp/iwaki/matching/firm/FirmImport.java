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
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ProblemMappers;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.CurrentUser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV import of firms as Japanese offices keep them: UTF-8 (with or without BOM) or
 * Shift_JIS (CP932), told apart automatically. A dry run lists every problem by row and
 * column; a commit writes all rows or none. Rows match existing firms by 法人番号, else by
 * normalised trade name and postal code, and update them instead of duplicating them.
 */
@ApplicationScoped
public class FirmImport {
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("商号", "tradeName");
        COLUMNS.put("フリガナ", "tradeNameKana");
        COLUMNS.put("法人番号", "corporateNumber");
        COLUMNS.put("業種", "industryCode");
        COLUMNS.put("郵便番号", "postalCode");
        COLUMNS.put("住所", "address");
        COLUMNS.put("代表者", "representativeName");
        COLUMNS.put("担当者", "contactName");
        COLUMNS.put("電話", "phone");
        COLUMNS.put("メール", "email");
        COLUMNS.put("従業員数", "employees");
        COLUMNS.put("会員", "chamberMember");
    }

    private static final List<String> REQUIRED_COLUMNS = List.of("商号", "フリガナ", "業種", "会員");

    private final Validator validator;
    private final FirmService firms;

    FirmImport(Validator validator, FirmService firms) {
        this.validator = validator;
        this.firms = firms;
    }

    /** Checks every row; with {@code dryRun} false and no problem, writes them all in one transaction. */
    @Transactional
    public CsvImport.Report run(byte[] file, boolean dryRun, CurrentUser actor) {
        CsvImport.Table table = CsvImport.read(file, REQUIRED_COLUMNS);
        List<CSVRecord> records = table.records();

        Map<String, String> industries = new HashMap<>();
        Industry.<Industry>listAll().forEach(i -> {
            industries.put(i.code, i.code);
            industries.put(i.nameJa, i.code);
        });
        List<CsvImport.Row> rows = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> numbersInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            List<CsvImport.Problem> problems = new ArrayList<>();
            FirmInput input = toInput(record, industries, problems);
            if (input == null) {
                rows.add(new CsvImport.Row(line, "ERROR", CsvImport.value(record, "商号"), null, problems));
                continue;
            }
            for (ConstraintViolation<FirmInput> violation : validator.validate(input)) {
                String field = violation.getPropertyPath().toString();
                problems.add(new CsvImport.Problem(columnOf(field), ProblemMappers.messageKey(violation), violation.getMessage()));
            }
            Optional<Firm> match = match(input);
            String identity = input.corporateNumber() != null ? input.corporateNumber()
                    : JapaneseText.searchKey(input.tradeName()) + "|" + input.postalCode();
            if (!(input.corporateNumber() != null ? numbersInFile : namesInFile).add(identity)) {
                problems.add(new CsvImport.Problem(input.corporateNumber() != null ? "法人番号" : "商号", "import.duplicateRow",
                        "The same firm appears twice in the file"));
            }
            if (match.isPresent() && match.get().isArchived()) {
                problems.add(new CsvImport.Problem("商号", "firm.archived", "The matching firm is archived"));
            }
            if (!problems.isEmpty()) {
                rows.add(new CsvImport.Row(line, "ERROR", input.tradeName(), match.map(f -> f.id).orElse(null), problems));
            } else {
                rows.add(new CsvImport.Row(line, match.isPresent() ? "UPDATE" : "CREATE", input.tradeName(), match.map(f -> f.id).orElse(null), List.of()));
                planned.add(new Planned(input, match));
            }
        }
        int failed = (int) rows.stream().filter(r -> r.action().equals("ERROR")).count();
        int updates = (int) planned.stream().filter(p -> p.match().isPresent()).count();
        CsvImport.Report report = new CsvImport.Report(dryRun, table.encoding(), planned.size() - updates, updates, failed, rows);
        if (dryRun) {
            return report;
        }
        if (failed > 0) {
            throw CsvImport.rejected(rows, failed);
        }
        for (Planned plan : planned) {
            if (plan.match().isPresent()) {
                Firm firm = plan.match().get();
                firms.update(firm.id, firm.version, merge(plan.input(), firm), actor);
            } else {
                firms.create(plan.input(), actor);
            }
        }
        return report;
    }

    private record Planned(FirmInput input, Optional<Firm> match) {
    }

    /** The row as the JSON API would read it: text normalised, numbers and flags parsed. */
    private static FirmInput toInput(CSVRecord record, Map<String, String> industries, List<CsvImport.Problem> problems) {
        String industryText = JapaneseText.clean(CsvImport.value(record, "業種"));
        String industry = industryText == null ? null : industries.getOrDefault(industryText.toUpperCase(Locale.ROOT), industries.get(industryText));
        if (industryText != null && industry == null) {
            problems.add(new CsvImport.Problem("業種", "firm.industry.unknown", "Unknown industry " + industryText));
        }
        Integer employees = null;
        String employeesText = JapaneseText.clean(CsvImport.value(record, "従業員数"));
        if (employeesText != null) {
            try {
                employees = Integer.valueOf(employeesText.replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new CsvImport.Problem("従業員数", "json.invalidValue", "Not a number: " + employeesText));
            }
        }
        String memberText = JapaneseText.clean(CsvImport.value(record, "会員"));
        Boolean member = memberText == null ? null : switch (memberText.toLowerCase(Locale.ROOT)) {
            case "会員", "true", "1", "はい", "○" -> Boolean.TRUE;
            case "非会員", "false", "0", "いいえ", "×" -> Boolean.FALSE;
            default -> {
                problems.add(new CsvImport.Problem("会員", "import.member", "Write 会員 or 非会員"));
                yield null;
            }
        };
        if (!problems.isEmpty()) {
            return null;
        }
        return new FirmInput(JapaneseText.clean(CsvImport.value(record, "商号")), JapaneseText.reading(CsvImport.value(record, "フリガナ")),
                JapaneseText.clean(CsvImport.value(record, "法人番号")), industry == null ? industryText : industry,
                JapaneseText.clean(CsvImport.value(record, "郵便番号")), JapaneseText.clean(CsvImport.value(record, "住所")),
                JapaneseText.clean(CsvImport.value(record, "代表者")), JapaneseText.clean(CsvImport.value(record, "担当者")),
                JapaneseText.clean(CsvImport.value(record, "電話")), JapaneseText.clean(CsvImport.value(record, "メール")),
                employees, member, null, null);
    }

    /** An imported row keeps what the file does not carry: the advisor and the notes. */
    private static FirmInput merge(FirmInput row, Firm firm) {
        Advisor advisor = firm.advisorSubject == null ? null : new Advisor(firm.advisorSubject, firm.advisorName);
        return new FirmInput(row.tradeName(), row.tradeNameKana(), row.corporateNumber(), row.industryCode(), row.postalCode(),
                row.address(), row.representativeName(), row.contactName(), row.phone(), row.email(), row.employees(),
                row.chamberMember(), advisor, firm.notes);
    }

    private static Optional<Firm> match(FirmInput input) {
        if (input.corporateNumber() != null) {
            Optional<Firm> byNumber = Firm.find("corporateNumber", input.corporateNumber()).firstResultOptional();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return Firm.<Firm>find("postalCode = ?1", input.postalCode()).stream()
                .filter(f -> JapaneseText.searchKey(f.tradeName).equals(JapaneseText.searchKey(input.tradeName())))
                .findFirst();
    }


    private static String columnOf(String field) {
        return COLUMNS.entrySet().stream().filter(e -> field.startsWith(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(field);
    }
}
