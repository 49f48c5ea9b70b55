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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import jp.iwaki.matching.survey.SurveyDtos.Template;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyTemplateResource {
    private final SurveyTemplateService templates;
    private final CurrentUser user;

    SurveyTemplateResource(SurveyTemplateService templates, CurrentUser user) {
        this.templates = templates;
        this.user = user;
    }

    @GET
    @Path("survey-templates")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<SurveyDtos.TemplateSummary> list(@QueryParam("program") ProgramCode program) {
        return templates.list(program);
    }

    @POST
    @Path("survey-templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Template> create(@Valid @NotNull SurveyDtos.TemplateCreate input) {
        Template template = templates.create(input, user);
        return RestResponse.ResponseBuilder.<Template>created(URI.create("/api/survey-templates/" + template.id()))
                .entity(template).header(HttpHeaders.ETAG, Etags.of(template.version())).build();
    }

    @GET
    @Path("survey-templates/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<Template> get(@PathParam("id") long id) {
        Template template = templates.find(id);
        return Etags.ok(template, template.version());
    }

    @PUT
    @Path("survey-templates/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Template> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SurveyDtos.TemplateUpdate input) {
        Template template = templates.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(template, template.version());
    }

    @GET
    @Path("survey-template-versions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public SurveyDtos.TemplateVersion version(@PathParam("id") long id) {
        return templates.version(id);
    }
}
