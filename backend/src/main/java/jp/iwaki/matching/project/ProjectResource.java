package jp.iwaki.matching.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.project.ProjectDtos.Detail;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
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
    public Page<ProjectDtos.Summary> list(@BeanParam @Valid ProjectQuery query, @BeanParam @Valid Paging paging) {
        return projects.list(query, paging);
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response export(@QueryParam("format") String format, @BeanParam @Valid ProjectQuery query) {
        String mediaType = Spreadsheet.mediaType(format);
        return Spreadsheet.download(mediaType, "プロジェクト一覧", ProjectService.EXPORT_HEADERS, projects.export(query));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return projects.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> create(@Valid @NotNull ProjectDtos.Input input) {
        Detail project = projects.create(input, user);
        return RestResponse.ResponseBuilder.<Detail>created(URI.create("/api/projects/" + project.id()))
                .entity(project).header(HttpHeaders.ETAG, Etags.of(project.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<Detail> get(@PathParam("id") long id) {
        return withEtag(projects.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> update(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.Input input) {
        return withEtag(projects.update(id, Etags.requireVersion(ifMatch), input, user));
    }

    @POST
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> changeState(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.StateChange change) {
        return withEtag(projects.changeState(id, Etags.requireVersion(ifMatch), change.state(), user));
    }

    @PUT
    @Path("{id}/participants/{firmId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> setParticipant(@PathParam("id") long id, @PathParam("firmId") long firmId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.ParticipationInput input) {
        return withEtag(projects.setParticipant(id, Etags.requireVersion(ifMatch), firmId, input.productIds(), user));
    }

    @DELETE
    @Path("{id}/participants/{firmId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> removeParticipant(@PathParam("id") long id, @PathParam("firmId") long firmId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(projects.removeParticipant(id, Etags.requireVersion(ifMatch), firmId, user));
    }

    @PUT
    @Path("{id}/invitations/{buyerCompanyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> setInvitation(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectDtos.InvitationInput input) {
        return withEtag(projects.setInvitation(id, Etags.requireVersion(ifMatch), buyerCompanyId, input.contactIds(), user));
    }

    @DELETE
    @Path("{id}/invitations/{buyerCompanyId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<Detail> removeInvitation(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(projects.removeInvitation(id, Etags.requireVersion(ifMatch), buyerCompanyId, user));
    }

    private static RestResponse<Detail> withEtag(Detail project) {
        return Etags.ok(project, project.version());
    }
}
