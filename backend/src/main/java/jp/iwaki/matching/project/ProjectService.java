package jp.iwaki.matching.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.Optional;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.program.Program;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.project.ProjectDtos.ContactRef;
import jp.iwaki.matching.project.ProjectDtos.Detail;
import jp.iwaki.matching.project.ProjectDtos.Event;
import jp.iwaki.matching.project.ProjectDtos.Input;
import jp.iwaki.matching.project.ProjectDtos.InvitedBuyer;
import jp.iwaki.matching.project.ProjectDtos.Participant;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;
import jp.iwaki.matching.project.ProjectDtos.Summary;
import jp.iwaki.matching.security.CurrentUser;

/** Projects, their participants and invited buyers. A closed project is read-only. */
@ApplicationScoped
public class ProjectService {

    private static final Sorting SORTS = Sorting.defaultingTo("-fiscalYear")
            .by("fiscalYear", "fiscalYear", "program")
            .byNullsLast("startsOn", "startsOn")
            .by("updatedAt", "updatedAt");

    static final List<String> EXPORT_HEADERS = List.of("ID", "事業", "年度", "名称", "開始日", "終了日", "状態", "参加事業者数",
            "招待バイヤー企業数", "商談会", "連携機関", "更新日時");
    private static final Map<ProjectState, String> STATE_NAMES = Map.of(
            ProjectState.PLANNING, "企画中", ProjectState.OPEN, "実施中", ProjectState.CLOSED, "終了");

    private final AuditTrail audit;
    private final IwakiConfig config;

    ProjectService(AuditTrail audit, IwakiConfig config) {
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public Page<Summary> list(ProjectQuery query, Paging paging) {
        return query(query).pageOf(paging, projects -> {
            Map<Long, Long> participants = participantCounts(projects);
            Map<Long, Long> invitations = invitationCounts(projects);
            return projects.stream().map(p -> new Summary(p.id, p.program, p.fiscalYear, p.title, p.startsOn, p.endsOn,
                    p.state, participants.getOrDefault(p.id, 0L), invitations.getOrDefault(p.id, 0L), p.version,
                    p.updatedAt.atOffset(ZoneOffset.UTC))).toList();
        });
    }

    /** Every project the query matches, for export, with program and state in Japanese. */
    @Transactional
    public Spreadsheet.Rows export(ProjectQuery query) {
        Map<ProgramCode, String> programs = Program.<Program>listAll().stream().collect(Collectors.toMap(p -> p.code, p -> p.nameJa));
        return query(query).export(config.limits().exportRows(), projects -> {
            Map<Long, Long> participants = participantCounts(projects);
            Map<Long, Long> invitations = invitationCounts(projects);
            return projects.stream().map(p -> Arrays.<Object>asList(p.id, programs.get(p.program), p.fiscalYear().japaneseLabel(),
                    p.title, p.startsOn, p.endsOn, STATE_NAMES.get(p.state), participants.getOrDefault(p.id, 0L),
                    invitations.getOrDefault(p.id, 0L), ProjectEvent.describe(p.events), String.join("、", p.partners),
                    Spreadsheet.dateTime(p.updatedAt))).toList();
        });
    }

    private static ListQuery<Project> query(ProjectQuery query) {
        return ListQuery.of(Project.class, SORTS, query.sort())
                .search("searchKey", query.q())
                .equal("fiscalYear", query.fiscalYear())
                .equal("program", query.program())
                .equal("state", query.state())
                .where("id in (select p.projectId from Participation p where p.firmId = :firm)", "firm", query.firmId())
                .where("id in (select i.projectId from Invitation i where i.buyerCompanyId = :company)", "company", query.buyerCompanyId());
    }

    @Transactional
    public List<AuditEventDto> history(long id) {
        return audit.of(project(id));
    }

    @Transactional
    public Detail find(long id) {
        return detail(project(id));
    }

    @Transactional
    public Detail create(Input input, CurrentUser actor) {
        checkPeriod(input);
        checkTitle(input, null);
        Project project = new Project();
        apply(input, project);
        project.createdAt = project.updatedAt = Instant.now();
        project.createdBy = project.updatedBy = actor.subject();
        project.persist();
        audit.created(project, actor);
        return detail(project);
    }

    @Transactional
    public Detail update(long id, long expectedVersion, Input input, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        checkPeriod(input);
        checkTitle(input, id);
        audit.change(project, actor, p -> apply(input, p));
        return saved(project);
    }

    @Transactional
    public Detail changeState(long id, long expectedVersion, ProjectState next, CurrentUser actor) {
        Project project = Editable.requireCurrent(project(id), expectedVersion);
        if (!project.state.mayBecome(next)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "A project goes from planning to open to closed",
                    List.of(new FieldError("state", "project.state.transition", project.state + " cannot become " + next,
                            Map.of("from", project.state.name(), "to", next.name()))));
        }
        audit.changed(project, actor, List.of(new FieldChange("state", project.state.name(), next.name())));
        project.state = next;
        return saved(project);
    }

    /** Adds the firm to the project, or replaces the products it brings. */
    @Transactional
    public Detail setParticipant(long id, long expectedVersion, long firmId, List<Long> productIds, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        Firm firm = Firm.<Firm>findByIdOptional(firmId).orElseThrow(() -> ApiException.notFound("Firm " + firmId));
        if (firm.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The firm is archived",
                    List.of(new FieldError("firmId", "firm.archived", "The firm is archived")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) {
            Product product = Product.findById(productIds.get(i));
            if (product == null || !product.firm.id.equals(firmId)) {
                errors.add(new FieldError("productIds[" + i + "]", "project.product.notOfFirm",
                        "Product " + productIds.get(i) + " is not a product of this firm"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Optional<Participation> existing = Participation.find("projectId = ?1 and firmId = ?2", id, firmId).firstResultOptional();
        String before = existing.map(p -> participantText(firm, p.productIds)).orElse(null);
        Participation participation = existing.orElseGet(() -> {
            Participation fresh = new Participation();
            fresh.projectId = id;
            fresh.firmId = firmId;
            fresh.persist();
            return fresh;
        });
        participation.productIds.clear();
        participation.productIds.addAll(productIds);
        String after = participantText(firm, productIds);
        if (!after.equals(before)) {
            audit.changed(project, actor, List.of(new FieldChange("participants[" + firmId + "]", before, after)));
        }
        return touched(project, actor);
    }

    @Transactional
    public Detail removeParticipant(long id, long expectedVersion, long firmId, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        Participation participation = Participation.<Participation>find("projectId = ?1 and firmId = ?2", id, firmId)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Participant " + firmId));
        String before = participantText(Firm.findById(firmId), participation.productIds);
        participation.delete();
        audit.changed(project, actor, List.of(new FieldChange("participants[" + firmId + "]", before, null)));
        return saved(project);
    }

    /** Invites the buyer company, or replaces the contacts expected from it. */
    @Transactional
    public Detail setInvitation(long id, long expectedVersion, long companyId, List<Long> contactIds, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        BuyerCompany company = BuyerCompany.<BuyerCompany>findByIdOptional(companyId)
                .orElseThrow(() -> ApiException.notFound("Buyer company " + companyId));
        if (company.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The buyer company is archived",
                    List.of(new FieldError("buyerCompanyId", "buyer.archived", "The buyer company is archived")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < contactIds.size(); i++) {
            BuyerContact contact = BuyerContact.findById(contactIds.get(i));
            if (contact == null || !contact.company.id.equals(companyId)) {
                errors.add(new FieldError("contactIds[" + i + "]", "project.contact.notOfCompany",
                        "Contact " + contactIds.get(i) + " is not a contact of this company"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Optional<Invitation> existing = Invitation.find("projectId = ?1 and buyerCompanyId = ?2", id, companyId).firstResultOptional();
        String before = existing.map(i -> invitationText(company, i.contactIds)).orElse(null);
        Invitation invitation = existing.orElseGet(() -> {
            Invitation fresh = new Invitation();
            fresh.projectId = id;
            fresh.buyerCompanyId = companyId;
            fresh.persist();
            return fresh;
        });
        invitation.contactIds.clear();
        invitation.contactIds.addAll(contactIds);
        String after = invitationText(company, contactIds);
        if (!after.equals(before)) {
            audit.changed(project, actor, List.of(new FieldChange("invitations[" + companyId + "]", before, after)));
        }
        return touched(project, actor);
    }

    @Transactional
    public Detail removeInvitation(long id, long expectedVersion, long companyId, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        Invitation invitation = Invitation.<Invitation>find("projectId = ?1 and buyerCompanyId = ?2", id, companyId)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Invitation of " + companyId));
        String before = invitationText(BuyerCompany.findById(companyId), invitation.contactIds);
        invitation.delete();
        audit.changed(project, actor, List.of(new FieldChange("invitations[" + companyId + "]", before, null)));
        return saved(project);
    }

    static Project project(long id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Project " + id));
    }

    private static Project open(long id, long expectedVersion) {
        return Editable.requireEditable(project(id), expectedVersion);
    }

    /** Every change to a project or its members moves its version on, so one ETag guards them all. */
    private Detail touched(Project project, CurrentUser actor) {
        project.touch(Instant.now(), actor.subject());
        return saved(project);
    }

    /** Flushed here so that a concurrent change surfaces as a stale version (412) now. */
    private static Detail saved(Project project) {
        Project.flush();
        return detail(project);
    }

    /** The DB keeps titles unique per program and year; say so on the field instead of a bare 409. */
    private static void checkTitle(Input input, Long self) {
        long taken = Project.count("program = ?1 and fiscalYear = ?2 and title = ?3 and id <> ?4",
                input.program(), input.fiscalYear(), input.title(), self == null ? -1L : self);
        if (taken > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Another project of this program and year has this title",
                    List.of(new FieldError("title", "project.title.taken", "Another project of this program and year has this title")));
        }
    }

    /** A participant as its history reads: 株式会社小名浜シーフーズ（めひかりの唐揚げ、…）. */
    private static String participantText(Firm firm, java.util.Collection<Long> productIds) {
        List<String> names = productIds.isEmpty() ? List.of()
                : Product.<Product>list("id in ?1 order by nameKana, id", List.copyOf(productIds)).stream().map(p -> p.name).toList();
        return firm.tradeName + (names.isEmpty() ? "" : "（" + String.join("、", names) + "）");
    }

    /** An invitation as its history reads: 東京フレッシュマート株式会社（田中 美咲、…）. */
    private static String invitationText(BuyerCompany company, java.util.Collection<Long> contactIds) {
        List<String> names = contactIds.isEmpty() ? List.of()
                : BuyerContact.<BuyerContact>list("id in ?1 order by nameKana, id", List.copyOf(contactIds)).stream().map(c -> c.name).toList();
        return company.name + (names.isEmpty() ? "" : "（" + String.join("、", names) + "）");
    }

    private static void apply(Input input, Project project) {
        project.program = input.program();
        project.fiscalYear = input.fiscalYear();
        project.title = input.title();
        project.startsOn = input.startsOn();
        project.endsOn = input.endsOn();
        project.partners = new ArrayList<>(Objects.requireNonNullElse(input.partners(), List.<String>of()).stream()
                .map(JapaneseText::clean).filter(Objects::nonNull).toList());
        project.events.clear();
        for (Event given : Objects.requireNonNullElse(input.events(), List.<Event>of())) {
            ProjectEvent event = new ProjectEvent();
            event.heldOn = given.heldOn();
            event.venue = given.venue();
            event.capacity = given.capacity();
            project.events.add(event);
        }
    }

    /** The period and the meetings lie in the fiscal year (April 1 – March 31) and in order. */
    private static void checkPeriod(Input input) {
        FiscalYear year = FiscalYear.of(input.fiscalYear());
        Map<String, Object> bounds = Map.of("from", year.firstDay().toString(), "to", year.lastDay().toString());
        List<FieldError> errors = new ArrayList<>();
        if (input.startsOn() != null && !year.contains(input.startsOn())) {
            errors.add(new FieldError("startsOn", "project.date.outsideFiscalYear", "Must lie within the fiscal year", bounds));
        }
        if (input.endsOn() != null && !year.contains(input.endsOn())) {
            errors.add(new FieldError("endsOn", "project.date.outsideFiscalYear", "Must lie within the fiscal year", bounds));
        }
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "project.period.order", "The end comes before the start"));
        }
        List<Event> events = Objects.requireNonNullElse(input.events(), List.of());
        for (int i = 0; i < events.size(); i++) {
            if (!year.contains(events.get(i).heldOn())) {
                errors.add(new FieldError("events[" + i + "].heldOn", "project.date.outsideFiscalYear",
                        "Must lie within the fiscal year", bounds));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Detail detail(Project project) {
        List<Participation> participations = Participation.ofProject(project.id);
        Map<Long, Firm> firms = byId(Firm.<Firm>list("id in ?1", ids(participations, p -> p.firmId)), f -> f.id);
        Map<Long, Product> products = byId(Product.<Product>list("id in ?1",
                ids(participations.stream().flatMap(p -> p.productIds.stream()).toList(), Function.identity())), p -> p.id);
        List<Participant> participants = participations.stream()
                .map(p -> new Participant(p.firmId, firms.get(p.firmId).tradeName, firms.get(p.firmId).tradeNameKana,
                        p.productIds.stream().map(products::get).map(pr -> new ProductRef(pr.id, pr.name)).toList()))
                .sorted(Comparator.comparing(Participant::tradeNameKana))
                .toList();
        List<Invitation> invitations = Invitation.ofProject(project.id);
        Map<Long, BuyerCompany> companies = byId(BuyerCompany.<BuyerCompany>list("id in ?1",
                ids(invitations, i -> i.buyerCompanyId)), c -> c.id);
        Map<Long, BuyerContact> contacts = byId(BuyerContact.<BuyerContact>list("id in ?1",
                ids(invitations.stream().flatMap(i -> i.contactIds.stream()).toList(), Function.identity())), c -> c.id);
        List<InvitedBuyer> invited = invitations.stream()
                .map(i -> new InvitedBuyer(i.buyerCompanyId, companies.get(i.buyerCompanyId).name,
                        i.contactIds.stream().map(contacts::get).map(c -> new ContactRef(c.id, c.name)).toList()))
                .sorted(Comparator.comparing(InvitedBuyer::name))
                .toList();
        List<Event> events = project.events.stream().map(e -> new Event(e.heldOn, e.venue, e.capacity)).toList();
        return new Detail(project.id, project.program, project.fiscalYear, project.title, project.startsOn, project.endsOn,
                project.state, List.copyOf(project.partners), events, participants, invited, project.version,
                project.createdAt.atOffset(ZoneOffset.UTC), project.updatedAt.atOffset(ZoneOffset.UTC));
    }

    private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
        List<Long> ids = rows.stream().map(id).distinct().toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Map<Long, Long> participantCounts(List<Project> projects) {
        return counts("select p.projectId, count(p) from Participation p where p.projectId in ?1 group by p.projectId", projects);
    }

    private static Map<Long, Long> invitationCounts(List<Project> projects) {
        return counts("select i.projectId, count(i) from Invitation i where i.projectId in ?1 group by i.projectId", projects);
    }

    private static Map<Long, Long> counts(String jpql, List<Project> projects) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Project.getEntityManager().createQuery(jpql, Object[].class)
                .setParameter(1, projects.stream().map(p -> p.id).toList()).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
