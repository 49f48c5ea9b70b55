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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programs")
public class ProgramResource {
    private final ProgramService programs;
    private final CurrentUser user;

    ProgramResource(ProgramService programs, CurrentUser user) {
        this.programs = programs;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    @Operation(operationId = "listPrograms", summary = "The program catalogue, in plan order",
            description = "Buyers receive the catalogue without targets.")
    @APIResponse(responseCode = "200", description = "All programs")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ProgramDto> list() {
        return programs.list(user.isStaff());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    @Operation(operationId = "getProgram", summary = "One program with its ETag",
            description = "Buyers receive the program without targets.")
    @APIResponse(responseCode = "200", description = "The program",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version of the returned record; send it back in If-Match to update it.",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ProgramDto> get(@PathParam("code") ProgramCode code) {
        ProgramDto program = programs.find(code, user.isStaff())
                .orElseThrow(() -> ApiException.notFound("Program " + code));
        return Etags.ok(program, program.version());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateProgram",
            summary = "Replace a program's names, descriptions, baselines and yearly targets",
            description = "Admin only. Every metric of the program must be given, and no other; fiscal years must lie within the plan period.")
    @APIResponse(responseCode = "200", description = "The updated program",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version of the returned record; send it back in If-Match to update it.",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<ProgramDto> update(
            @PathParam("code") ProgramCode code,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = "The ETag of the version being replaced, as last read.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgramUpdate update) {
        long expectedVersion = Etags.requireVersion(ifMatch);
        ProgramDto updated = programs.update(code, expectedVersion, update, user.subject());
        return Etags.ok(updated, updated.version());
    }
}
