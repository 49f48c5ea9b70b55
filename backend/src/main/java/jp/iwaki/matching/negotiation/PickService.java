package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerScope;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.negotiation.PickDtos.CatalogueProduct;
import jp.iwaki.matching.negotiation.PickDtos.Pick;
import jp.iwaki.matching.project.Invitation;
import jp.iwaki.matching.project.Project;
import jp.iwaki.matching.security.CurrentUser;

/**
 * The buyers' picks: the products a buyer company wants to meet about, in a project it is
 * invited to. A buyer sees and changes only its own company's ({@link BuyerScope}: anything else
 * is 404); coordinators and admins may pick for a buyer who answered on paper.
 */
@ApplicationScoped
public class PickService {
    private final BuyerScope scope;
    private final CurrentUser user;

    PickService(BuyerScope scope, CurrentUser user) {
        this.scope = scope;
        this.user = user;
    }

    /** The buyer's catalogue of one project as a searchable list of products, its own picks marked. */
    @Transactional
    public Page<CatalogueProduct> catalogue(long projectId, String q, Long firmId, Boolean picked, Paging paging) {
        long company = scope.requireCompany(() -> ApiException.notFound("Project " + projectId));
        if (!Invitation.exists(projectId, company)) {
            throw ApiException.notFound("Project " + projectId);
        }
        String key = JapaneseText.searchKey(q);
        StringBuilder where = new StringBuilder("""
                from Participation p join p.productIds pid, Product pr join pr.firm f
                where p.projectId = :project and pr.id = pid and p.firmId = f.id
                  and pr.archivedAt is null and f.archivedAt is null""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("project", projectId);
        if (!key.isEmpty()) {
            where.append(" and (pr.searchKey like :q escape '\\' or f.searchKey like :q escape '\\')");
            params.put("q", JapaneseText.containsPattern(key));
        }
        if (firmId != null) {
            where.append(" and f.id = :firm");
            params.put("firm", firmId);
        }
        if (picked != null) {
            where.append(picked ? " and" : " and not").append(
                    " exists (select 1 from BuyerPick b where b.projectId = :project and b.buyerCompanyId = :company and b.productId = pr.id)");
            params.put("company", company);
        }
        EntityManager em = Product.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(pr) " + where, Long.class);
        TypedQuery<Product> rows = em.createQuery("select pr " + where + " order by f.tradeNameKana, f.id, pr.nameKana, pr.id", Product.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Product> products = paging.offset() >= total ? List.of()
                : rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Set<Long> picks = new HashSet<>(em.createQuery(
                        "select b.productId from BuyerPick b where b.projectId = :project and b.buyerCompanyId = :company", Long.class)
                .setParameter("project", projectId).setParameter("company", company).getResultList());
        List<CatalogueProduct> items = products.stream().map(pr -> new CatalogueProduct(pr.id, pr.firm.id, pr.firm.tradeName,
                pr.firm.tradeNameKana, pr.name, pr.nameKana, pr.category, pr.description, pr.priceYen, pr.taxIncluded,
                pr.contentVolume, pr.shelfLife, pr.packaging, pr.minimumLot, pr.photoContentType != null, picks.contains(pr.id))).toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** Every buyer's picks in a project (staff). */
    @Transactional
    public List<Pick> ofProject(long projectId) {
        project(projectId);
        return picks("b.projectId = ?1", projectId);
    }

    @Transactional
    public List<Pick> ofBuyer(long projectId, long companyId) {
        invitation(projectId, companyId);
        return picks("b.projectId = ?1 and b.buyerCompanyId = ?2", projectId, companyId);
    }

    /** Idempotent: a product picked twice stays picked once. */
    @Transactional
    public List<Pick> pick(long projectId, long companyId, long productId) {
        Project project = invitation(projectId, companyId);
        project.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        Long firmId = firmBringing(projectId, productId);
        Product.getEntityManager().createNativeQuery("""
                        insert into buyer_pick (project_id, buyer_company_id, firm_id, product_id, picked_at, picked_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, projectId).setParameter(2, companyId).setParameter(3, firmId).setParameter(4, productId)
                .setParameter(5, Instant.now()).setParameter(6, user.subject()).executeUpdate();
        return ofBuyer(projectId, companyId);
    }

    @Transactional
    public List<Pick> unpick(long projectId, long companyId, long productId) {
        Project project = invitation(projectId, companyId);
        project.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        firmBringing(projectId, productId);
        BuyerPick.delete("projectId = ?1 and buyerCompanyId = ?2 and productId = ?3", projectId, companyId, productId);
        return ofBuyer(projectId, companyId);
    }

    /** The project, when the company is invited to it; a buyer's own company only. Anything else is 404. */
    private Project invitation(long projectId, long companyId) {
        scope.requireOwnCompany(companyId, () -> ApiException.notFound("Buyer company " + companyId));
        Project project = project(projectId);
        if (!Invitation.exists(projectId, companyId)) {
            throw ApiException.notFound("Invitation of " + companyId);
        }
        return project;
    }

    private static Project project(long projectId) {
        return Project.<Project>findByIdOptional(projectId).orElseThrow(() -> ApiException.notFound("Project " + projectId));
    }

    /** The firm that brings the product to the project; 404 when none does or the product is archived. */
    private static Long firmBringing(long projectId, long productId) {
        return Product.getEntityManager().createQuery("""
                        select p.firmId from Participation p join p.productIds pid, Product pr
                        where p.projectId = :project and pid = :product and pr.id = pid and pr.archivedAt is null""", Long.class)
                .setParameter("project", projectId).setParameter("product", productId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Product " + productId));
    }

    private static List<Pick> picks(String where, Object... params) {
        List<BuyerPick> picks = BuyerPick.list(where.replace("b.", "") + " order by buyerCompanyId, firmId, productId", params);
        Map<Long, String> companies = Names.BUYER_COMPANY.of(
                picks.stream().map(p -> p.buyerCompanyId).collect(java.util.stream.Collectors.toSet()));
        Map<Long, String> firms = Names.FIRM.of(
                picks.stream().map(p -> p.firmId).collect(java.util.stream.Collectors.toSet()));
        Map<Long, String> products = Names.PRODUCT.of(
                picks.stream().map(p -> p.productId).collect(java.util.stream.Collectors.toSet()));
        return picks.stream().map(p -> new Pick(p.projectId, p.buyerCompanyId, companies.get(p.buyerCompanyId), p.productId,
                        products.get(p.productId), p.firmId, firms.get(p.firmId), NegotiationService.utc(p.pickedAt)))
                .sorted(java.util.Comparator.comparing(Pick::buyerCompanyName).thenComparing(Pick::firmTradeName)
                        .thenComparing(Pick::productName))
                .toList();
    }
}
