package jp.iwaki.matching.project;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.firm.Product;
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

    @Transactional
    public ProjectDtos.Page list(Integer fiscalYear, ProgramCode program, ProjectState state, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (fiscalYear != null) {
            where.add("fiscalYear = :fy");
            params.and("fy", fiscalYear);
        }
        if (program != null) {
            where.add("program = :program");
            params.and("program", program);
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        PanacheQuery<Project> found = Project.find(String.join(" and ", where),
                Sort.by("fiscalYear", Sort.Direction.Descending).and("program").and("id"), params);
        long total = found.count();
        List<Project> projects = found.page(page, size).list();
        Map<Long, Long> participants = counts("select p.projectId, count(p) from Participation p where p.projectId in ?1 group by p.projectId", projects);
        Map<Long, Long> invitations = counts("select i.projectId, count(i) from Invitation i where i.projectId in ?1 group by i.projectId", projects);
        List<Summary> items = projects.stream().map(p -> new Summary(p.id, p.program, p.fiscalYear, p.title, p.startsOn, p.endsOn,
                p.state, participants.getOrDefault(p.id, 0L), invitations.getOrDefault(p.id, 0L), p.version)).toList();
        return new ProjectDtos.Page(items, page, size, total);
    }

    @Transactional
    public Detail find(long id) {
        return detail(project(id));
    }

    @Transactional
    public Detail create(Input input, CurrentUser actor) {
        checkPeriod(input);
        Project project = new Project();
        apply(input, project);
        project.createdAt = project.updatedAt = Instant.now();
        project.createdBy = project.updatedBy = actor.subject();
        project.persist();
        return detail(project);
    }

    @Transactional
    public Detail update(long id, long expectedVersion, Input input, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        checkPeriod(input);
        apply(input, project);
        return touch(project, actor);
    }

    @Transactional
    public Detail changeState(long id, long expectedVersion, ProjectState next, CurrentUser actor) {
        Project project = project(id);
        if (project.version != expectedVersion) {
            throw Etags.stale();
        }
        if (!project.state.mayBecome(next)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "A project goes from planning to open to closed",
                    List.of(new FieldError("state", "project.state.transition", project.state + " cannot become " + next,
                            Map.of("from", project.state.name(), "to", next.name()))));
        }
        project.state = next;
        return touch(project, actor);
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
        Participation participation = Participation.<Participation>find("projectId = ?1 and firmId = ?2", id, firmId)
                .firstResultOptional().orElseGet(() -> {
                    Participation fresh = new Participation();
                    fresh.projectId = id;
                    fresh.firmId = firmId;
                    fresh.persist();
                    return fresh;
                });
        participation.productIds.clear();
        participation.productIds.addAll(productIds);
        return touch(project, actor);
    }

    @Transactional
    public Detail removeParticipant(long id, long expectedVersion, long firmId, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        if (Participation.delete("projectId = ?1 and firmId = ?2", id, firmId) == 0) {
            throw ApiException.notFound("Participant " + firmId);
        }
        return touch(project, actor);
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
        Invitation invitation = Invitation.<Invitation>find("projectId = ?1 and buyerCompanyId = ?2", id, companyId)
                .firstResultOptional().orElseGet(() -> {
                    Invitation fresh = new Invitation();
                    fresh.projectId = id;
                    fresh.buyerCompanyId = companyId;
                    fresh.persist();
                    return fresh;
                });
        invitation.contactIds.clear();
        invitation.contactIds.addAll(contactIds);
        return touch(project, actor);
    }

    @Transactional
    public Detail removeInvitation(long id, long expectedVersion, long companyId, CurrentUser actor) {
        Project project = open(id, expectedVersion);
        if (Invitation.delete("projectId = ?1 and buyerCompanyId = ?2", id, companyId) == 0) {
            throw ApiException.notFound("Invitation of " + companyId);
        }
        return touch(project, actor);
    }

    static Project project(long id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Project " + id));
    }

    private static Project open(long id, long expectedVersion) {
        Project project = project(id);
        if (project.version != expectedVersion) {
            throw Etags.stale();
        }
        if (project.state == ProjectState.CLOSED) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The project is closed and can no longer be changed",
                    List.of(new FieldError("state", "project.closed", "The project is closed")));
        }
        return project;
    }

    /** Every change to a project or its members moves its version on, so one ETag guards them all. */
    private Detail touch(Project project, CurrentUser actor) {
        project.updatedAt = Instant.now();
        project.updatedBy = actor.subject();
        Project.flush();
        return detail(project);
    }

    private static void apply(Input input, Project project) {
        project.program = input.program();
        project.fiscalYear = input.fiscalYear();
        project.title = input.title();
        project.startsOn = input.startsOn();
        project.endsOn = input.endsOn();
        project.partners = new ArrayList<>(Objects.requireNonNullElse(input.partners(), List.<String>of()).stream()
                .map(jp.iwaki.matching.common.JapaneseText::clean).filter(Objects::nonNull).toList());
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
        LocalDate first = LocalDate.of(input.fiscalYear(), 4, 1);
        LocalDate last = LocalDate.of(input.fiscalYear() + 1, 3, 31);
        Map<String, Object> bounds = Map.of("from", first.toString(), "to", last.toString());
        List<FieldError> errors = new ArrayList<>();
        if (input.startsOn() != null && (input.startsOn().isBefore(first) || input.startsOn().isAfter(last))) {
            errors.add(new FieldError("startsOn", "project.date.outsideFiscalYear", "Must lie within the fiscal year", bounds));
        }
        if (input.endsOn() != null && (input.endsOn().isBefore(first) || input.endsOn().isAfter(last))) {
            errors.add(new FieldError("endsOn", "project.date.outsideFiscalYear", "Must lie within the fiscal year", bounds));
        }
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "project.period.order", "The end comes before the start"));
        }
        List<Event> events = Objects.requireNonNullElse(input.events(), List.of());
        for (int i = 0; i < events.size(); i++) {
            LocalDate held = events.get(i).heldOn();
            if (held.isBefore(first) || held.isAfter(last)) {
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

    private static Map<Long, Long> counts(String jpql, List<Project> projects) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Project.getEntityManager().createQuery(jpql, Object[].class)
                .setParameter(1, projects.stream().map(p -> p.id).toList()).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
