package jp.iwaki.matching.firm;

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
import java.util.Optional;
import jp.iwaki.matching.advisor.Advisor;
import jp.iwaki.matching.advisor.AdvisorDirectory;
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

@ApplicationScoped
public class FirmService {
    static final String AUDIT_TYPE = "firm";

    private static final Map<String, Sort> SORTS = Map.of(
            "tradeNameKana", Sort.by("tradeNameKana").and("id"),
            "-tradeNameKana", Sort.by("tradeNameKana", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
            "updatedAt", Sort.by("updatedAt").and("id"),
            "-updatedAt", Sort.by("updatedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
            "employees", Sort.by("employees", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id"),
            "-employees", Sort.by("employees", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id", Sort.Direction.Descending));

    private final FirmMapper mapper;
    private final AuditTrail audit;
    private final AdvisorDirectory advisors;

    FirmService(FirmMapper mapper, AuditTrail audit, AdvisorDirectory advisors) {
        this.mapper = mapper;
        this.audit = audit;
        this.advisors = advisors;
    }

    @Transactional
    public List<IndustryDto> industries() {
        return Industry.inDisplayOrder().stream().map(mapper::toDto).toList();
    }

    @Transactional
    public FirmPage list(FirmQuery query) {
        PanacheQuery<Firm> found = query(query);
        long total = found.count();
        List<FirmDto> items = found.page(query.page(), query.size()).list().stream().map(mapper::toDto).toList();
        return new FirmPage(items, query.page(), query.size(), total);
    }

    /** Every firm the query matches, for export, with the industry's Japanese name. */
    @Transactional
    public List<List<Object>> exportRows(FirmQuery query) {
        Map<String, String> industries = new java.util.HashMap<>();
        Industry.<Industry>listAll().forEach(i -> industries.put(i.code, i.nameJa));
        return query(query).list().stream().map(f -> java.util.Arrays.<Object>asList(
                f.id, f.tradeName, f.tradeNameKana, f.corporateNumber, industries.get(f.industryCode), f.postalCode, f.address,
                f.representativeName, f.contactName, f.phone, f.email, f.employees, f.chamberMember ? "会員" : "非会員",
                f.advisorName, f.isArchived() ? "アーカイブ" : "", Spreadsheet.dateTime(f.updatedAt))).toList();
    }

    static final List<String> EXPORT_HEADERS = List.of("ID", "商号", "フリガナ", "法人番号", "業種", "郵便番号", "住所",
            "代表者", "担当者", "電話", "メール", "従業員数", "会員", "担当経営指導員", "状態", "更新日時");

    private static PanacheQuery<Firm> query(FirmQuery query) {
        Sort sort = SORTS.get(query.sort() == null ? "tradeNameKana" : query.sort());
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
        if (query.industry() != null && !query.industry().isBlank()) {
            where.add("industryCode = :industry");
            params.and("industry", query.industry());
        }
        if (query.member() != null) {
            where.add("chamberMember = :member");
            params.and("member", query.member());
        }
        if (query.advisor() != null && !query.advisor().isBlank()) {
            where.add("advisorSubject = :advisor");
            params.and("advisor", query.advisor());
        }
        return Firm.find(String.join(" and ", where), sort, params);
    }

    @Transactional
    public Optional<FirmDto> find(long id) {
        return Firm.<Firm>findByIdOptional(id).map(mapper::toDto);
    }

    @Transactional
    public FirmDto create(FirmInput input, CurrentUser actor) {
        checkReferences(input, null);
        Advisor advisor = advisorFor(input, null);
        Firm firm = new Firm();
        mapper.apply(input, firm);
        assign(firm, advisor);
        firm.createdAt = firm.updatedAt = Instant.now();
        firm.createdBy = firm.updatedBy = actor.subject();
        firm.persist();
        audit.record(AUDIT_TYPE, firm.id, AuditAction.CREATE, actor, AuditTrail.changes(Map.of(), snapshot(firm)));
        return mapper.toDto(firm);
    }

    /**
     * Replaces the fields of a firm read at {@code expectedVersion}. Coordinators and admins
     * edit any firm; an advisor only its own, and it cannot hand the firm to someone else.
     */
    @Transactional
    public FirmDto update(long id, long expectedVersion, FirmInput input, CurrentUser actor) {
        Firm firm = Firm.<Firm>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Firm " + id));
        if (!actor.isCoordinatorOrAdmin()
                && (!firm.isAssignedTo(actor.subject()) || !Objects.equals(input.advisorSubject(), firm.advisorSubject))) {
            throw new ApiException(ProblemType.FORBIDDEN, "Advisors edit only the firms assigned to them",
                    List.of(new FieldError("advisorSubject", "firm.advisor.notYours", "This firm is not assigned to you")));
        }
        if (firm.version != expectedVersion) {
            throw Etags.stale();
        }
        if (firm.isArchived()) {
            throw archived();
        }
        checkReferences(input, firm.id);
        Advisor advisor = advisorFor(input, firm);
        Map<String, String> before = snapshot(firm);
        mapper.apply(input, firm);
        assign(firm, advisor);
        Map<String, String> after = snapshot(firm);
        var changes = AuditTrail.changes(before, after);
        if (!changes.isEmpty()) {
            firm.updatedAt = Instant.now();
            firm.updatedBy = actor.subject();
            audit.record(AUDIT_TYPE, firm.id, AuditAction.UPDATE, actor, changes);
        }
        // Flush here so that a concurrent update surfaces as a stale version (412) now.
        Firm.flush();
        return mapper.toDto(firm);
    }

    @Transactional
    public FirmDto archive(long id, long expectedVersion, CurrentUser actor) {
        Firm firm = Firm.<Firm>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Firm " + id));
        if (firm.version != expectedVersion) {
            throw Etags.stale();
        }
        if (firm.isArchived()) {
            throw archived();
        }
        firm.archivedAt = Instant.now();
        firm.updatedAt = firm.archivedAt;
        firm.updatedBy = actor.subject();
        audit.record(AUDIT_TYPE, firm.id, AuditAction.ARCHIVE, actor, List.of());
        Firm.flush();
        return mapper.toDto(firm);
    }

    @Transactional
    public List<AuditEventDto> history(long id) {
        if (Firm.findById(id) == null) {
            throw ApiException.notFound("Firm " + id);
        }
        return audit.of(AUDIT_TYPE, id);
    }

    /** What saving the input over the firm would change, for an import's preview; the firm stays as it is. */
    public List<FieldChange> changes(Firm firm, FirmInput input) {
        Firm draft = new Firm();
        mapper.apply(input, draft);
        assign(draft, advisorFor(input, firm));
        return AuditTrail.changes(snapshot(firm), snapshot(draft));
    }

    /**
     * The advisor the input assigns, with its name as Keycloak has it; 400 when the user id
     * is not an advisor's. An unchanged assignment is kept without asking Keycloak.
     */
    private Advisor advisorFor(FirmInput input, Firm current) {
        String subject = input.advisorSubject();
        if (subject == null) {
            return null;
        }
        if (current != null && subject.equals(current.advisorSubject)) {
            return new Advisor(current.advisorSubject, current.advisorName);
        }
        return advisors.find(subject).orElseThrow(() -> ApiException.invalid(List.of(
                new FieldError("advisorSubject", "firm.advisor.unknown", "No advisor has this user id"))));
    }

    private static void assign(Firm firm, Advisor advisor) {
        firm.advisorSubject = advisor == null ? null : advisor.subject();
        firm.advisorName = advisor == null ? null : advisor.name();
    }

    private void checkReferences(FirmInput input, Long self) {
        List<FieldError> errors = new ArrayList<>();
        if (Industry.findById(input.industryCode()) == null) {
            errors.add(new FieldError("industryCode", "firm.industry.unknown", "Unknown industry " + input.industryCode()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (input.corporateNumber() != null) {
            long taken = self == null
                    ? Firm.count("corporateNumber", input.corporateNumber())
                    : Firm.count("corporateNumber = ?1 and id <> ?2", input.corporateNumber(), self);
            if (taken > 0) {
                throw new ApiException(ProblemType.CONFLICT, "Another firm has this corporate number",
                        List.of(new FieldError("corporateNumber", "firm.corporateNumber.taken",
                                "Another firm is registered with this corporate number")));
            }
        }
    }

    private static ApiException archived() {
        return new ApiException(ProblemType.UNPROCESSABLE, "The firm is archived and can no longer be changed",
                List.of(new FieldError("archived", "firm.archived", "The firm is archived")));
    }

    /** The audited fields, as text. */
    private static Map<String, String> snapshot(Firm firm) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tradeName", firm.tradeName);
        fields.put("tradeNameKana", firm.tradeNameKana);
        fields.put("corporateNumber", firm.corporateNumber);
        fields.put("industryCode", firm.industryCode);
        fields.put("postalCode", firm.postalCode);
        fields.put("address", firm.address);
        fields.put("representativeName", firm.representativeName);
        fields.put("contactName", firm.contactName);
        fields.put("phone", firm.phone);
        fields.put("email", firm.email);
        fields.put("employees", firm.employees == null ? null : firm.employees.toString());
        fields.put("chamberMember", Boolean.toString(firm.chamberMember));
        fields.put("advisor", firm.advisorSubject == null ? null : firm.advisorName + " (" + firm.advisorSubject + ")");
        fields.put("notes", firm.notes);
        return fields;
    }
}
