package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.negotiation.PickDtos.CatalogueProduct;
import jp.iwaki.matching.security.Roles;

/** The buyer's catalogue of one project as a searchable list of products, its own picks marked. */
@Path("/api/catalogue/projects/{id}/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BUYER)
public class CatalogueProductResource {
    private final PickService picks;

    CatalogueProductResource(PickService picks) {
        this.picks = picks;
    }

    @GET
    public Page<CatalogueProduct> list(@PathParam("id") long id, @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("firmId") Long firmId, @QueryParam("picked") Boolean picked, @BeanParam @Valid Paging paging) {
        return picks.catalogue(id, q, firmId, picked, paging);
    }
}
