package jp.iwaki.matching.buyer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jp.iwaki.matching.common.Spreadsheet;
import jakarta.ws.rs.core.Response;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/buyer-companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "buyers")
public class BuyerCompanyResource {
    private static final String ETAG = "The version of the returned record; send it back in If-Match to update it.";
    private static final String IF_MATCH = "The ETag of the version being replaced, as last read.";

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
    @Operation(operationId = "listBuyerCompanies", summary = "Buyer companies, one page at a time, searched, filtered and sorted",
            description = "`q` searches names and readings, ignoring full/half width and hiragana/katakana.")
    @APIResponse(responseCode = "200", description = "One page of buyer companies")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public BuyerCompanyPage list(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("type") BuyerType type,
            @QueryParam("region") Region region,
            @QueryParam("archived") @DefaultValue("false") boolean archived,
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(schema = @Schema(ref = "BuyerCompanySort")) @QueryParam("sort") String sort) {
        return buyers.list(new BuyerCompanyQuery(q, type, region, archived, page, size, sort));
    }

    @POST
    @Path("import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "importBuyerCompanies", summary = "Import buyer companies with their contacts from CSV (UTF-8 or Shift_JIS)",
            description = "One contact a row; columns 企業名, フリガナ, 種別 and 地域 are required; 郵便番号, 住所, 電話, メモ, 担当者, "
                    + "担当者フリガナ, 部署, メール, 担当者電話 optional. Companies match by normalised name and 郵便番号, contacts by メール "
                    + "or name. A dry run reports every row; a real run imports all rows or, when any row has a problem, none (422).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(ref = "CsvFile")
    @APIResponse(responseCode = "200", description = "What the import does (dry run) or did")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public CsvImport.Report importCompanies(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, byte[] file) {
        return imports.run(file, dryRun, user);
    }

    @GET
    @Path("export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "exportBuyerCompanies", summary = "The buyer company list as CSV (UTF-8 with BOM) or .xlsx, with the list's filters",
            description = "Every matching company, not one page; opens correctly in Japanese Excel.")
    @APIResponse(responseCode = "200", ref = "Spreadsheet")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format") String format,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("type") BuyerType type,
            @QueryParam("region") Region region,
            @QueryParam("archived") @DefaultValue("false") boolean archived,
            @Parameter(schema = @Schema(ref = "BuyerCompanySort")) @QueryParam("sort") String sort) {
        String mediaType = Spreadsheet.mediaType(format);
        List<List<Object>> rows = buyers.exportRows(new BuyerCompanyQuery(q, type, region, archived, 0, Integer.MAX_VALUE, sort));
        return Spreadsheet.download(mediaType, "バイヤー企業一覧", BuyerCompanyService.EXPORT_HEADERS, rows);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createBuyerCompany", summary = "Register a buyer company",
            description = "Text is normalised (Unicode NFKC, readings in katakana) before it is checked and stored.")
    @APIResponse(responseCode = "201", description = "The registered buyer company",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
                    @Header(name = HttpHeaders.LOCATION, description = "The URL of the created record.",
                            schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerCompanyDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<BuyerCompanyDto> create(@Valid @NotNull BuyerCompanyInput input) {
        BuyerCompanyDto company = buyers.create(input, user);
        return RestResponse.ResponseBuilder.<BuyerCompanyDto>created(URI.create("/api/buyer-companies/" + company.id()))
                .entity(company).header(HttpHeaders.ETAG, Etags.of(company.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    @Operation(operationId = "getBuyerCompany", summary = "One buyer company with its ETag",
            description = "A buyer reads its own company only (without internal notes); any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The buyer company",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerCompanyDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<BuyerCompanyDto> get(@PathParam("id") long id) {
        BuyerCompanyDto company = buyers.find(id, user);
        return Etags.ok(company, company.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateBuyerCompany", summary = "Replace a buyer company's fields",
            description = "Needs If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The updated buyer company",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerCompanyDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<BuyerCompanyDto> update(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BuyerCompanyInput input) {
        BuyerCompanyDto company = buyers.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(company, company.version());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "archiveBuyerCompany", summary = "Archive a buyer company",
            description = "Buyer companies are never deleted; an archived one is read-only and left out of lists by default.")
    @APIResponse(responseCode = "200", description = "The archived buyer company",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerCompanyDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<BuyerCompanyDto> archive(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BuyerCompanyDto company = buyers.archive(id, Etags.requireVersion(ifMatch), user);
        return Etags.ok(company, company.version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getBuyerCompanyHistory",
            summary = "Who created or changed the buyer company and its contacts, when, and which fields from what to what",
            description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The buyer company's audit trail")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return buyers.history(id);
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.BUYER, Roles.COORDINATOR})
    @Operation(operationId = "listBuyerContacts", summary = "The contacts of a buyer company, by reading",
            description = "A buyer reads the contacts of its own company only; any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The contacts")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<BuyerContactDto> contacts(@PathParam("id") long id) {
        return buyers.contacts(id, user);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createBuyerContact", summary = "Add a contact to a buyer company",
            description = "Text is normalised as for companies.")
    @APIResponse(responseCode = "201", description = "The new contact",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerContactDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<BuyerContactDto> addContact(@PathParam("id") long id, @Valid @NotNull BuyerContactInput input) {
        BuyerContactDto contact = buyers.addContact(id, input, user);
        return RestResponse.ResponseBuilder.<BuyerContactDto>create(RestResponse.Status.CREATED, contact)
                .header(HttpHeaders.ETAG, Etags.of(contact.version())).build();
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateBuyerContact", summary = "Replace a contact's fields",
            description = "Needs If-Match with the contact's ETag (its version, as listed).")
    @APIResponse(responseCode = "200", description = "The updated contact",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerContactDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<BuyerContactDto> updateContact(
            @PathParam("id") long id,
            @PathParam("contactId") long contactId,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BuyerContactInput input) {
        BuyerContactDto contact = buyers.updateContact(id, contactId, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(contact, contact.version());
    }

    @POST
    @Path("{id}/contacts/{contactId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "grantBuyerLogin", summary = "Give a contact a login with the buyer role",
            description = "Creates the Keycloak user (user name = the contact's e-mail address, in group buyers, which gives the buyer "
                    + "role) and answers its temporary password once, never cached. A login revoked before is given back to the same "
                    + "contact with a new temporary password.")
    @APIResponse(responseCode = "201", description = "The new login and its temporary password",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "no-store", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginGrantDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<LoginGrantDto> grantLogin(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        // The temporary password is shown once: no cache keeps it.
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, logins.grant(id, contactId, user))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{id}/contacts/{contactId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "revokeBuyerLogin", summary = "Revoke a contact's login",
            description = "Keycloak disables the user and ends its sessions; the API refuses the tokens it holds at once. "
                    + "Granting a login again gives the same contact its login back with a new temporary password.")
    @APIResponse(responseCode = "200", description = "The contact, without a login",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyerContactDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<BuyerContactDto> revokeLogin(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        BuyerContactDto contact = logins.revoke(id, contactId, user);
        return Etags.ok(contact, contact.version());
    }
}
