package jp.iwaki.matching.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import jp.iwaki.matching.survey.SurveyDtos.SurveyDto;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
    private final SurveyService surveys;
    private final InvitationService invitations;
    private final SurveyMails mails;
    private final SurveyAnalysisService analysis;
    private final ResponseExport export;
    private final CurrentUser user;

    SurveyResource(SurveyService surveys, InvitationService invitations, SurveyMails mails, SurveyAnalysisService analysis,
            ResponseExport export, CurrentUser user) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.mails = mails;
        this.analysis = analysis;
        this.export = export;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Page<SurveyDto> list(@BeanParam @Valid SurveyQuery query, @BeanParam @Valid Paging paging) {
        return surveys.list(query, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<SurveyDto> create(@Valid @NotNull SurveyDtos.SurveyInput input) {
        SurveyDto survey = surveys.create(input, user);
        return RestResponse.ResponseBuilder.<SurveyDto>created(URI.create("/api/surveys/" + survey.id()))
                .entity(survey).header(HttpHeaders.ETAG, Etags.of(survey.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<SurveyDto> get(@PathParam("id") long id) {
        SurveyDto survey = surveys.find(id);
        return Etags.ok(survey, survey.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<SurveyDto> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.SurveyUpdate input) {
        SurveyDto survey = surveys.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(survey, survey.version());
    }

    @GET
    @Path("{id}/invitations")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Page<SurveyDtos.Invitation> invitations(@PathParam("id") long id, @BeanParam @Valid InvitationQuery query,
            @BeanParam @Valid Paging paging) {
        return invitations.list(id, query, paging);
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.IssuedInvitations issue(@PathParam("id") long id, @Valid SurveyDtos.InvitationIssue input) {
        return invitations.issue(id, input, user);
    }

    @POST
    @Path("{id}/invitations/send")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.MailReport sendAll(@PathParam("id") long id) {
        return mails.sendAll(id, user);
    }

    @POST
    @Path("{id}/reminders")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.MailReport remind(@PathParam("id") long id) {
        return mails.remind(id, user);
    }

    @POST
    @Path("{id}/sheets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<SurveyDtos.InvitationSheet> sheets(@PathParam("id") long id, @Valid @NotNull SurveyDtos.SheetRequest request) {
        return invitations.sheets(id, request, user);
    }

    @GET
    @Path("{id}/analysis")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public SurveyDtos.Analysis analysis(@PathParam("id") long id) {
        return analysis.analysis(id);
    }

    @GET
    @Path("{id}/responses/export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response exportResponses(@PathParam("id") long id, @QueryParam("format") String format) {
        String mediaType = Spreadsheet.mediaType(format);
        ResponseExport.Export file = export.export(id);
        return Spreadsheet.download(mediaType, file.name(), file.headers(), file.rows());
    }

    @GET
    @Path("{id}/feedback/{firmId}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public SurveyDtos.FirmFeedbackReport feedback(@PathParam("id") long id, @PathParam("firmId") long firmId) {
        return analysis.feedback(id, firmId);
    }

    @GET
    @Path("{id}/feedback/{firmId}/export")
    @Produces(Spreadsheet.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response exportFeedback(@PathParam("id") long id, @PathParam("firmId") long firmId) {
        SurveyDtos.FirmFeedbackReport report = analysis.feedback(id, firmId);
        String name = URLEncoder.encode("フィードバック_" + report.firmTradeName() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(FeedbackWorkbook.of(report), Spreadsheet.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback.xlsx\"; filename*=UTF-8''" + name)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public SurveyDtos.AggregateReport report(@PathParam("id") long id) {
        return analysis.aggregate(id);
    }
}
