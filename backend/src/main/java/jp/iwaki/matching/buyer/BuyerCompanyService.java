package jp.iwaki.matching.buyer;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;

/**
 * Buyer companies and their contacts. Staff see all of them; a buyer sees its own company
 * only, and any other answers 404, so that ids cannot be probed.
 */
@ApplicationScoped
public class BuyerCompanyService {
    static final String AUDIT_TYPE = "buyer_company";

    private static final Map<String, Sort> SORTS = Map.of(
            "nameKana", Sort.by("nameKana").and("id"),
            "-nameKana", Sort.by("nameKana", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
            "updatedAt", Sort.by("updatedAt").and("id"),
            "-updatedAt", Sort.by("updatedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));

    private final BuyerMapper mapper;
    private final AuditTrail audit;
    private final BuyerAccounts accounts;
    private final BuyerLogins logins;

    BuyerCompanyService(BuyerMapper mapper, AuditTrail audit, BuyerAccounts accounts, BuyerLogins logins) {
        this.mapper = mapper;
        this.audit = audit;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Transactional
    public BuyerCompanyPage list(BuyerCompanyQuery query) {
        PanacheQuery<BuyerCompany> found = query(query);
        long total = found.count();
        List<BuyerCompanyDto> items = found.page(query.page(), query.size()).list().stream().map(mapper::toDto).toList();
        return new BuyerCompanyPage(items, query.page(), query.size(), total);
    }

    static final List<String> EXPORT_HEADERS = List.of("ID", "企業名", "フリガナ", "種別", "地域", "郵便番号", "住所", "電話",
            "担当者数", "状態", "更新日時");

    /** Every company the query matches, for export. */
    @Transactional
    public List<List<Object>> exportRows(BuyerCompanyQuery query) {
        List<BuyerCompany> companies = query(query).list();
        Map<Long, Long> contacts = new java.util.HashMap<>();
        if (!companies.isEmpty()) {
            BuyerContact.getEntityManager().createQuery(
                    "select c.company.id, count(c) from BuyerContact c where c.company.id in ?1 group by c.company.id", Object[].class)
                    .setParameter(1, companies.stream().map(c -> c.id).toList()).getResultList()
                    .forEach(r -> contacts.put((Long) r[0], (Long) r[1]));
        }
        return companies.stream().map(c -> java.util.Arrays.<Object>asList(c.id, c.name, c.nameKana, c.type.labelJa,
                c.region.labelJa, c.postalCode, c.address, c.phone, contacts.getOrDefault(c.id, 0L),
                c.isArchived() ? "アーカイブ" : "", Spreadsheet.dateTime(c.updatedAt))).toList();
    }

    private static PanacheQuery<BuyerCompany> query(BuyerCompanyQuery query) {
        Sort sort = SORTS.get(query.sort() == null ? "nameKana" : query.sort());
        if (sort == null) {
            throw ApiException.invalid(List.of(new FieldError("sort", "validation.sort",
                    "Sort by one of " + String.join(", ", SORTS.keySet()))));
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!query.archived()) {
            where.add("archivedAt is null");
        }
        String key = JapaneseText.searchKey(query.q());
        if (!key.isEmpty()) {
            where.add("searchKey like :q escape '\\'");
            params.and("q", JapaneseText.containsPattern(key));
        }
        if (query.type() != null) {
            where.add("type = :type");
            params.and("type", query.type());
        }
        if (query.region() != null) {
            where.add("region = :region");
            params.and("region", query.region());
        }
        return BuyerCompany.find(String.join(" and ", where), sort, params);
    }

    @Transactional
    public BuyerCompanyDto find(long id, CurrentUser user) {
        BuyerCompanyDto company = mapper.toDto(visible(id, user));
        return user.isStaff() ? company : company.withoutInternals();
    }

    @Transactional
    public BuyerCompanyDto create(BuyerCompanyInput input, CurrentUser actor) {
        BuyerCompany company = new BuyerCompany();
        mapper.apply(input, company);
        company.createdBy = company.updatedBy = actor.subject();
        company.createdAt = company.updatedAt = Instant.now();
        company.persist();
        audit.record(AUDIT_TYPE, company.id, AuditAction.CREATE, actor, AuditTrail.changes(Map.of(), snapshot(company)));
        return mapper.toDto(company);
    }

    @Transactional
    public BuyerCompanyDto update(long id, long expectedVersion, BuyerCompanyInput input, CurrentUser actor) {
        BuyerCompany company = editable(id, expectedVersion);
        Map<String, String> before = snapshot(company);
        mapper.apply(input, company);
        var changes = AuditTrail.changes(before, snapshot(company));
        if (!changes.isEmpty()) {
            company.updatedAt = Instant.now();
            company.updatedBy = actor.subject();
            audit.record(AUDIT_TYPE, company.id, AuditAction.UPDATE, actor, changes);
        }
        BuyerCompany.flush();
        return mapper.toDto(company);
    }

    @Transactional
    public BuyerCompanyDto archive(long id, long expectedVersion, CurrentUser actor) {
        BuyerCompany company = editable(id, expectedVersion);
        company.archivedAt = company.updatedAt = Instant.now();
        company.updatedBy = actor.subject();
        audit.record(AUDIT_TYPE, company.id, AuditAction.ARCHIVE, actor, List.of());
        BuyerCompany.flush();
        // Its contacts can no longer sign in; the tokens they hold are refused by the company's state.
        logins.companyArchived(company);
        return mapper.toDto(company);
    }

    @Transactional
    public List<AuditEventDto> history(long id) {
        if (BuyerCompany.findById(id) == null) {
            throw ApiException.notFound("Buyer company " + id);
        }
        return audit.of(AUDIT_TYPE, id);
    }

    @Transactional
    public List<BuyerContactDto> contacts(long companyId, CurrentUser user) {
        visible(companyId, user);
        return BuyerContact.ofCompany(companyId).stream().map(mapper::toDto).toList();
    }

    @Transactional
    public BuyerContactDto addContact(long companyId, BuyerContactInput input, CurrentUser actor) {
        BuyerCompany company = BuyerCompany.<BuyerCompany>findByIdOptional(companyId)
                .orElseThrow(() -> ApiException.notFound("Buyer company " + companyId));
        if (company.isArchived()) {
            throw archived();
        }
        BuyerContact contact = new BuyerContact();
        contact.company = company;
        mapper.apply(input, contact);
        contact.nameKana = Objects.requireNonNullElse(contact.nameKana, "");
        contact.persist();
        audit.record(AUDIT_TYPE, companyId, AuditAction.UPDATE, actor,
                AuditTrail.changes(Map.of(), contactSnapshot(contact)));
        return mapper.toDto(contact);
    }

    @Transactional
    public BuyerContactDto updateContact(long companyId, long contactId, long expectedVersion, BuyerContactInput input,
                                         CurrentUser actor) {
        BuyerContact contact = BuyerContact.<BuyerContact>findByIdOptional(contactId)
                .filter(c -> c.company.id == companyId)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
        if (contact.version != expectedVersion) {
            throw Etags.stale();
        }
        if (contact.company.isArchived()) {
            throw archived();
        }
        Map<String, String> before = contactSnapshot(contact);
        mapper.apply(input, contact);
        contact.nameKana = Objects.requireNonNullElse(contact.nameKana, "");
        List<FieldChange> changes = new ArrayList<>(AuditTrail.changes(before, contactSnapshot(contact)));
        if (isAnotherPerson(before.get("contacts[" + contact.id + "].name"), before.get("contacts[" + contact.id + "].email"), contact)) {
            // Never hand the old person's login to the new one.
            changes.addAll(logins.personChanged(contact, before.get("contacts[" + contact.id + "].email"), actor));
        }
        if (!changes.isEmpty()) {
            contact.updatedAt = Instant.now();
            audit.record(AUDIT_TYPE, companyId, AuditAction.UPDATE, actor, changes);
        }
        BuyerContact.flush();
        return mapper.toDto(contact);
    }

    /** Another name (width and kana kind aside) or another e-mail address: the contact now names another person. */
    private static boolean isAnotherPerson(String name, String email, BuyerContact contact) {
        return !JapaneseText.searchKey(name).equals(JapaneseText.searchKey(contact.name))
                || !Objects.toString(email, "").equalsIgnoreCase(Objects.toString(contact.email, ""));
    }

    public BuyerContactDto contact(long companyId, long contactId) {
        return BuyerContact.<BuyerContact>findByIdOptional(contactId)
                .filter(c -> c.company.id == companyId)
                .map(mapper::toDto)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
    }

    /** Staff see every company; a buyer its own only, and 404 for the rest. */
    private BuyerCompany visible(long id, CurrentUser user) {
        if (!user.isStaff() && !accounts.companyOf(user.subject()).map(own -> own == id).orElse(false)) {
            throw ApiException.notFound("Buyer company " + id);
        }
        return BuyerCompany.<BuyerCompany>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Buyer company " + id));
    }

    private static BuyerCompany editable(long id, long expectedVersion) {
        BuyerCompany company = BuyerCompany.<BuyerCompany>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Buyer company " + id));
        if (company.version != expectedVersion) {
            throw Etags.stale();
        }
        if (company.isArchived()) {
            throw archived();
        }
        return company;
    }

    private static ApiException archived() {
        return new ApiException(ProblemType.UNPROCESSABLE, "The buyer company is archived and can no longer be changed",
                List.of(new FieldError("archived", "buyer.archived", "The buyer company is archived")));
    }

    private static Map<String, String> snapshot(BuyerCompany company) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", company.name);
        fields.put("nameKana", company.nameKana);
        fields.put("type", company.type.name());
        fields.put("region", company.region.name());
        fields.put("postalCode", company.postalCode);
        fields.put("address", company.address);
        fields.put("phone", company.phone);
        fields.put("notes", company.notes);
        return fields;
    }

    /** What saving the input over the company would change, for an import's preview; the company stays as it is. */
    public List<FieldChange> changes(BuyerCompany company, BuyerCompanyInput input) {
        BuyerCompany draft = new BuyerCompany();
        mapper.apply(input, draft);
        return AuditTrail.changes(snapshot(company), snapshot(draft));
    }

    /** The same for a contact, named contact.name, contact.email, …; every field is new when there is no contact yet. */
    public List<FieldChange> contactChanges(BuyerContact contact, BuyerContactInput input) {
        BuyerContact draft = new BuyerContact();
        mapper.apply(input, draft);
        draft.nameKana = Objects.requireNonNullElse(draft.nameKana, "");
        return AuditTrail.changes(contact == null ? Map.of() : contactSnapshot(contact, "contact."), contactSnapshot(draft, "contact."));
    }

    private static Map<String, String> contactSnapshot(BuyerContact contact) {
        return contactSnapshot(contact, "contacts[" + contact.id + "].");
    }

    private static Map<String, String> contactSnapshot(BuyerContact contact, String at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(at + "name", contact.name);
        fields.put(at + "nameKana", contact.nameKana);
        fields.put(at + "department", contact.department);
        fields.put(at + "email", contact.email);
        fields.put(at + "phone", contact.phone);
        return fields;
    }
}
