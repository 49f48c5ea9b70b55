package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.FieldChange;
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
 * CSV import of buyer companies with their contacts, one contact a row: rows of the same
 * company (same normalised name and postal code) are one company. Companies match existing
 * ones by normalised name and postal code (by name alone, when unambiguous, in a file without
 * postal codes); contacts match by e-mail, else by name. Encoding, mapping, dry run and
 * all-or-nothing as for firms.
 */
@ApplicationScoped
public class BuyerImport implements Importer {
    static final ImportField<String> NAME = ImportField.text("name", "企業名", "Company name")
            .synonyms("会社名", "社名", "取引先名", "バイヤー企業名", "事業者名", "名称").required();
    static final ImportField<String> NAME_KANA = ImportField.reading("nameKana", "フリガナ", "Reading (kana)")
            .synonyms("カナ", "かな", "よみがな", "読み", "企業名フリガナ", "会社名フリガナ").required();
    static final ImportField<BuyerType> TYPE = ImportField.choice("type", "種別", "Type", "import.choice", "Write one of the types",
            Arrays.stream(BuyerType.values()).map(t -> Choice.of(t, t.labelJa, t.name())).toArray(Choice[]::new))
            .synonyms("業態", "企業種別", "バイヤー種別").required();
    static final ImportField<Region> REGION = ImportField.choice("region", "地域", "Region", "import.choice", "Write one of the regions",
            Arrays.stream(Region.values()).map(r -> Choice.of(r, r.labelJa, r.name())).toArray(Choice[]::new))
            .synonyms("エリア", "地区").required();
    static final ImportField<String> POSTAL_CODE = ImportField.code("postalCode", "郵便番号", "Postal code").synonyms("〒", "郵便", "ZIP");
    static final ImportField<String> ADDRESS = ImportField.text("address", "住所", "Address").synonyms("所在地", "本社所在地");
    static final ImportField<String> PHONE = ImportField.code("phone", "電話", "Phone").synonyms("電話番号", "TEL", "代表電話");
    static final ImportField<String> NOTES = ImportField.lines("notes", "メモ", "Notes").synonyms("備考");
    static final ImportField<String> CONTACT_NAME = ImportField.text("contact.name", "担当者", "Contact's name")
            .synonyms("担当者名", "担当者氏名", "ご担当者", "氏名");
    static final ImportField<String> CONTACT_KANA = ImportField.reading("contact.nameKana", "担当者フリガナ", "Contact's reading (kana)")
            .synonyms("担当者カナ", "担当者よみがな", "氏名フリガナ");
    static final ImportField<String> DEPARTMENT = ImportField.text("contact.department", "部署", "Department").synonyms("部署名", "所属");
    static final ImportField<String> EMAIL = ImportField.code("contact.email", "メール", "Contact's e-mail")
            .synonyms("メールアドレス", "E-mail", "Email", "Eメール", "mail");
    static final ImportField<String> CONTACT_PHONE = ImportField.code("contact.phone", "担当者電話", "Contact's phone")
            .synonyms("担当者電話番号", "担当者TEL", "直通電話", "携帯電話");

    static final ImportDescription DESCRIPTION = new ImportDescription(ImportKind.BUYER_COMPANIES, List.of(NAME, NAME_KANA, TYPE,
            REGION, POSTAL_CODE, ADDRESS, PHONE, NOTES, CONTACT_NAME, CONTACT_KANA, DEPARTMENT, EMAIL, CONTACT_PHONE));

    private final Validator validator;
    private final BuyerCompanyService buyers;
    private final ImportReader reader;

    BuyerImport(Validator validator, BuyerCompanyService buyers, ImportReader reader) {
        this.validator = validator;
        this.buyers = buyers;
        this.reader = reader;
    }

    /** A company the file writes, with the contacts of its rows. */
    private record Planned(BuyerCompanyInput company, Optional<BuyerCompany> match, List<BuyerContactInput> contacts) {
    }

    @Override
    public ImportDescription description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional
    public CsvImport.Report run(byte[] file, ImportMapping mapping, boolean dryRun, CurrentUser actor) {
        ImportTable table = reader.read(file, DESCRIPTION, mapping, actor);
        Map<String, List<BuyerCompany>> registered = companiesNamed(table.rows().stream().map(r -> r.text(NAME)).toList());
        Map<Long, List<BuyerContact>> contactsOf = contactsOf(registered);
        List<CsvImport.Row> rows = new ArrayList<>();
        Map<String, Planned> companies = new LinkedHashMap<>();
        for (MappedRow row : table.rows()) {
            String identity = JapaneseText.searchKey(row.value(NAME)) + "|" + row.value(POSTAL_CODE);
            Optional<BuyerCompany> existing = Optional.ofNullable(companies.get(identity)).map(Planned::match)
                    .orElseGet(() -> match(registered, row.value(NAME), row.value(POSTAL_CODE), row.has(POSTAL_CODE)));
            BuyerCompany current = existing.orElse(null);
            BuyerCompanyInput company = new BuyerCompanyInput(row.value(NAME), row.value(NAME_KANA), row.value(TYPE), row.value(REGION),
                    row.valueOr(POSTAL_CODE, current == null ? null : current.postalCode),
                    row.valueOr(ADDRESS, current == null ? null : current.address),
                    row.valueOr(PHONE, current == null ? null : current.phone),
                    row.valueOr(NOTES, current == null ? null : current.notes));
            validate(company, "", row);
            BuyerContactInput contact = null;
            BuyerContact knownContact = null;
            if (row.value(CONTACT_NAME) != null || row.value(EMAIL) != null) {
                knownContact = existing.flatMap(c -> knownContact(contactsOf.getOrDefault(c.id, List.of()), row.value(EMAIL),
                        row.value(CONTACT_NAME))).orElse(null);
                BuyerContact stored = knownContact;
                contact = new BuyerContactInput(row.value(CONTACT_NAME),
                        row.valueOr(CONTACT_KANA, stored == null ? null : blankToNull(stored.nameKana)),
                        row.valueOr(DEPARTMENT, stored == null ? null : stored.department),
                        row.valueOr(EMAIL, stored == null ? null : stored.email),
                        row.valueOr(CONTACT_PHONE, stored == null ? null : stored.phone), null);
                validate(contact, "contact.", row);
            }
            String contactName = contact == null ? null : contact.name();
            if (existing.isPresent() && existing.get().isArchived()) {
                row.problem(NAME, "buyer.archived", "The matching company is archived");
            }
            if (row.hasProblems()) {
                rows.add(CsvImport.Row.failed(row.line(), company.name(), contactName, existing.map(c -> c.id).orElse(null), row.problems()));
                continue;
            }
            boolean firstRowOfCompany = !companies.containsKey(identity);
            Planned planned = companies.computeIfAbsent(identity, key -> new Planned(company, existing, new ArrayList<>()));
            if (contact != null) {
                planned.contacts().add(contact);
            }
            if (existing.isEmpty()) {
                rows.add(CsvImport.Row.created(row.line(), company.name(), contactName));
                continue;
            }
            // The company's own changes are shown once, on its first row; each row shows its contact's.
            List<FieldChange> changes = new ArrayList<>(firstRowOfCompany ? buyers.changes(existing.get(), planned.company()) : List.of());
            if (contact != null) {
                changes.addAll(buyers.contactChanges(knownContact, contact));
            }
            rows.add(CsvImport.Row.updated(row.line(), company.name(), contactName, existing.get().id, changes));
        }
        return CsvImport.finish(table.encoding(), dryRun, rows, List.copyOf(companies.values()), plan -> plan.match().isPresent(), plan -> {
            long companyId;
            if (plan.match().isPresent()) {
                BuyerCompany existing = plan.match().get();
                companyId = buyers.update(existing.id, existing.version, plan.company(), actor).id();
            } else {
                companyId = buyers.create(plan.company(), actor).id();
            }
            for (BuyerContactInput contact : plan.contacts()) {
                Optional<BuyerContact> known = knownContact(BuyerContact.ofCompany(companyId), contact.email(), contact.name());
                if (known.isPresent()) {
                    buyers.updateContact(companyId, known.get().id, known.get().version, contact, actor);
                } else {
                    buyers.addContact(companyId, contact, actor);
                }
            }
        });
    }

    /** The registered companies with any of these names (compared folded), by folded name: one query for the file. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<BuyerCompany>> companiesNamed(List<String> names) {
        String[] keys = names.stream().map(JapaneseText::searchKey).filter(k -> !k.isEmpty()).distinct().toArray(String[]::new);
        List<BuyerCompany> found = keys.length == 0 ? List.of() : BuyerCompany.getEntityManager()
                .createNativeQuery("select * from buyer_company where import_name_key(name) = any(:keys) order by id", BuyerCompany.class)
                .setParameter("keys", keys).getResultList();
        return found.stream().collect(Collectors.groupingBy(c -> JapaneseText.searchKey(c.name)));
    }

    /** The contacts of the registered companies the file names, a thousand companies a query. */
    private static Map<Long, List<BuyerContact>> contactsOf(Map<String, List<BuyerCompany>> registered) {
        List<Long> ids = registered.values().stream().flatMap(List::stream).map(c -> c.id).toList();
        Map<Long, List<BuyerContact>> byCompany = new LinkedHashMap<>();
        ids.forEach(id -> byCompany.put(id, new ArrayList<>()));
        Batches.find(ids, chunk -> BuyerContact.<BuyerContact>list("company.id in ?1 order by nameKana, id", chunk))
                .forEach(c -> byCompany.get(c.company.id).add(c));
        return byCompany;
    }

    /**
     * The registered company a row means: the same normalised name and postal code; in a file
     * without postal codes, the one company with that name.
     */
    private static Optional<BuyerCompany> match(Map<String, List<BuyerCompany>> registered, String name, String postalCode,
                                                boolean postalCodeGiven) {
        List<BuyerCompany> named = registered.getOrDefault(JapaneseText.searchKey(name), List.of());
        if (!postalCodeGiven) {
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        return named.stream().filter(c -> Objects.equals(c.postalCode, postalCode)).findFirst();
    }

    /** The company's contact a row means: the same e-mail address, else (without one) the same name. */
    private static Optional<BuyerContact> knownContact(List<BuyerContact> contacts, String email, String name) {
        return contacts.stream()
                .filter(c -> email != null ? email.equalsIgnoreCase(Objects.toString(c.email, ""))
                        : JapaneseText.searchKey(c.name).equals(JapaneseText.searchKey(name)))
                .findFirst();
    }

    private <T> void validate(T input, String prefix, MappedRow row) {
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            row.violation(violation, prefix);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
