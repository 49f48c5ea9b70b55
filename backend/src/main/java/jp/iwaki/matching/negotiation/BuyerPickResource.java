package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.negotiation.PickDtos.Pick;
import jp.iwaki.matching.security.Roles;

/** One buyer company's picks in a project: the buyer itself (its own company only), or staff. */
@Path("/api/projects/{id}/buyers/{buyerCompanyId}/picks")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerPickResource {
    private final PickService picks;

    BuyerPickResource(PickService picks) {
        this.picks = picks;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> list(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId) {
        return picks.ofBuyer(id, buyerCompanyId);
    }

    @PUT
    @Path("{productId}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> pick(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @PathParam("productId") long productId) {
        return picks.pick(id, buyerCompanyId, productId);
    }

    @DELETE
    @Path("{productId}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.COORDINATOR})
    public List<Pick> unpick(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @PathParam("productId") long productId) {
        return picks.unpick(id, buyerCompanyId, productId);
    }
}
