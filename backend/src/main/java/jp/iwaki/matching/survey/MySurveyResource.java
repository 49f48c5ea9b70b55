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

/** A signed-in buyer's own survey invitations; anybody else's answer 404. */
@Path("/api/my/survey-invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BUYER)
public class MySurveyResource {
    private final SurveyResponses responses;
    private final CurrentUser user;

    MySurveyResource(SurveyResponses responses, CurrentUser user) {
        this.responses = responses;
        this.user = user;
    }

    @GET
    public List<SurveyDtos.MySurveyInvitation> list() {
        return responses.mine(user);
    }

    @GET
    @Path("{id}")
    public RestResponse<Form> form(@PathParam("id") long id) {
        Form form = responses.form(Access.signedIn(id, user));
        return Etags.ok(form, form.response().version());
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ResponseState> saveDraft(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input) {
        ResponseState state = responses.saveDraft(Access.signedIn(id, user), Etags.requireVersion(ifMatch), input.answers());
        return Etags.ok(state, state.version());
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ResponseState> submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input) {
        ResponseState state = responses.submit(Access.signedIn(id, user), Etags.requireVersion(ifMatch), input.answers());
        return Etags.ok(state, state.version());
    }
}
