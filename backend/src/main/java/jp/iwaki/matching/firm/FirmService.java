package jp.iwaki.matching.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.advisor.Advisor;
import jp.iwaki.matching.advisor.AdvisorDirectory;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Ownership;

@ApplicationScoped
public class FirmService {
    private static final Sorting SORTS = Sorting.defaultingTo("tradeNameKana")
            .by("tradeNameKana", "tradeNameKana")
            .by("updatedAt", "updatedAt")
            .byNullsLast("employees", "employees");

    static final List<String> EXPORT_HEADERS = List.of("ID", "商号", "フリガナ", "法人番号", "業種", "郵便番号", "住所",
            "代表者", "担当者", "電話", "メール", "従業員数", "会員", "担当経営指導員", "状態", "更新日時");

    private static final FieldError NOT_YOURS = new FieldError("advisorSubject", "firm.advisor.notYours",
            "This firm is not assigned to you");

    private final FirmMapper mapper;
    private final AuditTrail audit;
    private final AdvisorDirectory advisors;
    private final Ownership ownership;
    private final IwakiConfig config;

    FirmService(FirmMapper mapper, AuditTrail audit, AdvisorDirectory advisors, Ownership ownership, IwakiConfig config) {
        this.mapper = mapper;
        this.audit = audit;
        this.advisors = advisors;
        this.ownership = ownership;
        this.config = config;
    }

    @Transactional
    public List<IndustryDto> industries() {
        return Industry.inDisplayOrder().stream().map(mapper::toDto).toList();
    }

    @Transactional
    public Page<FirmDto> list(FirmQuery query, Paging paging) {
        return query(query).page(paging, mapper::toDto);
    }

    /** Every firm the query matches, for export, with the industry's Japanese name. */
    @Transactional
    public Spreadsheet.Rows export(FirmQuery query) {
        Map<String, String> industries = new HashMap<>();
        Industry.<Industry>listAll().forEach(i -> industries.put(i.code, i.nameJa));
        return query(query).export(config.limits().exportRows(), firms -> firms.stream().map(f -> Arrays.<Object>asList(
                f.id, f.tradeName, f.tradeNameKana, f.corporateNumber, industries.get(f.industryCode), f.postalCode, f.address,
                f.representativeName, f.contactName, f.phone, f.email, f.employees, f.chamberMember ? "会員" : "非会員",
                f.advisorName, f.isArchived() ? "アーカイブ" : "", Spreadsheet.dateTime(f.updatedAt))).toList());
    }

    private static ListQuery<Firm> query(FirmQuery query) {
        return ListQuery.of(Firm.class, SORTS, query.sort())
                .unless(query.archived(), "archivedAt is null")
                .search("searchKey", query.q())
                .equal("industryCode", query.industry())
                .equal("chamberMember", query.member())
                .equal("advisorSubject", query.advisor());
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
        audit.created(firm, actor);
        return mapper.toDto(firm);
    }

    /**
     * Replaces the fields of a firm read at {@code expectedVersion}. Coordinators and admins
     * edit any firm; an advisor only its own, and it cannot hand the firm to someone else.
     */
    @Transactional
    public FirmDto update(long id, long expectedVersion, FirmInput input, CurrentUser actor) {
        Firm firm = firm(id);
        ownership.requireMayChange(firm.advisorSubject, NOT_YOURS);
        ownership.requireMayReassign(firm.advisorSubject, input.advisorSubject(), NOT_YOURS);
        Editable.requireEditable(firm, expectedVersion);
        checkReferences(input, firm.id);
        Advisor advisor = advisorFor(input, firm);
        audit.change(firm, actor, f -> {
            mapper.apply(input, f);
            assign(f, advisor);
        });
        // Flush here so that a concurrent update surfaces as a stale version (412) now.
        Firm.flush();
        return mapper.toDto(firm);
    }

    @Transactional
    public FirmDto archive(long id, long expectedVersion, CurrentUser actor) {
        Firm firm = Editable.requireEditable(firm(id), expectedVersion);
        firm.archivedAt = Instant.now();
        audit.archived(firm, actor);
        Firm.flush();
        return mapper.toDto(firm);
    }

    @Transactional
    public List<AuditEventDto> history(long id) {
        return audit.of(firm(id));
    }

    /** What saving the input over the firm would change, for an import's preview; the firm stays as it is. */
    public List<FieldChange> changes(Firm firm, FirmInput input) {
        Firm draft = new Firm();
        mapper.apply(input, draft);
        assign(draft, advisorFor(input, firm));
        return AuditTrail.changes(firm.auditSnapshot(), draft.auditSnapshot());
    }

    static Firm firm(long id) {
        return Firm.<Firm>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Firm " + id));
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
}
