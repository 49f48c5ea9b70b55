package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.negotiation.PickDtos.CatalogueProduct;
import jp.iwaki.matching.negotiation.PickDtos.Pick;
import jp.iwaki.matching.security.Roles;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PickResource {
    private final PickService picks;

    PickResource(PickService picks) {
        this.picks = picks;
    }

    @GET
    @Path("catalogue/projects/{id}/products")
    @RolesAllowed(Roles.BUYER)
    public Page<CatalogueProduct> catalogue(@PathParam("id") long id, @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("firmId") Long firmId, @QueryParam("picked") Boolean picked, @BeanParam @Valid Paging paging) {
        return picks.catalogue(id, q, firmId, picked, paging);
    }

    @GET
    @Path("projects/{id}/picks")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<Pick> ofProject(@PathParam("id") long id) {
        return picks.ofProject(id);
    }

    @GET
    @Path("projects/{id}/buyers/{buyerCompanyId}/picks")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> ofBuyer(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId) {
        return picks.ofBuyer(id, buyerCompanyId);
    }

    @PUT
    @Path("projects/{id}/buyers/{buyerCompanyId}/picks/{productId}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> pick(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @PathParam("productId") long productId) {
        return picks.pick(id, buyerCompanyId, productId);
    }

    @DELETE
    @Path("projects/{id}/buyers/{buyerCompanyId}/picks/{productId}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> unpick(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @PathParam("productId") long productId) {
        return picks.unpick(id, buyerCompanyId, productId);
    }
}
