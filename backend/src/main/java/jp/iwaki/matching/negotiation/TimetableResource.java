package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.negotiation.TimetableDtos.BuyerTimetable;
import jp.iwaki.matching.negotiation.TimetableDtos.FirmTimetable;
import jp.iwaki.matching.negotiation.TimetableDtos.TimetableDto;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects/{id}/timetable")
@Produces(MediaType.APPLICATION_JSON)
public class TimetableResource {
    private final TimetableService timetables;

    TimetableResource(TimetableService timetables) {
        this.timetables = timetables;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<TimetableDto> get(@PathParam("id") long id) {
        return withEtag(timetables.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<TimetableDto> generate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TimetableDtos.Settings settings) {
        return withEtag(timetables.generate(id, ifMatch, settings));
    }

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<TimetableDto> addMeeting(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TimetableDtos.MeetingInput input) {
        return withEtag(timetables.addMeeting(id, Etags.requireVersion(ifMatch), input));
    }

    @PUT
    @Path("meetings/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<TimetableDto> moveMeeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TimetableDtos.MeetingMove move) {
        return withEtag(timetables.moveMeeting(id, meetingId, Etags.requireVersion(ifMatch), move.slot()));
    }

    @DELETE
    @Path("meetings/{meetingId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<TimetableDto> removeMeeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(timetables.removeMeeting(id, meetingId, Etags.requireVersion(ifMatch)));
    }

    @POST
    @Path("publish")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<TimetableDto> publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(timetables.publish(id, Etags.requireVersion(ifMatch)));
    }

    @GET
    @Path("buyers/{buyerCompanyId}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public BuyerTimetable ofBuyer(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId) {
        return timetables.ofBuyer(id, buyerCompanyId);
    }

    @GET
    @Path("buyers/{buyerCompanyId}/calendar")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public Response calendarOf(@PathParam("id") long id, @PathParam("buyerCompanyId") long buyerCompanyId) {
        return CalendarFile.download("timetable.ics", timetables.calendarOf(id, buyerCompanyId));
    }

    @GET
    @Path("firms/{firmId}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public FirmTimetable ofFirm(@PathParam("id") long id, @PathParam("firmId") long firmId) {
        return timetables.ofFirm(id, firmId);
    }

    private static RestResponse<TimetableDto> withEtag(TimetableDto timetable) {
        return Etags.ok(timetable, timetable.version());
    }
}
