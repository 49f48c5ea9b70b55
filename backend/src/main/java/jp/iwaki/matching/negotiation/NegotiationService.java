package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.iwaki.matching.advisor.Advisor;
import jp.iwaki.matching.advisor.AdvisorDirectory;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.negotiation.NegotiationDtos.Board;
import jp.iwaki.matching.negotiation.NegotiationDtos.Column;
import jp.iwaki.matching.negotiation.NegotiationDtos.Deal;
import jp.iwaki.matching.negotiation.NegotiationDtos.DealInput;
import jp.iwaki.matching.negotiation.NegotiationDtos.Detail;
import jp.iwaki.matching.negotiation.NegotiationDtos.Due;
import jp.iwaki.matching.negotiation.NegotiationDtos.Event;
import jp.iwaki.matching.negotiation.NegotiationDtos.FollowUpDto;
import jp.iwaki.matching.negotiation.NegotiationDtos.FollowUpInput;
import jp.iwaki.matching.negotiation.NegotiationDtos.Input;
import jp.iwaki.matching.negotiation.NegotiationDtos.Move;
import jp.iwaki.matching.negotiation.NegotiationDtos.MyNegotiation;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;
import jp.iwaki.matching.negotiation.NegotiationDtos.Summary;
import jp.iwaki.matching.negotiation.NegotiationDtos.TakeOver;
import jp.iwaki.matching.negotiation.NegotiationDtos.Update;
import jp.iwaki.matching.program.Program;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.project.Participation;
import jp.iwaki.matching.project.Project;
import jp.iwaki.matching.project.ProjectDtos.ContactRef;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Ownership;
import jp.iwaki.matching.security.Roles;

/**
 * Negotiations: lists, the board, the advisor's own, one negotiation, and every change to one.
 * The stage machine is {@link NegotiationStage}; each change writes exactly one event, in the
 * same transaction, with the signed-in user as its actor. An advisor reads every negotiation
 * and changes those it owns ({@link Ownership}).
 */
@ApplicationScoped
public class NegotiationService {
    static final FieldError NOT_YOURS = new FieldError("advisorSubject", "negotiation.notYours",
            "Advisors change only the negotiations they own");

    private static final Sorting SORTS = Sorting.defaultingTo("-updatedAt")
            .by("updatedAt", "updatedAt")
            .by("introducedOn", "introducedOn")
            .by("stageChangedAt", "stageChangedAt")
            .byNullsLast("nextActionOn", "nextActionOn")
            .byNullsLast("meetingAt", "meetingAt")
            .byNullsLast("dealOn", "dealOn");

    /** The advisor's own: next actions in date order (overdue first), then the longest untouched. */
    private static final Sorting DUE_FIRST = Sorting.defaultingTo("due").byNullsLast("due", "nextActionOn", "updatedAt");

    static final List<String> EXPORT_HEADERS = List.of("ID", "事業", "年度", "プロジェクト", "事業者", "バイヤー企業", "段階",
            "担当経営指導員", "紹介日", "紹介者", "経路", "商談日時", "次回アクション", "次回アクション期日", "成約日", "成約金額（円）",
            "新規取引先", "不成立・辞退の理由", "段階の変更日時", "更新日時");

    static final Map<NegotiationStage, String> STAGE_NAMES = Map.of(
            NegotiationStage.INTRODUCED, "紹介済", NegotiationStage.SCHEDULED, "商談予定", NegotiationStage.MET, "商談実施",
            NegotiationStage.CONTINUING, "継続商談", NegotiationStage.WON, "成約", NegotiationStage.LOST, "不成立",
            NegotiationStage.WITHDRAWN, "辞退");

    private static final Map<NegotiationSource, String> SOURCE_NAMES = Map.of(
            NegotiationSource.MANUAL, "紹介", NegotiationSource.SURVEY_MARKS, "ニーズ調査", NegotiationSource.BUYER_PICKS,
            "バイヤーの選択", NegotiationSource.TIMETABLE, "商談会", NegotiationSource.LEAD, "展示会");

    private final Ownership ownership;
    private final CurrentUser user;
    private final AdvisorDirectory advisors;
    private final IwakiConfig config;

    NegotiationService(Ownership ownership, CurrentUser user, AdvisorDirectory advisors, IwakiConfig config) {
        this.ownership = ownership;
        this.user = user;
        this.advisors = advisors;
        this.config = config;
    }

    // --- reading -------------------------------------------------------------------------

    @Transactional
    public Page<Summary> list(NegotiationQuery query, Paging paging) {
        return query(query).pageOf(paging, this::summaries);
    }

    /**
     * Every stage in order with its count and first cards; stages the filter leaves out are empty.
     * The cards of all columns are named together, so that the board reads the names it shows once.
     */
    @Transactional
    public Board board(NegotiationQuery query, int limit) {
        Map<NegotiationStage, Page<Negotiation>> pages = new LinkedHashMap<>();
        for (NegotiationStage stage : NegotiationStage.values()) {
            boolean shown = (query.stage() == null || query.stage().isEmpty() || query.stage().contains(stage))
                    && (query.open() == null || query.open() == stage.isOpen());
            pages.put(stage, shown ? query(query).equal("stage", stage).pageOf(new Paging(0, limit), Function.identity())
                    : new Page<>(List.of(), 0, limit, 0));
        }
        List<Summary> cards = summaries(pages.values().stream().flatMap(p -> p.items().stream()).toList());
        Map<Long, Summary> byId = cards.stream().collect(Collectors.toMap(Summary::id, Function.identity()));
        List<Column> columns = new ArrayList<>();
        pages.forEach((stage, page) -> columns.add(new Column(stage, page.total(),
                page.items().stream().map(n -> byId.get(n.id)).toList())));
        return new Board(columns);
    }

    @Transactional
    public Page<MyNegotiation> mine(Paging paging) {
        LocalDate today = LocalDate.now(FiscalYear.JAPAN);
        return ListQuery.of(Negotiation.class, DUE_FIRST, null)
                .where("advisorSubject = :me", "me", user.subject())
                .where("(stage in :open or nextActionOn is not null)", "open", NegotiationStage.OPEN)
                .pageOf(paging, rows -> summaries(rows).stream().map(s -> new MyNegotiation(s, due(s.nextActionOn(), today))).toList());
    }

    static Due due(LocalDate nextActionOn, LocalDate today) {
        if (nextActionOn == null) {
            return Due.NONE;
        }
        int order = nextActionOn.compareTo(today);
        return order < 0 ? Due.OVERDUE : order == 0 ? Due.TODAY : Due.UPCOMING;
    }

    /** The advisor's meetings from today on and next actions from today on, as calendar entries. */
    @Transactional
    public List<CalendarFile.Entry> calendar() {
        LocalDate today = LocalDate.now(FiscalYear.JAPAN);
        Instant from = today.atStartOfDay(FiscalYear.JAPAN).toInstant();
        List<Negotiation> meetings = Negotiation.list("advisorSubject = ?1 and stage in ?2 and meetingAt >= ?3 order by meetingAt, id",
                user.subject(), NegotiationStage.OPEN, from);
        List<Negotiation> actions = Negotiation.list("advisorSubject = ?1 and nextActionOn >= ?2 order by nextActionOn, id",
                user.subject(), today);
        Map<Long, String> firms = Names.FIRM.of(ids(concat(meetings, actions), n -> n.firmId));
        Map<Long, String> buyers = Names.BUYER_COMPANY.of(ids(concat(meetings, actions), n -> n.buyerCompanyId));
        List<CalendarFile.Entry> entries = new ArrayList<>();
        for (Negotiation n : meetings) {
            String title = "商談: " + firms.get(n.firmId) + " × " + buyers.get(n.buyerCompanyId);
            entries.add(CalendarFile.Entry.timed("negotiation-" + n.id + "-meeting", n.meetingAt,
                    n.meetingAt.plusSeconds(meetingMinutes(n) * 60L), title, n.meetingPlace, STAGE_NAMES.get(n.stage)));
        }
        for (Negotiation n : actions) {
            String title = n.nextAction + "（" + firms.get(n.firmId) + " × " + buyers.get(n.buyerCompanyId) + "）";
            entries.add(CalendarFile.Entry.allDay("negotiation-" + n.id + "-action", n.nextActionOn, title, STAGE_NAMES.get(n.stage)));
        }
        return entries;
    }

    /** A meeting of a timetable lasts its slot; any other is entered for an hour. */
    private static int meetingMinutes(Negotiation n) {
        return TimetableMeeting.<TimetableMeeting>find("negotiationId", n.id).firstResultOptional()
                .flatMap(m -> Timetable.<Timetable>findByIdOptional(m.projectId)).map(t -> t.slotMinutes).orElse(60);
    }

    @Transactional
    public Spreadsheet.Rows export(NegotiationQuery query) {
        Map<ProgramCode, String> programs = Program.<Program>listAll().stream().collect(Collectors.toMap(p -> p.code, p -> p.nameJa));
        return query(query).export(config.limits().exportRows(), rows -> {
            List<Summary> summaries = summaries(rows);
            return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            Negotiation n = rows.get(i);
            Summary s = summaries.get(i);
            return Arrays.<Object>asList(s.id(), programs.get(s.program()), FiscalYear.of(s.fiscalYear()).japaneseLabel(),
                    s.projectTitle(), s.firmTradeName(), s.buyerCompanyName(), STAGE_NAMES.get(s.stage()), n.advisorName,
                    s.introducedOn(), n.introducedByName, SOURCE_NAMES.get(s.source()), Spreadsheet.dateTime(n.meetingAt),
                    s.nextAction(), s.nextActionOn(), s.dealOn(), s.dealAmountYen(), s.newTradingPartner() ? "新規取引先" : "",
                    n.closedReason, Spreadsheet.dateTime(n.stageChangedAt), Spreadsheet.dateTime(n.updatedAt));
            }).toList();
        });
    }

    private static ListQuery<Negotiation> query(NegotiationQuery query) {
        String key = JapaneseText.searchKey(query.q());
        List<NegotiationStage> openness = query.open() == null ? null : query.open() ? NegotiationStage.OPEN : NegotiationStage.CLOSED;
        return ListQuery.of(Negotiation.class, SORTS, query.sort())
                .equal("program", query.program())
                .equal("fiscalYear", query.fiscalYear())
                .equal("projectId", query.projectId())
                .equal("advisorSubject", query.advisor())
                .when(query.unassigned(), "advisorSubject is null")
                .equal("firmId", query.firmId())
                .equal("buyerCompanyId", query.buyerCompanyId())
                // One stage as an equality: a list parameter makes Hibernate translate the query on every call.
                .equal("stage", query.stage() != null && query.stage().size() == 1 ? query.stage().get(0) : null)
                .where("stage in :stages", "stages", query.stage() != null && query.stage().size() > 1 ? query.stage() : null)
                .where("stage in :openness", "openness", openness)
                .when(Boolean.TRUE.equals(query.newTradingPartner()),
                        "id in (select w.id from WonNegotiation w where w.newTradingPartner = true)")
                .when(Boolean.FALSE.equals(query.newTradingPartner()),
                        "id not in (select w.id from WonNegotiation w where w.newTradingPartner = true)")
                .where("(firmId in (select f.id from Firm f where f.searchKey like :q escape '\\')"
                        + " or buyerCompanyId in (select b.id from BuyerCompany b where b.searchKey like :q escape '\\'))",
                        "q", key.isEmpty() ? null : JapaneseText.containsPattern(key));
    }

    @Transactional
    public Detail find(long id) {
        return detail(negotiation(id));
    }

    // --- introducing ---------------------------------------------------------------------

    /** Introduces a firm to a buyer company by hand. */
    @Transactional
    public Detail create(Input input) {
        Project project = openProject(input.projectId(), "projectId");
        Firm firm = firm(input.firmId(), project, "firmId");
        BuyerCompany company = company(input.buyerCompanyId(), "buyerCompanyId");
        List<FieldError> errors = new ArrayList<>();
        checkContact(input.buyerContactId(), company.id, "buyerContactId", errors);
        checkProducts(input.productIds(), firm.id, "productIds", errors);
        LocalDate introducedOn = input.introducedOn() == null ? LocalDate.now(FiscalYear.JAPAN) : input.introducedOn();
        checkNotFuture(introducedOn, "introducedOn", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        PersonRef owner = ownerFor(input.advisorSubject(), firm);
        Negotiation negotiation = begin(new Beginning(project, firm.id, company.id, input.buyerContactId(), owner,
                NegotiationSource.MANUAL, introducedOn, input.interest(), input.productIds(), input.note()));
        return saved(negotiation);
    }

    /** What a negotiation begins with; a lead begins in MET, everything else in INTRODUCED. */
    record Beginning(Project project, long firmId, long buyerCompanyId, Long buyerContactId, PersonRef owner,
                     NegotiationSource source, LocalDate introducedOn, String interest, Collection<Long> productIds, String note) {
    }

    /**
     * Writes a new negotiation and its first event, refusing a second open one for the same firm,
     * company and project (409 naming the open one). The caller has checked the references.
     */
    Negotiation begin(Beginning b) {
        Negotiation.openOf(b.project().id, b.firmId(), b.buyerCompanyId()).ifPresent(open -> {
            throw alreadyOpen(open.id);
        });
        Instant now = Instant.now();
        boolean lead = b.source() == NegotiationSource.LEAD;
        Negotiation n = new Negotiation();
        n.projectId = b.project().id;
        n.program = b.project().program;
        n.fiscalYear = b.project().fiscalYear;
        n.firmId = b.firmId();
        n.buyerCompanyId = b.buyerCompanyId();
        n.buyerContactId = b.buyerContactId();
        n.stage = lead ? NegotiationStage.MET : NegotiationStage.INTRODUCED;
        n.source = b.source();
        if (b.owner() != null) {
            n.advisorSubject = b.owner().subject();
            n.advisorName = b.owner().name();
        }
        n.introducedOn = b.introducedOn();
        n.introducedBySubject = user.subject();
        n.introducedByName = user.displayName();
        n.interest = b.interest();
        if (b.productIds() != null) {
            n.productIds.addAll(b.productIds());
        }
        n.stageChangedAt = n.createdAt = n.updatedAt = now;
        n.createdBy = n.updatedBy = user.subject();
        n.persist();
        Negotiation.flush();
        NegotiationEvent event = event(n, lead ? EventKind.CAPTURED : EventKind.INTRODUCED, now);
        event.to = n.stage;
        event.note = b.note();
        event.persist();
        return n;
    }

    static ApiException alreadyOpen(long negotiationId) {
        return new ApiException(ProblemType.CONFLICT, "The firm and the buyer company already have an open negotiation in this project",
                List.of(new FieldError("buyerCompanyId", "negotiation.open.exists", "An open negotiation already exists",
                        Map.of("negotiationId", negotiationId))));
    }

    /**
     * The owner of a new negotiation: the one named, else the firm's advisor, else the signed-in
     * advisor, else nobody. An advisor may name only itself or the firm's advisor.
     */
    private PersonRef ownerFor(String named, Firm firm) {
        String subject = named == null || named.isBlank() ? null : named.strip();
        boolean advisor = user.hasRole(Roles.ADVISOR);
        if (subject == null) {
            if (firm.advisorSubject != null) {
                return new PersonRef(firm.advisorSubject, firm.advisorName);
            }
            return advisor ? new PersonRef(user.subject(), user.displayName()) : null;
        }
        if (!user.isCoordinatorOrAdmin() && !subject.equals(user.subject()) && !subject.equals(firm.advisorSubject)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Advisors give a negotiation only to themselves or to the firm's advisor",
                    List.of(NOT_YOURS));
        }
        if (subject.equals(firm.advisorSubject)) {
            return new PersonRef(firm.advisorSubject, firm.advisorName);
        }
        if (advisor && subject.equals(user.subject())) {
            return new PersonRef(user.subject(), user.displayName());
        }
        return advisor(subject, "advisorSubject");
    }

    private PersonRef advisor(String subject, String field) {
        Advisor found = advisors.find(subject).orElseThrow(() -> ApiException.invalid(List.of(
                new FieldError(field, "negotiation.advisor.unknown", "Not an advisor's user id"))));
        return new PersonRef(found.subject(), found.name());
    }

    // --- changing ------------------------------------------------------------------------

    @Transactional
    public Detail move(long id, long expectedVersion, Move move) {
        Negotiation n = changeable(id, expectedVersion);
        if (!n.stage.mayMoveTo(move.to())) {
            throw transition(n, move.to());
        }
        List<FieldError> errors = new ArrayList<>();
        boolean closing = move.to() == NegotiationStage.LOST || move.to() == NegotiationStage.WITHDRAWN;
        if (closing && move.reason() == null) {
            errors.add(new FieldError("reason", "negotiation.reason.required", "Say why it was lost or withdrawn"));
        }
        if (!closing && move.reason() != null) {
            errors.add(new FieldError("reason", "negotiation.reason.onlyWhenClosing", "A reason is given only for LOST or WITHDRAWN"));
        }
        if (move.to() == NegotiationStage.WON) {
            checkDeal(move.deal(), n, errors);
        } else if (move.deal() != null) {
            errors.add(new FieldError("deal", "negotiation.deal.onlyWhenWon", "A deal is recorded only when the negotiation is won"));
        }
        if (move.to() != NegotiationStage.SCHEDULED && (move.meetingAt() != null || move.meetingPlace() != null)) {
            errors.add(new FieldError(move.meetingAt() != null ? "meetingAt" : "meetingPlace", "negotiation.meeting.onlyWhenScheduled",
                    "A meeting is set only when moving to SCHEDULED"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (move.to() == NegotiationStage.SCHEDULED && move.meetingAt() != null) {
            n.meetingAt = move.meetingAt().toInstant();
            n.meetingPlace = move.meetingPlace();
        }
        applyMove(n, move.to(), move.note(), move.reason(), move.deal());
        return saved(n);
    }

    /** The one way a stage changes: the negotiation's fields and one MOVED event. The caller has checked the move. */
    void applyMove(Negotiation n, NegotiationStage to, String note, String reason, DealInput deal) {
        Instant now = Instant.now();
        NegotiationEvent event = event(n, EventKind.MOVED, now);
        event.from = n.stage;
        event.to = to;
        event.note = note;
        event.reason = reason;
        if (to == NegotiationStage.WON) {
            n.dealOn = event.dealOn = deal.on();
            n.dealAmountYen = event.dealAmountYen = deal.amountYen();
            n.dealProductIds.clear();
            if (deal.productIds() != null) {
                n.dealProductIds.addAll(deal.productIds());
            }
        }
        if (to == NegotiationStage.LOST || to == NegotiationStage.WITHDRAWN) {
            n.closedReason = reason;
        }
        n.stage = to;
        n.stageChangedAt = now;
        n.touch(now, user.subject());
        event.persist();
    }

    private static ApiException transition(Negotiation n, NegotiationStage to) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", n.stage.name());
        params.put("to", to.name());
        params.put("allowed", n.stage.allowedMoves().stream().map(Enum::name).toList());
        reopenStage(n).ifPresent(stage -> params.put("reopenTo", stage.name()));
        return new ApiException(ProblemType.CONFLICT, n.stage + " cannot move to " + to,
                List.of(new FieldError("to", "negotiation.stage.transition",
                        n.stage + " cannot move to " + to + "; allowed: " + n.stage.allowedMoves(), params)));
    }

    @Transactional
    public Detail reopen(long id, long expectedVersion, String reason) {
        Negotiation n = changeable(id, expectedVersion);
        NegotiationStage to = reopenStage(n).orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "Only a closed negotiation is reopened",
                List.of(new FieldError("stage", "negotiation.reopen.notClosed", "The negotiation is open"))));
        Negotiation.openOf(n.projectId, n.firmId, n.buyerCompanyId).ifPresent(open -> {
            throw alreadyOpen(open.id);
        });
        Instant now = Instant.now();
        NegotiationEvent event = event(n, EventKind.REOPENED, now);
        event.from = n.stage;
        event.to = to;
        event.reason = reason;
        event.persist();
        // A reopened deal is a deal no longer; its WON event keeps what it was.
        n.dealOn = null;
        n.dealAmountYen = null;
        n.dealProductIds.clear();
        n.closedReason = null;
        n.stage = to;
        n.stageChangedAt = now;
        n.touch(now, user.subject());
        return saved(n);
    }

    /** A closed negotiation goes back to the stage it was closed from. */
    static Optional<NegotiationStage> reopenStage(Negotiation n) {
        if (n.stage.isOpen()) {
            return Optional.empty();
        }
        return NegotiationEvent.<NegotiationEvent>find("negotiationId = ?1 and to = ?2 and kind = ?3 order by at desc, id desc",
                        n.id, n.stage, EventKind.MOVED).firstResultOptional()
                .map(e -> e.from)
                .or(() -> Optional.of(NegotiationStage.CONTINUING));
    }

    @Transactional
    public Detail takeOver(long id, long expectedVersion, TakeOver takeOver) {
        Negotiation n = negotiation(id);
        Editable.requireCurrent(n, expectedVersion);
        PersonRef to;
        if (user.isCoordinatorOrAdmin()) {
            if (takeOver.advisorSubject() == null || takeOver.advisorSubject().isBlank()) {
                throw ApiException.invalid(List.of(new FieldError("advisorSubject", "negotiation.advisor.required",
                        "Name the advisor who takes the negotiation over")));
            }
            to = takeOver.advisorSubject().strip().equals(user.subject()) && user.hasRole(Roles.ADVISOR)
                    ? new PersonRef(user.subject(), user.displayName()) : advisor(takeOver.advisorSubject().strip(), "advisorSubject");
        } else {
            if (takeOver.advisorSubject() != null && !takeOver.advisorSubject().strip().equals(user.subject())) {
                throw new ApiException(ProblemType.FORBIDDEN, "An advisor takes a negotiation over for itself", List.of(NOT_YOURS));
            }
            to = new PersonRef(user.subject(), user.displayName());
        }
        if (to.subject().equals(n.advisorSubject)) {
            throw new ApiException(ProblemType.CONFLICT, "The advisor already owns the negotiation",
                    List.of(new FieldError("advisorSubject", "negotiation.takeOver.alreadyOwner", "Already the owner")));
        }
        Instant now = Instant.now();
        NegotiationEvent event = event(n, EventKind.TAKEN_OVER, now);
        event.reason = takeOver.reason();
        event.fromAdvisorSubject = n.advisorSubject;
        event.fromAdvisorName = n.advisorName;
        event.toAdvisorSubject = to.subject();
        event.toAdvisorName = to.name();
        event.persist();
        n.advisorSubject = to.subject();
        n.advisorName = to.name();
        n.touch(now, user.subject());
        return saved(n);
    }

    @Transactional
    public Detail update(long id, long expectedVersion, Update update) {
        Negotiation n = changeable(id, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        checkContact(update.buyerContactId(), n.buyerCompanyId, "buyerContactId", errors);
        checkProducts(update.productIds(), n.firmId, "productIds", errors);
        if (n.stage == NegotiationStage.WON) {
            checkDeal(update.deal(), n, errors);
        } else if (update.deal() != null) {
            errors.add(new FieldError("deal", "negotiation.deal.onlyWhenWon", "A deal is recorded only when the negotiation is won"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Map<String, String> before = snapshot(n);
        n.buyerContactId = update.buyerContactId();
        n.meetingAt = update.meetingAt() == null ? null : update.meetingAt().toInstant();
        n.meetingPlace = update.meetingPlace();
        n.interest = update.interest();
        replace(n.productIds, update.productIds());
        if (n.stage == NegotiationStage.WON) {
            n.dealOn = update.deal().on();
            n.dealAmountYen = update.deal().amountYen();
            replace(n.dealProductIds, update.deal().productIds());
        }
        List<FieldChange> changes = jp.iwaki.matching.audit.AuditTrail.changes(before, snapshot(n));
        if (!changes.isEmpty()) {
            Instant now = Instant.now();
            NegotiationEvent event = event(n, EventKind.CHANGED, now);
            event.note = update.note();
            event.changes = changes;
            event.persist();
            n.touch(now, user.subject());
        }
        return saved(n);
    }

    private static void replace(Set<Long> current, List<Long> wanted) {
        Set<Long> next = new TreeSet<>(wanted == null ? List.of() : wanted);
        current.retainAll(next);
        current.addAll(next);
    }

    /** The changeable fields as the history shows them. */
    private static Map<String, String> snapshot(Negotiation n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("buyerContact", n.buyerContactId == null ? null
                : BuyerContact.<BuyerContact>findByIdOptional(n.buyerContactId).map(c -> c.name).orElse(null));
        fields.put("meetingAt", n.meetingAt == null ? null : Spreadsheet.dateTime(n.meetingAt));
        fields.put("meetingPlace", n.meetingPlace);
        fields.put("interest", n.interest);
        fields.put("products", productNames(n.productIds));
        if (n.stage == NegotiationStage.WON) {
            fields.put("deal.on", Objects.toString(n.dealOn, null));
            fields.put("deal.amountYen", Objects.toString(n.dealAmountYen, null));
            fields.put("deal.products", productNames(n.dealProductIds));
        }
        return fields;
    }

    private static String productNames(Collection<Long> ids) {
        return ids.isEmpty() ? null : products(ids).stream().map(ProductRef::name).collect(Collectors.joining("、"));
    }

    @Transactional
    public Detail addFollowUp(long id, FollowUpInput input) {
        Negotiation n = negotiation(id);
        ownership.requireMayChange(n.advisorSubject, NOT_YOURS);
        List<FieldError> errors = new ArrayList<>();
        checkNotFuture(input.heldOn(), "heldOn", errors);
        if ((input.nextAction() == null) != (input.nextActionOn() == null)) {
            errors.add(new FieldError(input.nextAction() == null ? "nextAction" : "nextActionOn", "negotiation.nextAction.incomplete",
                    "A next action has a date, and a date an action"));
        }
        if (input.nextActionOn() != null && input.nextActionOn().isBefore(input.heldOn())) {
            errors.add(new FieldError("nextActionOn", "negotiation.nextAction.beforeFollowUp", "The next action comes after the follow-up"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now();
        FollowUp followUp = new FollowUp();
        followUp.negotiationId = n.id;
        followUp.heldOn = input.heldOn();
        followUp.channel = input.channel();
        followUp.note = input.note();
        followUp.nextAction = input.nextAction();
        followUp.nextActionOn = input.nextActionOn();
        followUp.recordedAt = now;
        followUp.recordedBySubject = user.subject();
        followUp.recordedByName = user.displayName();
        followUp.persist();
        n.nextAction = input.nextAction();
        n.nextActionOn = input.nextActionOn();
        n.touch(now, user.subject());
        return saved(n);
    }

    // --- checks --------------------------------------------------------------------------

    /** 404, then 403 unless the user may change it, then 412 unless the version is current. */
    private Negotiation changeable(long id, long expectedVersion) {
        Negotiation n = negotiation(id);
        ownership.requireMayChange(n.advisorSubject, NOT_YOURS);
        return Editable.requireCurrent(n, expectedVersion);
    }

    static Negotiation negotiation(long id) {
        return Negotiation.<Negotiation>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Negotiation " + id));
    }

    static ApiException notFound(String field, String what, long id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " not found",
                List.of(new FieldError(field, "negotiation.reference.notFound", what + " not found")));
    }

    /** A project that takes new negotiations: it exists and is not closed. */
    static Project openProject(long id, String field) {
        Project project = Project.<Project>findByIdOptional(id).orElseThrow(() -> notFound(field, "Project", id));
        project.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        return project;
    }

    /** A firm that takes part in the project and is not archived. */
    static Firm firm(long id, Project project, String field) {
        Firm firm = Firm.<Firm>findByIdOptional(id).orElseThrow(() -> notFound(field, "Firm", id));
        if (firm.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The firm is archived", List.of(new FieldError(field, "firm.archived", "The firm is archived")));
        }
        if (Participation.count("projectId = ?1 and firmId = ?2", project.id, id) == 0) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The firm does not take part in the project",
                    List.of(new FieldError(field, "negotiation.firm.notParticipating", "The firm does not take part in the project")));
        }
        return firm;
    }

    static BuyerCompany company(long id, String field) {
        BuyerCompany company = BuyerCompany.<BuyerCompany>findByIdOptional(id).orElseThrow(() -> notFound(field, "Buyer company", id));
        if (company.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The buyer company is archived",
                    List.of(new FieldError(field, "buyer.archived", "The buyer company is archived")));
        }
        return company;
    }

    private static void checkContact(Long contactId, long companyId, String field, List<FieldError> errors) {
        if (contactId == null) {
            return;
        }
        BuyerContact contact = BuyerContact.findById(contactId);
        if (contact == null || !contact.company.id.equals(companyId)) {
            errors.add(new FieldError(field, "negotiation.contact.notOfCompany", "Not a contact of the buyer company"));
        }
    }

    static void checkProducts(List<Long> productIds, long firmId, String field, List<FieldError> errors) {
        if (productIds == null || productIds.isEmpty()) {
            return;
        }
        Set<Long> ofFirm = new java.util.HashSet<>(Product.getEntityManager()
                .createQuery("select p.id from Product p where p.id in :ids and p.firm.id = :firm", Long.class)
                .setParameter("ids", productIds).setParameter("firm", firmId).getResultList());
        for (int i = 0; i < productIds.size(); i++) {
            if (!ofFirm.contains(productIds.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "negotiation.product.notOfFirm", "Not a product of the firm"));
            }
        }
    }

    private static void checkDeal(DealInput deal, Negotiation n, List<FieldError> errors) {
        if (deal == null) {
            errors.add(new FieldError("deal", "negotiation.deal.required", "A won negotiation records its deal date"));
            return;
        }
        checkNotFuture(deal.on(), "deal.on", errors);
        if (deal.on().isBefore(n.introducedOn)) {
            errors.add(new FieldError("deal.on", "negotiation.deal.beforeIntroduction", "The deal comes after the introduction",
                    Map.of("introducedOn", n.introducedOn.toString())));
        }
        checkProducts(deal.productIds(), n.firmId, "deal.productIds", errors);
    }

    static void checkNotFuture(LocalDate day, String field, List<FieldError> errors) {
        if (day != null && day.isAfter(LocalDate.now(FiscalYear.JAPAN))) {
            errors.add(new FieldError(field, "negotiation.date.future", "Not a future date"));
        }
    }

    // --- shapes --------------------------------------------------------------------------

    NegotiationEvent event(Negotiation n, EventKind kind, Instant at) {
        NegotiationEvent event = new NegotiationEvent();
        event.negotiationId = n.id;
        event.kind = kind;
        event.at = at;
        event.actorSubject = user.subject();
        event.actorName = user.displayName();
        return event;
    }

    /** Flushed here so that a concurrent change surfaces as a stale version (412) now. */
    Detail saved(Negotiation n) {
        Negotiation.flush();
        return detail(n);
    }

    Detail detail(Negotiation n) {
        Project project = Project.findById(n.projectId);
        Firm firm = Firm.findById(n.firmId);
        BuyerCompany company = BuyerCompany.findById(n.buyerCompanyId);
        ContactRef contact = n.buyerContactId == null ? null
                : BuyerContact.<BuyerContact>findByIdOptional(n.buyerContactId).map(c -> new ContactRef(c.id, c.name)).orElse(null);
        Deal deal = n.stage == NegotiationStage.WON ? new Deal(n.dealOn, n.dealAmountYen, products(n.dealProductIds)) : null;
        boolean newPartner = n.stage == NegotiationStage.WON && WonNegotiation.newTradingPartners(List.of(n.id)).contains(n.id);
        List<Event> history = NegotiationEvent.of(n.id).stream().map(NegotiationService::event).toList();
        List<FollowUpDto> followUps = FollowUp.of(n.id).stream().map(f -> new FollowUpDto(f.id, f.heldOn, f.channel, f.note,
                f.nextAction, f.nextActionOn, utc(f.recordedAt), new PersonRef(f.recordedBySubject, f.recordedByName))).toList();
        return new Detail(n.id, n.projectId, project.title, n.program, n.fiscalYear, n.firmId, firm.tradeName, n.buyerCompanyId,
                company.name, contact, n.stage, n.source, PersonRef.of(n.advisorSubject, n.advisorName), n.introducedOn,
                new PersonRef(n.introducedBySubject, n.introducedByName), utc(n.meetingAt), n.meetingPlace, n.interest,
                products(n.productIds), n.nextAction, n.nextActionOn, deal, n.closedReason, newPartner, n.stage.allowedMoves(),
                reopenStage(n).orElse(null), ownership.mayChange(n.advisorSubject), history, followUps, utc(n.stageChangedAt),
                utc(n.createdAt), utc(n.updatedAt), n.version);
    }

    private static Event event(NegotiationEvent e) {
        return new Event(e.id, e.kind, e.from, e.to, utc(e.at), new PersonRef(e.actorSubject, e.actorName), e.note, e.reason,
                e.dealOn, e.dealAmountYen, PersonRef.of(e.fromAdvisorSubject, e.fromAdvisorName),
                PersonRef.of(e.toAdvisorSubject, e.toAdvisorName), e.changes == null || e.changes.isEmpty() ? null : e.changes);
    }

    /** A page of negotiations as lists show them, with the names they refer to read in one query each. */
    List<Summary> summaries(List<Negotiation> rows) {
        Map<Long, String> projects = Names.PROJECT.of(ids(rows, n -> n.projectId));
        Map<Long, String> firms = Names.FIRM.of(ids(rows, n -> n.firmId));
        Map<Long, String> buyers = Names.BUYER_COMPANY.of(ids(rows, n -> n.buyerCompanyId));
        Set<Long> newPartners = WonNegotiation.newTradingPartners(
                rows.stream().filter(n -> n.stage == NegotiationStage.WON).map(n -> n.id).toList());
        return rows.stream().map(n -> new Summary(n.id, n.projectId, projects.get(n.projectId), n.program, n.fiscalYear, n.firmId,
                firms.get(n.firmId), n.buyerCompanyId, buyers.get(n.buyerCompanyId), n.stage, n.source,
                PersonRef.of(n.advisorSubject, n.advisorName), n.introducedOn, utc(n.meetingAt), n.nextAction, n.nextActionOn,
                n.dealOn, n.dealAmountYen, newPartners.contains(n.id), n.stage.allowedMoves(), utc(n.stageChangedAt),
                utc(n.updatedAt), n.version)).toList();
    }

    static List<ProductRef> products(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Product.<Product>list("id in ?1 order by nameKana, id", List.copyOf(ids)).stream()
                .map(p -> new ProductRef(p.id, p.name)).toList();
    }

    private static <T> Set<Long> ids(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
