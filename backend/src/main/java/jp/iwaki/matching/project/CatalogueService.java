package jp.iwaki.matching.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.buyer.BuyerScope;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.firm.FirmMapper;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.firm.ProductDto;
import jp.iwaki.matching.firm.ProductService;
import jp.iwaki.matching.project.ProjectDtos.CatalogueProject;
import jp.iwaki.matching.project.ProjectDtos.Event;
import jp.iwaki.matching.project.ProjectDtos.Exhibitor;
import org.hibernate.jpa.HibernateHints;

/**
 * What a buyer sees: the open and closed projects its company is invited to (not those still
 * being planned), with the exhibitors and the products they bring, published fields only, and
 * no archived firm or product. Anything else answers 404.
 *
 * <p>A catalogue is read in a fixed number of statements however many projects, exhibitors and
 * products it holds: the projects with their events, then every exhibitor, then every product.
 */
@ApplicationScoped
public class CatalogueService {
    /**
     * The projects (alias p) shown to the buyer company {@code :company}: those it is invited to that are open or
     * closed; a project being planned is not announced yet. The states are literals, not a list parameter, so that
     * Hibernate keeps each query's translation.
     */
    static final String SHOWN_TO_COMPANY = """
            p.state in (jp.iwaki.matching.project.ProjectState.OPEN, jp.iwaki.matching.project.ProjectState.CLOSED)
            and exists (select 1 from Invitation i where i.projectId = p.id and i.buyerCompanyId = :company)""";

    private final BuyerScope scope;
    private final FirmMapper firmMapper;
    private final ProductService products;
    private final EntityManager em;

    CatalogueService(BuyerScope scope, FirmMapper firmMapper, ProductService products, EntityManager em) {
        this.scope = scope;
        this.firmMapper = firmMapper;
        this.products = products;
        this.em = em;
    }

    @Transactional
    public List<CatalogueProject> projects() {
        Optional<Long> company = scope.companyId();
        if (company.isEmpty()) {
            return List.of();
        }
        List<Project> projects = em.createQuery("select p from Project p left join fetch p.events where " + SHOWN_TO_COMPANY
                        + " order by p.fiscalYear desc, p.id desc", Project.class)
                .setParameter("company", company.get()).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return catalogue(projects, "p.id = pa.projectId and " + SHOWN_TO_COMPANY, "company", company.get());
    }

    @Transactional
    public CatalogueProject project(long id) {
        long company = scope.requireCompany(() -> ApiException.notFound("Project " + id));
        List<Project> found = em.createQuery("select p from Project p left join fetch p.events where p.id = :id and "
                        + SHOWN_TO_COMPANY, Project.class)
                .setParameter("id", id).setParameter("company", company).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("Project " + id);
        }
        return catalogue(found, "p.id = pa.projectId and p.id = :project", "project", id).get(0);
    }

    /** A product's photo, when the product is shown in a project the buyer is invited to. */
    @Transactional
    public ProductService.Photo photo(long productId) {
        long company = scope.requireCompany(() -> ApiException.notFound("Product " + productId));
        long shown = em.createQuery("""
                        select count(pa) from Participation pa join pa.productIds pid, Project p, Firm f, Product pr
                        where pid = :product and pr.id = pid and pr.archivedAt is null
                          and f.id = pa.firmId and f.archivedAt is null
                          and p.id = pa.projectId and\s""" + SHOWN_TO_COMPANY, Long.class)
                .setParameter("product", productId).setParameter("company", company).getSingleResult();
        if (shown == 0) {
            throw ApiException.notFound("Product " + productId);
        }
        return products.photo(productId);
    }

    /**
     * The projects' exhibitors and the products they bring, in two statements; {@code projectsOfPa} selects the
     * participations (alias pa) of those projects through a project alias p, with one scalar parameter: a list
     * parameter ({@code in :ids}) would make Hibernate translate the query again on every request.
     */
    private List<CatalogueProject> catalogue(List<Project> projects, String projectsOfPa, String parameter, Object value) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<ExhibitorKey, List<ProductDto>> brought = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select pa.projectId, pa.firmId, pr from Participation pa join pa.productIds pid, Product pr, Project p
                        where pr.id = pid and pr.archivedAt is null and\s""" + projectsOfPa + " order by pr.nameKana, pr.id", Object[].class)
                .setParameter(parameter, value).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList()) {
            brought.computeIfAbsent(new ExhibitorKey((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
                    .add(firmMapper.toDto((Product) row[2]));
        }
        Map<Long, List<Exhibitor>> exhibitors = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select pa.projectId, f.id, f.tradeName, f.tradeNameKana, f.industryCode, f.address
                        from Participation pa, Firm f, Project p
                        where f.id = pa.firmId and f.archivedAt is null and\s""" + projectsOfPa + " order by f.tradeNameKana, f.id",
                        Object[].class)
                .setParameter(parameter, value).getResultList()) {
            long project = (Long) row[0];
            long firm = (Long) row[1];
            exhibitors.computeIfAbsent(project, p -> new ArrayList<>()).add(new Exhibitor(firm, (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], brought.getOrDefault(new ExhibitorKey(project, firm), List.of())));
        }
        return projects.stream().map(project -> new CatalogueProject(project.id, project.program, project.fiscalYear,
                project.title, project.startsOn, project.endsOn, project.state, events(project.events),
                exhibitors.getOrDefault(project.id, List.of()))).toList();
    }

    private static List<Event> events(List<ProjectEvent> events) {
        return events.stream().sorted(Comparator.comparing(e -> e.heldOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(e -> new Event(e.heldOn, e.venue, e.capacity)).toList();
    }

    private record ExhibitorKey(long projectId, long firmId) {
    }
}
