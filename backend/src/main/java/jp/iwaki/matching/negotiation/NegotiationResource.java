package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.negotiation.NegotiationDtos.Board;
import jp.iwaki.matching.negotiation.NegotiationDtos.Detail;
import jp.iwaki.matching.negotiation.NegotiationDtos.MyNegotiation;
import jp.iwaki.matching.negotiation.NegotiationDtos.Summary;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/negotiations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
public class NegotiationResource {
    private final NegotiationService negotiations;
    private final Introductions introductions;

    NegotiationResource(NegotiationService negotiations, Introductions introductions) {
        this.negotiations = negotiations;
        this.introductions = introductions;
    }

    @GET
    public Page<Summary> list(@BeanParam @Valid NegotiationQuery query, @BeanParam @Valid Paging paging) {
        return negotiations.list(query, paging);
    }

    @GET
    @Path("board")
    public Board board(@BeanParam @Valid NegotiationQuery query,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return negotiations.board(query, limit);
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    public Response export(@QueryParam("format") String format, @BeanParam @Valid NegotiationQuery query) {
        String mediaType = Spreadsheet.mediaType(format);
        return Spreadsheet.download(mediaType, "商談一覧", NegotiationService.EXPORT_HEADERS, negotiations.export(query));
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.ADVISOR)
    public Page<MyNegotiation> mine(@BeanParam @Valid Paging paging) {
        return negotiations.mine(paging);
    }

    @GET
    @Path("mine/calendar")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed(Roles.ADVISOR)
    public Response calendar() {
        return CalendarFile.download("negotiations.ics", negotiations.calendar());
    }

    @GET
    @Path("introduction-candidates")
    public List<IntroductionDtos.Candidate> candidates(@QueryParam("projectId") @NotNull Long projectId,
            @QueryParam("source") @NotNull IntroductionSource.Kind source) {
        return introductions.candidates(projectId, source);
    }

    @POST
    @Path("introductions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntroductionDtos.Result introduce(@Valid @NotNull IntroductionDtos.Request request) {
        return introductions.introduce(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> create(@Valid @NotNull NegotiationDtos.Input input) {
        Detail created = negotiations.create(input);
        return RestResponse.ResponseBuilder.<Detail>created(URI.create("/api/negotiations/" + created.id()))
                .entity(created).header(HttpHeaders.ETAG, Etags.of(created.version())).build();
    }

    @GET
    @Path("{id}")
    public RestResponse<Detail> get(@PathParam("id") long id) {
        return withEtag(negotiations.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NegotiationDtos.Update update) {
        return withEtag(negotiations.update(id, Etags.requireVersion(ifMatch), update));
    }

    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> move(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NegotiationDtos.Move move) {
        return withEtag(negotiations.move(id, Etags.requireVersion(ifMatch), move));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NegotiationDtos.Reopen reopen) {
        return withEtag(negotiations.reopen(id, Etags.requireVersion(ifMatch), reopen.reason()));
    }

    @POST
    @Path("{id}/take-over")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> takeOver(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NegotiationDtos.TakeOver takeOver) {
        return withEtag(negotiations.takeOver(id, Etags.requireVersion(ifMatch), takeOver));
    }

    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Detail> addFollowUp(@PathParam("id") long id, @Valid @NotNull NegotiationDtos.FollowUpInput input) {
        Detail changed = negotiations.addFollowUp(id, input);
        return RestResponse.ResponseBuilder.<Detail>create(RestResponse.Status.CREATED).entity(changed)
                .header(HttpHeaders.ETAG, Etags.of(changed.version())).build();
    }

    private static RestResponse<Detail> withEtag(Detail negotiation) {
        return Etags.ok(negotiation, negotiation.version());
    }
}
