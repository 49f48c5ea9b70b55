package jp.iwaki.matching.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import jp.iwaki.matching.buyer.BuyerScope;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.firm.FirmMapper;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.firm.ProductService;
import jp.iwaki.matching.project.ProjectDtos.CatalogueProject;
import jp.iwaki.matching.project.ProjectDtos.Event;
import jp.iwaki.matching.project.ProjectDtos.Exhibitor;

/**
 * What a buyer sees: the projects its company is invited to, with the exhibitors and the
 * products they bring, published fields only. Anything else answers 404.
 */
@ApplicationScoped
public class CatalogueService {
    private final BuyerScope scope;
    private final FirmMapper firmMapper;
    private final ProductService products;

    CatalogueService(BuyerScope scope, FirmMapper firmMapper, ProductService products) {
        this.scope = scope;
        this.firmMapper = firmMapper;
        this.products = products;
    }

    @Transactional
    public List<CatalogueProject> projects() {
        return scope.companyId()
                .map(company -> Project.<Project>list(
                        "id in (select i.projectId from Invitation i where i.buyerCompanyId = ?1) order by fiscalYear desc, id desc", company))
                .orElse(List.of())
                .stream().map(this::catalogue).toList();
    }

    @Transactional
    public CatalogueProject project(long id) {
        long company = scope.requireCompany(() -> ApiException.notFound("Project " + id));
        if (!Invitation.exists(id, company)) {
            throw ApiException.notFound("Project " + id);
        }
        return catalogue(ProjectService.project(id));
    }

    /** A product's photo, when the product is brought to a project the buyer is invited to. */
    @Transactional
    public ProductService.Photo photo(long productId) {
        long company = scope.requireCompany(() -> ApiException.notFound("Product " + productId));
        long visible = Project.getEntityManager().createQuery("""
                        select count(p) from Participation p join p.productIds pid, Invitation i
                        where i.projectId = p.projectId and i.buyerCompanyId = :company and pid = :product""", Long.class)
                .setParameter("company", company).setParameter("product", productId).getSingleResult();
        if (visible == 0) {
            throw ApiException.notFound("Product " + productId);
        }
        return products.photo(productId);
    }

    private CatalogueProject catalogue(Project project) {
        List<Exhibitor> exhibitors = Participation.ofProject(project.id).stream()
                .map(p -> {
                    Firm firm = Firm.findById(p.firmId);
                    List<jp.iwaki.matching.firm.ProductDto> brought = p.productIds.isEmpty() ? List.of()
                            : Product.<Product>list("id in ?1 and archivedAt is null order by nameKana, id", List.copyOf(p.productIds))
                                    .stream().map(firmMapper::toDto).toList();
                    return new Exhibitor(firm.id, firm.tradeName, firm.tradeNameKana, firm.industryCode, firm.address, brought);
                })
                .sorted(Comparator.comparing(Exhibitor::tradeNameKana))
                .toList();
        List<Event> events = project.events.stream().map(e -> new Event(e.heldOn, e.venue, e.capacity)).toList();
        return new CatalogueProject(project.id, project.program, project.fiscalYear, project.title, project.startsOn,
                project.endsOn, project.state, events, exhibitors);
    }
}
