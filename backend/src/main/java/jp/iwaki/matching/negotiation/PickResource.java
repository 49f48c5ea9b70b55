package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.negotiation.PickDtos.Pick;
import jp.iwaki.matching.security.Roles;

/** Every buyer's picks in a project, for staff. (A class of its own: the project resource answers /api/projects.) */
@Path("/api/projects/{id}/picks")
@Produces(MediaType.APPLICATION_JSON)
public class PickResource {
    private final PickService picks;

    PickResource(PickService picks) {
        this.picks = picks;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<Pick> ofProject(@PathParam("id") long id) {
        return picks.ofProject(id);
    }
}
