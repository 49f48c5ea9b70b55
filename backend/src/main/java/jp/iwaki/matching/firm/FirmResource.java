package jp.iwaki.matching.firm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.net.URI;
import java.util.List;
import jp.iwaki.matching.audit.AuditEventDto;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.imports.ImportMapping;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Spreadsheet;
import jakarta.ws.rs.core.Response;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class FirmResource {

    private final FirmService firms;
    private final FirmImport imports;
    private final CurrentUser user;

    FirmResource(FirmService firms, FirmImport imports, CurrentUser user) {
        this.firms = firms;
        this.imports = imports;
        this.user = user;
    }

    @GET
    @Path("industries")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<IndustryDto> industries() {
        return firms.industries();
    }

    @GET
    @Path("firms")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Page<FirmDto> list(@BeanParam @Valid FirmQuery query, @BeanParam @Valid Paging paging) {
        return firms.list(query, paging);
    }

    @GET
    @Path("firms/export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response export(@QueryParam("format") String format, @BeanParam @Valid FirmQuery query) {
        String mediaType = Spreadsheet.mediaType(format);
        return Spreadsheet.download(mediaType, "事業者一覧", FirmService.EXPORT_HEADERS, firms.export(query));
    }

    @POST
    @Path("firms/import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public CsvImport.Report importFirms(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                  @QueryParam("mapping") ImportMapping mapping, byte[] file) {
        return imports.run(file, mapping, dryRun, user);
    }

    @POST
    @Path("firms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<FirmDto> create(@Valid @NotNull FirmInput input) {
        FirmDto firm = firms.create(input, user);
        return RestResponse.ResponseBuilder.<FirmDto>created(URI.create("/api/firms/" + firm.id()))
                .entity(firm).header(HttpHeaders.ETAG, Etags.of(firm.version())).build();
    }

    @GET
    @Path("firms/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<FirmDto> get(@PathParam("id") long id) {
        FirmDto firm = firms.find(id).orElseThrow(() -> ApiException.notFound("Firm " + id));
        return Etags.ok(firm, firm.version());
    }

    @PUT
    @Path("firms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<FirmDto> update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FirmInput input) {
        FirmDto firm = firms.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(firm, firm.version());
    }

    @POST
    @Path("firms/{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<FirmDto> archive(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FirmDto firm = firms.archive(id, Etags.requireVersion(ifMatch), user);
        return Etags.ok(firm, firm.version());
    }

    @GET
    @Path("firms/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return firms.history(id);
    }
}
