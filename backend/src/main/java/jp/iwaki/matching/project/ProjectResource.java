package jp.iwaki.matching.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.project.ProjectDtos.Detail;
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

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectResource {
    private static final String ETAG = "The version of the project; every change to it, its participants or invitations moves it on.";
    private static final String IF_MATCH = "The ETag of the version being replaced, as last read.";

    private final ProjectService projects;
    private final CurrentUser user;

    ProjectResource(ProjectService projects, CurrentUser user) {
        this.projects = projects;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "listProjects", summary = "Projects, newest fiscal year first, searched, filtered and sorted",
            description = "Filtered by fiscal year, program, state, a participating firm or an invited buyer company.")
    @APIResponse(responseCode = "200", description = "One page of projects")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ProjectDtos.Page list(
            @Parameter(description = "Words of the title; full/half width and hiragana/katakana are not told apart.")
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("program") ProgramCode program,
            @QueryParam("state") ProjectState state,
            @Parameter(description = "Only projects this firm takes part in") @QueryParam("firmId") Long firmId,
            @Parameter(description = "Only projects this buyer company is invited to") @QueryParam("buyerCompanyId") Long buyerCompanyId,
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(schema = @Schema(ref = "ProjectSort")) @QueryParam("sort") String sort) {
        return projects.list(new ProjectQuery(q, fiscalYear, program, state, firmId, buyerCompanyId, page, size, sort));
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "exportProjects", summary = "The project list as CSV (UTF-8 with BOM) or .xlsx, with the list's filters",
            description = "Every matching project, not one page; opens correctly in Japanese Excel.")
    @APIResponse(responseCode = "200", ref = "Spreadsheet")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format") String format,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("program") ProgramCode program,
            @QueryParam("state") ProjectState state,
            @QueryParam("firmId") Long firmId,
            @QueryParam("buyerCompanyId") Long buyerCompanyId,
            @Parameter(schema = @Schema(ref = "ProjectSort")) @QueryParam("sort") String sort) {
        String mediaType = Spreadsheet.mediaType(format);
        List<List<Object>> rows = projects.exportRows(
                new ProjectQuery(q, fiscalYear, program, state, firmId, buyerCompanyId, 0, Integer.MAX_VALUE, sort));
        return Spreadsheet.download(mediaType, "プロジェクト一覧", ProjectService.EXPORT_HEADERS, rows);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getProjectHistory",
            summary = "Who created or changed the project, its participants, invitations and state, when, and from what to what",
            description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The project's audit trail")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return projects.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createProject", summary = "Create a project", description = "It starts in planning.")
    @APIResponse(responseCode = "201", description = "The new project",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
                    @Header(name = HttpHeaders.LOCATION, description = "The URL of the created record.", schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<Detail> create(@Valid @NotNull ProjectDtos.Input input) {
        Detail project = projects.create(input, user);
        return RestResponse.ResponseBuilder.<Detail>created(URI.create("/api/projects/" + project.id()))
                .entity(project).header(HttpHeaders.ETAG, Etags.of(project.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getProject", summary = "One project with its participants and invited buyers", description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Detail> get(@PathParam("id") long id) {
        return withEtag(projects.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateProject", summary = "Replace a project's fields, events and partners", description = "Not once it is closed.")
    @APIResponse(responseCode = "200", description = "The updated project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> update(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.Input input) {
        return withEtag(projects.update(id, Etags.requireVersion(ifMatch), input, user));
    }

    @POST
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "changeProjectState", summary = "Open or close a project", description = "planning → open → closed, one step at a time.")
    @APIResponse(responseCode = "200", description = "The project in its new state",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> changeState(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.StateChange change) {
        return withEtag(projects.changeState(id, Etags.requireVersion(ifMatch), change.state(), user));
    }

    @PUT
    @Path("{id}/participants/{firmId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "setProjectParticipant", summary = "Add a firm to the project, or replace the products it brings",
            description = "A firm takes part in a project at most once.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> setParticipant(@PathParam("id") long id, @PathParam("firmId") long firmId,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.ParticipationInput input) {
        return withEtag(projects.setParticipant(id, Etags.requireVersion(ifMatch), firmId, input.productIds(), user));
    }

    @DELETE
    @Path("{id}/participants/{firmId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "removeProjectParticipant", summary = "Take a firm out of the project", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> removeParticipant(@PathParam("id") long id, @PathParam("firmId") long firmId,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(projects.removeParticipant(id, Etags.requireVersion(ifMatch), firmId, user));
    }

    @PUT
    @Path("{id}/invitations/{buyerCompanyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "setProjectInvitation", summary = "Invite a buyer company, or replace the contacts expected from it",
            description = "The invited company's buyers then see the project in their catalogue.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> setInvitation(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.InvitationInput input) {
        return withEtag(projects.setInvitation(id, Etags.requireVersion(ifMatch), buyerCompanyId, input.contactIds(), user));
    }

    @DELETE
    @Path("{id}/invitations/{buyerCompanyId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "removeProjectInvitation", summary = "Withdraw a buyer company's invitation", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<Detail> removeInvitation(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(projects.removeInvitation(id, Etags.requireVersion(ifMatch), buyerCompanyId, user));
    }

    private static RestResponse<Detail> withEtag(Detail project) {
        return Etags.ok(project, project.version());
    }
}
