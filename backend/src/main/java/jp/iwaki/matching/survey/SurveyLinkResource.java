package jp.iwaki.matching.survey;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.survey.SurveyDtos.Form;
import jp.iwaki.matching.survey.SurveyDtos.ResponseState;
import jp.iwaki.matching.survey.SurveyResponses.Access;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answering through a link, without an account: the token in the path is the only key and opens
 * its one invitation. Every call is counted per token and per client address first (429).
 */
@Path("/api/survey-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SurveyLinkResource {
    private final SurveyResponses responses;
    private final LinkRateLimit limit;

    SurveyLinkResource(SurveyResponses responses, LinkRateLimit limit) {
        this.responses = responses;
        this.limit = limit;
    }

    @GET
    public RestResponse<Form> form(@PathParam("token") String token, @Context HttpServerRequest request) {
        Form form = limited(token, request, () -> responses.form(Access.link(token)));
        return RestResponse.ResponseBuilder.ok(form).header(HttpHeaders.ETAG, Etags.of(form.response().version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ResponseState> saveDraft(@PathParam("token") String token, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input, @Context HttpServerRequest request) {
        ResponseState state = limited(token, request,
                () -> responses.saveDraft(Access.link(token), Etags.requireVersion(ifMatch), input.answers()));
        return Etags.ok(state, state.version());
    }

    @POST
    @Path("submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ResponseState> submit(@PathParam("token") String token, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.AnswersInput input, @Context HttpServerRequest request) {
        ResponseState state = limited(token, request,
                () -> responses.submit(Access.link(token), Etags.requireVersion(ifMatch), input.answers()));
        return Etags.ok(state, state.version());
    }

    private <T> T limited(String token, HttpServerRequest request, Supplier<T> call) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        limit.admit(token, address);
        try {
            return call.get();
        } catch (LinkService.UnknownLink e) {
            limit.unknownToken(address);
            throw e;
        }
    }
}
