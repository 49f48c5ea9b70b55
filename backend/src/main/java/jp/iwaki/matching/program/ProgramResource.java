package jp.iwaki.matching.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final ProgramService programs;
    private final CurrentUser user;

    ProgramResource(ProgramService programs, CurrentUser user) {
        this.programs = programs;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public List<ProgramDto> list() {
        return programs.list(user.isStaff());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public RestResponse<ProgramDto> get(@PathParam("code") ProgramCode code) {
        ProgramDto program = programs.find(code, user.isStaff())
                .orElseThrow(() -> ApiException.notFound("Program " + code));
        return Etags.ok(program, program.version());
    }

    @GET
    @Path("{code}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<TargetChangeDto> targetHistory(@PathParam("code") ProgramCode code) {
        return programs.targetHistory(code).orElseThrow(() -> ApiException.notFound("Program " + code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<ProgramDto> update(
            @PathParam("code") ProgramCode code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgramUpdate update) {
        long expectedVersion = Etags.requireVersion(ifMatch);
        ProgramDto updated = programs.update(code, expectedVersion, update, user);
        return Etags.ok(updated, updated.version());
    }
}
