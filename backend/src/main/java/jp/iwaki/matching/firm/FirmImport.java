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
import jp.iwaki.matching.advisor.Advisor;
import jp.iwaki.matching.advisor.AdvisorDirectory;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.JapaneseText;
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
        COLUMNS.put("担当経営指導員", "advisorSubject");
    }

    private static final List<String> REQUIRED_COLUMNS = List.of("商号", "フリガナ", "業種", "会員");

    private static final String ADVISOR_COLUMN = "担当経営指導員";

    private final Validator validator;
    private final FirmService firms;
    private final AdvisorDirectory advisors;

    FirmImport(Validator validator, FirmService firms, AdvisorDirectory advisors) {
        this.validator = validator;
        this.firms = firms;
        this.advisors = advisors;
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
                rows.add(CsvImport.Row.failed(line, CsvImport.value(record, "商号"), null, null, problems));
                continue;
            }
            for (ConstraintViolation<FirmInput> violation : validator.validate(input)) {
                String field = violation.getPropertyPath().toString();
                problems.add(CsvImport.Problem.of(violation, columnOf(field)));
            }
            Optional<Firm> match = matching(input.corporateNumber(), input.tradeName(), input.postalCode(), record.isMapped("郵便番号"));
            String identity = input.corporateNumber() != null ? input.corporateNumber()
                    : JapaneseText.searchKey(input.tradeName()) + "|" + input.postalCode();
            if (!(input.corporateNumber() != null ? numbersInFile : namesInFile).add(identity)) {
                problems.add(new CsvImport.Problem(input.corporateNumber() != null ? "法人番号" : "商号", "import.duplicateRow",
                        "The same firm appears twice in the file"));
            }
            if (match.isPresent() && match.get().isArchived()) {
                problems.add(new CsvImport.Problem("商号", "firm.archived", "The matching firm is archived"));
            }
            String advisorName = CsvImport.value(record, ADVISOR_COLUMN);
            String advisorSubject = advisorSubject(advisorName, problems);
            if (!problems.isEmpty()) {
                rows.add(CsvImport.Row.failed(line, input.tradeName(), null, match.map(f -> f.id).orElse(null), problems));
                continue;
            }
            // Without the column a row keeps the firm's advisor; with it, the column says who (empty: nobody).
            boolean advisorGiven = record.isMapped(ADVISOR_COLUMN);
            FirmInput row = match.isPresent()
                    ? merge(record, input, match.get(), advisorGiven ? advisorSubject : match.get().advisorSubject)
                    : withAdvisor(input, advisorSubject);
            if (match.isPresent()) {
                rows.add(CsvImport.Row.updated(line, input.tradeName(), null, match.get().id, firms.changes(match.get(), row)));
            } else {
                rows.add(CsvImport.Row.created(line, input.tradeName(), null));
            }
            planned.add(new Planned(row, match));
        }
        return CsvImport.finish(table, dryRun, rows, planned, plan -> plan.match().isPresent(), plan -> {
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

    /** The row as the JSON API would read it: text normalised, numbers and flags parsed. */
    private static FirmInput toInput(CSVRecord record, Map<String, String> industries, List<CsvImport.Problem> problems) {
        String industryText = JapaneseText.clean(CsvImport.value(record, "業種"));
        String industry = industryText == null ? null : industries.getOrDefault(industryText.toUpperCase(Locale.ROOT), industries.get(industryText));
        if (industryText != null && industry == null) {
            problems.add(new CsvImport.Problem("業種", "firm.industry.unknown", "Unknown industry " + industryText));
        }
        Integer employees = null;
        String employeesText = JapaneseText.code(CsvImport.value(record, "従業員数"));
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
                JapaneseText.code(CsvImport.value(record, "法人番号")), industry == null ? industryText : industry,
                JapaneseText.code(CsvImport.value(record, "郵便番号")), JapaneseText.clean(CsvImport.value(record, "住所")),
                JapaneseText.clean(CsvImport.value(record, "代表者")), JapaneseText.clean(CsvImport.value(record, "担当者")),
                JapaneseText.code(CsvImport.value(record, "電話")), JapaneseText.code(CsvImport.value(record, "メール")),
                employees, member, null, null);
    }

    /**
     * A row that updates a firm keeps what the file does not carry: the notes, and every optional
     * column the file leaves out (a column that is there but empty clears the field).
     */
    private static FirmInput merge(CSVRecord record, FirmInput row, Firm firm, String advisorSubject) {
        return new FirmInput(row.tradeName(), row.tradeNameKana(),
                kept(record, "法人番号", row.corporateNumber(), firm.corporateNumber), row.industryCode(),
                kept(record, "郵便番号", row.postalCode(), firm.postalCode), kept(record, "住所", row.address(), firm.address),
                kept(record, "代表者", row.representativeName(), firm.representativeName),
                kept(record, "担当者", row.contactName(), firm.contactName), kept(record, "電話", row.phone(), firm.phone),
                kept(record, "メール", row.email(), firm.email), kept(record, "従業員数", row.employees(), firm.employees),
                row.chamberMember(), advisorSubject, firm.notes);
    }

    private static <T> T kept(CSVRecord record, String column, T fromFile, T current) {
        return record.isMapped(column) ? fromFile : current;
    }

    private static FirmInput withAdvisor(FirmInput row, String advisorSubject) {
        return new FirmInput(row.tradeName(), row.tradeNameKana(), row.corporateNumber(), row.industryCode(), row.postalCode(),
                row.address(), row.representativeName(), row.contactName(), row.phone(), row.email(), row.employees(),
                row.chamberMember(), advisorSubject, row.notes());
    }

    /** The advisor a 担当経営指導員 cell names, by name as Keycloak has it; null for an empty cell. */
    private String advisorSubject(String name, List<CsvImport.Problem> problems) {
        if (JapaneseText.clean(name) == null) {
            return null;
        }
        List<Advisor> named = advisors.named(name);
        if (named.size() == 1) {
            return named.get(0).subject();
        }
        problems.add(new CsvImport.Problem(ADVISOR_COLUMN, named.isEmpty() ? "import.advisorUnknown" : "import.advisorAmbiguous",
                named.isEmpty() ? "No advisor is called " + name : "Several advisors are called " + name));
        return null;
    }

    /**
     * The registered firm a row means: the one with its 法人番号, else the one with the same
     * normalised trade name and postal code. A file without a 郵便番号 column matches by name
     * alone, and only when that name is unambiguous.
     */
    static Optional<Firm> matching(String corporateNumber, String tradeName, String postalCode, boolean postalCodeColumn) {
        if (corporateNumber != null) {
            Optional<Firm> byNumber = Firm.find("corporateNumber", corporateNumber).firstResultOptional();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        String name = JapaneseText.searchKey(tradeName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Firm> candidates = !postalCodeColumn ? Firm.list("searchKey like ?1 escape '\\'", JapaneseText.containsPattern(name).substring(1))
                : postalCode == null ? Firm.list("postalCode is null") : Firm.list("postalCode", postalCode);
        List<Firm> named = candidates.stream().filter(f -> JapaneseText.searchKey(f.tradeName).equals(name)).toList();
        return named.size() == 1 || (postalCodeColumn && !named.isEmpty()) ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String columnOf(String field) {
        return COLUMNS.entrySet().stream().filter(e -> field.startsWith(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(field);
    }
}
