package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.CurrentUser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV import of buyer companies with their contacts, one contact a row: rows of the same
 * company (same normalised name and postal code) are one company. Companies match existing
 * ones by normalised name and postal code; contacts match by e-mail, else by name. Encoding,
 * dry run and all-or-nothing as for firms.
 */
@ApplicationScoped
public class BuyerImport {
    private static final List<String> REQUIRED_COLUMNS = List.of("企業名", "フリガナ", "種別", "地域");
    private static final Map<String, String> COMPANY_COLUMNS = Map.of("name", "企業名", "nameKana", "フリガナ",
            "postalCode", "郵便番号", "address", "住所", "phone", "電話", "notes", "メモ");
    private static final Map<String, String> CONTACT_COLUMNS = Map.of("name", "担当者", "nameKana", "担当者フリガナ",
            "department", "部署", "email", "メール", "phone", "担当者電話");
    private static final Map<String, BuyerType> TYPES = Arrays.stream(BuyerType.values())
            .collect(Collectors.toMap(t -> t.labelJa, Function.identity()));
    private static final Map<String, Region> REGIONS = Arrays.stream(Region.values())
            .collect(Collectors.toMap(r -> r.labelJa, Function.identity()));

    private final Validator validator;
    private final BuyerCompanyService buyers;

    BuyerImport(Validator validator, BuyerCompanyService buyers) {
        this.validator = validator;
        this.buyers = buyers;
    }

    private record Planned(BuyerCompanyInput company, Optional<BuyerCompany> match, List<BuyerContactInput> contacts) {
    }

    @Transactional
    public CsvImport.Report run(byte[] file, boolean dryRun, CurrentUser actor) {
        CsvImport.Table table = CsvImport.read(file, REQUIRED_COLUMNS);
        List<CSVRecord> records = table.records();
        List<CsvImport.Row> rows = new ArrayList<>();
        Map<String, Planned> companies = new LinkedHashMap<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            List<CsvImport.Problem> problems = new ArrayList<>();
            BuyerType type = parse(TYPES, BuyerType.class, CsvImport.value(record, "種別"), "種別", problems);
            Region region = parse(REGIONS, Region.class, CsvImport.value(record, "地域"), "地域", problems);
            BuyerCompanyInput company = new BuyerCompanyInput(JapaneseText.clean(CsvImport.value(record, "企業名")),
                    JapaneseText.reading(CsvImport.value(record, "フリガナ")), type, region, JapaneseText.code(CsvImport.value(record, "郵便番号")),
                    JapaneseText.clean(CsvImport.value(record, "住所")), JapaneseText.code(CsvImport.value(record, "電話")), JapaneseText.cleanLines(CsvImport.value(record, "メモ")));
            validate(company, COMPANY_COLUMNS, problems);
            BuyerContactInput contact = null;
            if (JapaneseText.clean(CsvImport.value(record, "担当者")) != null || JapaneseText.code(CsvImport.value(record, "メール")) != null) {
                contact = new BuyerContactInput(JapaneseText.clean(CsvImport.value(record, "担当者")), JapaneseText.reading(CsvImport.value(record, "担当者フリガナ")),
                        JapaneseText.clean(CsvImport.value(record, "部署")), JapaneseText.code(CsvImport.value(record, "メール")),
                        JapaneseText.code(CsvImport.value(record, "担当者電話")), null);
                validate(contact, CONTACT_COLUMNS, problems);
            }
            String contactName = contact == null ? null : contact.name();
            if (!problems.isEmpty()) {
                rows.add(CsvImport.Row.failed(line, company.name(), contactName, null, problems));
                continue;
            }
            String identity = JapaneseText.searchKey(company.name()) + "|" + company.postalCode();
            boolean firstRowOfCompany = !companies.containsKey(identity);
            Planned planned = companies.computeIfAbsent(identity, key -> new Planned(company, match(company), new ArrayList<>()));
            Optional<BuyerCompany> existing = planned.match();
            if (existing.isPresent() && existing.get().isArchived()) {
                rows.add(CsvImport.Row.failed(line, company.name(), contactName, existing.get().id,
                        List.of(new CsvImport.Problem("企業名", "buyer.archived", "The matching company is archived"))));
                continue;
            }
            if (contact != null) {
                planned.contacts().add(contact);
            }
            if (existing.isEmpty()) {
                rows.add(CsvImport.Row.created(line, company.name(), contactName));
                continue;
            }
            // The company's own changes are shown once, on its first row; each row shows its contact's.
            List<FieldChange> changes = new ArrayList<>(firstRowOfCompany ? buyers.changes(existing.get(), merged(planned)) : List.of());
            if (contact != null) {
                changes.addAll(buyers.contactChanges(knownContact(existing.get().id, contact).orElse(null), contact));
            }
            rows.add(CsvImport.Row.updated(line, company.name(), contactName, existing.get().id, changes));
        }
        return CsvImport.finish(table, dryRun, rows, List.copyOf(companies.values()), plan -> plan.match().isPresent(), plan -> {
            long companyId;
            if (plan.match().isPresent()) {
                BuyerCompany existing = plan.match().get();
                companyId = buyers.update(existing.id, existing.version, merged(plan), actor).id();
            } else {
                companyId = buyers.create(plan.company(), actor).id();
            }
            for (BuyerContactInput contact : plan.contacts()) {
                Optional<BuyerContact> known = knownContact(companyId, contact);
                if (known.isPresent()) {
                    buyers.updateContact(companyId, known.get().id, known.get().version, contact, actor);
                } else {
                    buyers.addContact(companyId, contact, actor);
                }
            }
        });
    }

    /** A row without メモ keeps the company's notes. */
    private static BuyerCompanyInput merged(Planned plan) {
        BuyerCompanyInput row = plan.company();
        if (row.notes() != null || plan.match().isEmpty()) {
            return row;
        }
        return new BuyerCompanyInput(row.name(), row.nameKana(), row.type(), row.region(), row.postalCode(), row.address(), row.phone(),
                plan.match().get().notes);
    }

    /** The company's contact a row means: the same e-mail address, else (without one) the same name. */
    private static Optional<BuyerContact> knownContact(long companyId, BuyerContactInput contact) {
        return BuyerContact.ofCompany(companyId).stream()
                .filter(c -> contact.email() != null ? contact.email().equalsIgnoreCase(Objects.toString(c.email, ""))
                        : JapaneseText.searchKey(c.name).equals(JapaneseText.searchKey(contact.name())))
                .findFirst();
    }

    private <T> void validate(T input, Map<String, String> columns, List<CsvImport.Problem> problems) {
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            String field = violation.getPropertyPath().toString();
            problems.add(CsvImport.Problem.of(violation, columns.getOrDefault(field, field)));
        }
    }

    private static <E extends Enum<E>> E parse(Map<String, E> labels, Class<E> type, String text, String column,
                                               List<CsvImport.Problem> problems) {
        String cleaned = JapaneseText.clean(text);
        if (cleaned == null) {
            return null;
        }
        E byLabel = labels.get(cleaned);
        if (byLabel != null) {
            return byLabel;
        }
        try {
            return Enum.valueOf(type, cleaned.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new CsvImport.Problem(column, "json.invalidValue", "Unknown value " + cleaned));
            return null;
        }
    }

    private static Optional<BuyerCompany> match(BuyerCompanyInput input) {
        String key = JapaneseText.searchKey(input.name());
        List<BuyerCompany> samePostalCode = input.postalCode() == null
                ? BuyerCompany.list("postalCode is null") : BuyerCompany.list("postalCode", input.postalCode());
        return samePostalCode.stream().filter(c -> JapaneseText.searchKey(c.name).equals(key)).findFirst();
    }

}
