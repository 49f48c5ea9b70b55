package jp.iwaki.matching.negotiation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.negotiation.LeadDtos.Lead;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
public class LeadResource {
    private final LeadService leads;

    LeadResource(LeadService leads) {
        this.leads = leads;
    }

    @GET
    public Page<Lead> list(@QueryParam("projectId") Long projectId, @QueryParam("mine") @DefaultValue("false") boolean mine,
            @BeanParam @Valid Paging paging) {
        return leads.list(projectId, mine, paging);
    }

    /** 201 for a new lead, 200 with the first result for one sent again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Lead> capture(@Valid @NotNull LeadDtos.Input input) {
        LeadService.Captured captured = leads.capture(input);
        return RestResponse.ResponseBuilder.<Lead>create(captured.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                .entity(captured.lead()).build();
    }
}
