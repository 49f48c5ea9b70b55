package jp.iwaki.matching.buyer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Spreadsheet;
import jakarta.ws.rs.core.Response;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/buyer-companies")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerCompanyResource {
    private final BuyerCompanyService buyers;
    private final BuyerLogins logins;
    private final BuyerImport imports;
    private final CurrentUser user;

    BuyerCompanyResource(BuyerCompanyService buyers, BuyerLogins logins, BuyerImport imports, CurrentUser user) {
        this.buyers = buyers;
        this.logins = logins;
        this.imports = imports;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Page<BuyerCompanyDto> list(@BeanParam @Valid BuyerCompanyQuery query, @BeanParam @Valid Paging paging) {
        return buyers.list(query, paging);
    }

    @POST
    @Path("import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public CsvImport.Report importCompanies(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, byte[] file) {
        return imports.run(file, dryRun, user);
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response export(@QueryParam("format") String format, @BeanParam @Valid BuyerCompanyQuery query) {
        String mediaType = Spreadsheet.mediaType(format);
        return Spreadsheet.download(mediaType, "バイヤー企業一覧", BuyerCompanyService.EXPORT_HEADERS, buyers.export(query));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerCompanyDto> create(@Valid @NotNull BuyerCompanyInput input) {
        BuyerCompanyDto company = buyers.create(input, user);
        return RestResponse.ResponseBuilder.<BuyerCompanyDto>created(URI.create("/api/buyer-companies/" + company.id()))
                .entity(company).header(HttpHeaders.ETAG, Etags.of(company.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public RestResponse<BuyerCompanyDto> get(@PathParam("id") long id) {
        BuyerCompanyDto company = buyers.find(id, user);
        return Etags.ok(company, company.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerCompanyDto> update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BuyerCompanyInput input) {
        BuyerCompanyDto company = buyers.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(company, company.version());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerCompanyDto> archive(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BuyerCompanyDto company = buyers.archive(id, Etags.requireVersion(ifMatch), user);
        return Etags.ok(company, company.version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return buyers.history(id);
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    public List<BuyerContactDto> contacts(@PathParam("id") long id) {
        return buyers.contacts(id);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerContactDto> addContact(@PathParam("id") long id, @Valid @NotNull BuyerContactInput input) {
        BuyerContactDto contact = buyers.addContact(id, input, user);
        return RestResponse.ResponseBuilder.<BuyerContactDto>create(RestResponse.Status.CREATED, contact)
                .header(HttpHeaders.ETAG, Etags.of(contact.version())).build();
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerContactDto> updateContact(
            @PathParam("id") long id,
            @PathParam("contactId") long contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BuyerContactInput input) {
        BuyerContactDto contact = buyers.updateContact(id, contactId, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(contact, contact.version());
    }

    @POST
    @Path("{id}/contacts/{contactId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<LoginGrantDto> grantLogin(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        // The temporary password is shown once: no cache keeps it.
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, logins.grant(id, contactId, user))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{id}/contacts/{contactId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public RestResponse<BuyerContactDto> revokeLogin(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        BuyerContactDto contact = logins.revoke(id, contactId, user);
        return Etags.ok(contact, contact.version());
    }
}
