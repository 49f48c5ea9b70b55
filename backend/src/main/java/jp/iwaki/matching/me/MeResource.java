package jp.iwaki.matching.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {
    private final MeService me;
    private final CurrentUser user;

    MeResource(MeService me, CurrentUser user) {
        this.me = me;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    @Operation(operationId = "getMe", summary = "The signed-in user, its roles and, for a buyer, its company",
            description = "The SPA calls this after sign-in to decide which screens to show.")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public MeDto get() {
        return me.describe(user);
    }
}
