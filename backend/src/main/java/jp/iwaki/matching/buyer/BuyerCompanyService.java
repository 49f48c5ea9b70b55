package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;

/**
 * Buyer companies and their contacts. Staff see all of them; a buyer sees its own company
 * only ({@link BuyerScope}).
 */
@ApplicationScoped
public class BuyerCompanyService {
    private static final Sorting SORTS = Sorting.defaultingTo("nameKana")
            .by("nameKana", "nameKana")
            .by("updatedAt", "updatedAt");

    static final List<String> EXPORT_HEADERS = List.of("ID", "企業名", "フリガナ", "種別", "地域", "郵便番号", "住所", "電話",
            "担当者数", "状態", "更新日時");

    private final BuyerMapper mapper;
    private final AuditTrail audit;
    private final BuyerScope scope;
    private final IwakiConfig config;
    private final BuyerLogins logins;

    BuyerCompanyService(BuyerMapper mapper, AuditTrail audit, BuyerScope scope, IwakiConfig config, BuyerLogins logins) {
        this.mapper = mapper;
        this.audit = audit;
        this.scope = scope;
        this.config = config;
        this.logins = logins;
    }

    @Transactional
    public Page<BuyerCompanyDto> list(BuyerCompanyQuery query, Paging paging) {
        return query(query).page(paging, mapper::toDto);
    }

    /** Every company the query matches, for export, with its number of contacts. */
    @Transactional
    public Spreadsheet.Rows export(BuyerCompanyQuery query) {
        return query(query).export(config.limits().exportRows(), companies -> {
            Map<Long, Long> contacts = new HashMap<>();
            if (!companies.isEmpty()) {
                BuyerContact.getEntityManager().createQuery(
                        "select c.company.id, count(c) from BuyerContact c where c.company.id in ?1 group by c.company.id", Object[].class)
                        .setParameter(1, companies.stream().map(c -> c.id).toList()).getResultList()
                        .forEach(r -> contacts.put((Long) r[0], (Long) r[1]));
            }
            return companies.stream().map(c -> Arrays.<Object>asList(c.id, c.name, c.nameKana, c.type.labelJa,
                    c.region.labelJa, c.postalCode, c.address, c.phone, contacts.getOrDefault(c.id, 0L),
                    c.isArchived() ? "アーカイブ" : "", Spreadsheet.dateTime(c.updatedAt))).toList();
        });
    }

    private static ListQuery<BuyerCompany> query(BuyerCompanyQuery query) {
        return ListQuery.of(BuyerCompany.class, SORTS, query.sort())
                .unless(query.archived(), "archivedAt is null")
                .search("searchKey", query.q())
                .equal("type", query.type())
                .equal("region", query.region());
    }

    @Transactional
    public BuyerCompanyDto find(long id, CurrentUser user) {
        BuyerCompanyDto company = mapper.toDto(visible(id));
        return user.isStaff() ? company : company.withoutInternals();
    }

    @Transactional
    public BuyerCompanyDto create(BuyerCompanyInput input, CurrentUser actor) {
        BuyerCompany company = new BuyerCompany();
        mapper.apply(input, company);
        company.createdBy = company.updatedBy = actor.subject();
        company.createdAt = company.updatedAt = Instant.now();
        company.persist();
        audit.created(company, actor);
        return mapper.toDto(company);
    }

    @Transactional
    public BuyerCompanyDto update(long id, long expectedVersion, BuyerCompanyInput input, CurrentUser actor) {
        BuyerCompany company = Editable.requireEditable(company(id), expectedVersion);
        audit.change(company, actor, c -> mapper.apply(input, c));
        BuyerCompany.flush();
        return mapper.toDto(company);
    }

    @Transactional
    public BuyerCompanyDto archive(long id, long expectedVersion, CurrentUser actor) {
        BuyerCompany company = Editable.requireEditable(company(id), expectedVersion);
        company.archivedAt = Instant.now();
        audit.archived(company, actor);
        BuyerCompany.flush();
        // Its contacts can no longer sign in; the tokens they hold are refused by the company's state.
        logins.companyArchived(company);
        return mapper.toDto(company);
    }

    @Transactional
    public List<AuditEventDto> history(long id) {
        return audit.of(company(id));
    }

    @Transactional
    public List<BuyerContactDto> contacts(long companyId) {
        visible(companyId);
        return BuyerContact.ofCompany(companyId).stream().map(mapper::toDto).toList();
    }

    @Transactional
    public BuyerContactDto addContact(long companyId, BuyerContactInput input, CurrentUser actor) {
        BuyerCompany company = company(companyId);
        company.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        BuyerContact contact = new BuyerContact();
        contact.company = company;
        mapper.apply(input, contact);
        contact.nameKana = Objects.requireNonNullElse(contact.nameKana, "");
        contact.persist();
        audit.record(contact, AuditAction.UPDATE, actor, AuditTrail.changes(Map.of(), contact.auditSnapshot()));
        return mapper.toDto(contact);
    }

    @Transactional
    public BuyerContactDto updateContact(long companyId, long contactId, long expectedVersion, BuyerContactInput input,
                                         CurrentUser actor) {
        BuyerContact contact = Editable.requireEditable(contactOf(companyId, contactId), expectedVersion);
        String name = contact.name;
        String email = contact.email;
        audit.change(contact, actor, c -> {
            mapper.apply(input, c);
            c.nameKana = Objects.requireNonNullElse(c.nameKana, "");
        });
        if (isAnotherPerson(name, email, contact)) {
            // Never hand the old person's login to the new one.
            List<FieldChange> ended = logins.personChanged(contact, email, actor);
            if (!ended.isEmpty()) {
                audit.record(contact, AuditAction.LOGIN_REVOKE, actor, ended);
            }
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
        return mapper.toDto(contactOf(companyId, contactId));
    }

    private static BuyerContact contactOf(long companyId, long contactId) {
        return BuyerContact.<BuyerContact>findByIdOptional(contactId)
                .filter(c -> c.company.id == companyId)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
    }

    /** Staff see every company; a buyer its own only, and 404 for the rest. */
    private BuyerCompany visible(long id) {
        scope.requireOwnCompany(id, () -> ApiException.notFound("Buyer company " + id));
        return company(id);
    }

    static BuyerCompany company(long id) {
        return BuyerCompany.<BuyerCompany>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Buyer company " + id));
    }

    /** What saving the input over the company would change, for an import's preview; the company stays as it is. */
    public List<FieldChange> changes(BuyerCompany company, BuyerCompanyInput input) {
        BuyerCompany draft = new BuyerCompany();
        mapper.apply(input, draft);
        return AuditTrail.changes(company.auditSnapshot(), draft.auditSnapshot());
    }

    /** The same for a contact, named contact.name, contact.email, …; every field is new when there is no contact yet. */
    public List<FieldChange> contactChanges(BuyerContact contact, BuyerContactInput input) {
        BuyerContact draft = new BuyerContact();
        if (contact != null) {
            draft.preferredLanguage = contact.preferredLanguage;
        }
        mapper.apply(input, draft);
        draft.nameKana = Objects.requireNonNullElse(draft.nameKana, "");
        return AuditTrail.changes(contact == null ? Map.of() : contact.snapshot("contact."), draft.snapshot("contact."));
    }
}
