package jp.iwaki.matching.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final MeService me;
    private final CurrentUser user;

    MeResource(MeService me, CurrentUser user) {
        this.me = me;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public MeDto get() {
        return me.describe(user);
    }
}
