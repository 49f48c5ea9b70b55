package jp.iwaki.matching.advisor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.security.Roles;

@Path("/api/advisors")
@Produces(MediaType.APPLICATION_JSON)
public class AdvisorResource {
    private final AdvisorDirectory advisors;

    AdvisorResource(AdvisorDirectory advisors) {
        this.advisors = advisors;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<Advisor> list() {
        return advisors.all();
    }
}
