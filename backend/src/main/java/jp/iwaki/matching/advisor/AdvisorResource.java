package jp.iwaki.matching.advisor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/advisors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "advisors")
public class AdvisorResource {
    private final AdvisorDirectory advisors;

    AdvisorResource(AdvisorDirectory advisors) {
        this.advisors = advisors;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "listAdvisors", summary = "The advisors (経営指導員) to whom a firm can be assigned",
            description = "The Keycloak users with the advisor role, by name. A firm's advisorSubject must be one of them.")
    @APIResponse(responseCode = "200", description = "Every advisor")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public List<Advisor> list() {
        return advisors.all();
    }
}
