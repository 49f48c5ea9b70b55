package jp.iwaki.matching.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import jp.iwaki.matching.survey.SurveyDtos.Form;
import jp.iwaki.matching.survey.SurveyDtos.ResponseState;
import jp.iwaki.matching.survey.SurveyResponses.Access;
import org.jboss.resteasy.reactive.RestResponse;

/** One invitation as staff handle it: its mails and links, and its response (read, or typed from paper). */
@Path("/api/survey-invitations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyInvitationResource {
    private final InvitationService invitations;
    private final SurveyMails mails;
    private final SurveyResponses responses;
    private final CurrentUser user;

    SurveyInvitationResource(InvitationService invitations, SurveyMails mails, SurveyResponses responses, CurrentUser user) {
        this.invitations = invitations;
        this.mails = mails;
        this.responses = responses;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public SurveyDtos.Invitation get(@PathParam("id") long id) {
        return invitations.find(id);
    }

    @POST
    @Path("send")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.Invitation send(@PathParam("id") long id) {
        return mails.sendOne(id, user);
    }

    @POST
    @Path("revoke")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.Invitation revoke(@PathParam("id") long id) {
        return invitations.revoke(id, user);
    }

    @POST
    @Path("reissue")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SurveyDtos.InvitationSheet reissue(@PathParam("id") long id) {
        return invitations.reissue(id, user);
    }

    @GET
    @Path("response")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<Form> response(@PathParam("id") long id) {
        Form form = responses.form(Access.proxy(id, user));
        return Etags.ok(form, form.response().version());
    }

    @PUT
    @Path("response/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ResponseState> saveDraft(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input) {
        ResponseState state = responses.saveDraft(Access.proxy(id, user), Etags.requireVersion(ifMatch), input.answers());
        return Etags.ok(state, state.version());
    }

    @POST
    @Path("response/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ResponseState> submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input) {
        ResponseState state = responses.submit(Access.proxy(id, user), Etags.requireVersion(ifMatch), input.answers());
        return Etags.ok(state, state.version());
    }

    @GET
    @Path("submissions")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<SurveyDtos.Submission> submissions(@PathParam("id") long id) {
        return responses.submissions(id);
    }
}
