package jp.iwaki.matching.firm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "firms")
public class FirmResource {
    private static final String ETAG_DESCRIPTION = "The version of the returned record; send it back in If-Match to update it.";

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
    @Operation(operationId = "listIndustries",
            summary = "The industry categories (JSIC major categories, as in the plan's establishment table)",
            description = "Reference data for the firm form and filters, in display order.")
    @APIResponse(responseCode = "200", description = "All industry categories")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<IndustryDto> industries() {
        return firms.industries();
    }

    @GET
    @Path("firms")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "listFirms", summary = "Firms, one page at a time, searched, filtered and sorted")
    @APIResponse(responseCode = "200", description = "One page of firms")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public FirmPage list(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("industry") String industry,
            @QueryParam("member") Boolean member,
            @Parameter(description = "Subject of the assigned advisor") @QueryParam("advisor") String advisor,
            @QueryParam("archived") @DefaultValue("false") boolean archived,
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(schema = @Schema(ref = "FirmSort")) @QueryParam("sort") String sort) {
        return firms.list(new FirmQuery(q, industry, member, advisor, archived, page, size, sort));
    }

    @GET
    @Path("firms/export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "exportFirms", summary = "The firm list as CSV (UTF-8 with BOM) or .xlsx, with the list's filters",
            description = "Every matching firm, not one page; opens correctly in Japanese Excel.")
    @APIResponse(responseCode = "200", ref = "Spreadsheet")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format") String format,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("industry") String industry,
            @QueryParam("member") Boolean member,
            @QueryParam("advisor") String advisor,
            @QueryParam("archived") @DefaultValue("false") boolean archived,
            @Parameter(schema = @Schema(ref = "FirmSort")) @QueryParam("sort") String sort) {
        String mediaType = Spreadsheet.mediaType(format);
        List<List<Object>> rows = firms.exportRows(new FirmQuery(q, industry, member, advisor, archived, 0, Integer.MAX_VALUE, sort));
        return Spreadsheet.download(mediaType, "事業者一覧", FirmService.EXPORT_HEADERS, rows);
    }

    @POST
    @Path("firms/import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "importFirms", summary = "Import firms from CSV (UTF-8 or Shift_JIS), as a dry run or for real",
            description = "Columns 商号, フリガナ, 業種 and 会員 are required; 法人番号, 郵便番号, 住所, 代表者, 担当者, 電話, メール, 従業員数 optional. "
                    + "Rows match existing firms by 法人番号, else by normalised 商号 and 郵便番号, and update them. "
                    + "A dry run reports every row; a real run imports all rows or, when any row has a problem, none (422).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(ref = "CsvFile")
    @APIResponse(responseCode = "200", description = "What the import does (dry run) or did")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public CsvImport.Report importFirms(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, byte[] file) {
        return imports.run(file, dryRun, user);
    }

    @POST
    @Path("firms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createFirm", summary = "Register a firm",
            description = "Text is normalised (Unicode NFKC, readings in katakana) before it is checked and stored.")
    @APIResponse(responseCode = "201", description = "The registered firm",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
                    @Header(name = HttpHeaders.LOCATION, description = "The URL of the created record.",
                            schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirmDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<FirmDto> create(@Valid @NotNull FirmInput input) {
        FirmDto firm = firms.create(input, user);
        return RestResponse.ResponseBuilder.<FirmDto>created(URI.create("/api/firms/" + firm.id()))
                .entity(firm).header(HttpHeaders.ETAG, Etags.of(firm.version())).build();
    }

    @GET
    @Path("firms/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getFirm", summary = "One firm with its ETag", description = "Archived firms can still be read.")
    @APIResponse(responseCode = "200", description = "The firm",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirmDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<FirmDto> get(@PathParam("id") long id) {
        FirmDto firm = firms.find(id).orElseThrow(() -> ApiException.notFound("Firm " + id));
        return Etags.ok(firm, firm.version());
    }

    @PUT
    @Path("firms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "updateFirm", summary = "Replace a firm's fields",
            description = "Coordinators and admins edit every firm; an advisor only the firms assigned to it, and cannot reassign them.")
    @APIResponse(responseCode = "200", description = "The updated firm",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirmDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<FirmDto> update(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = "The ETag of the version being replaced, as last read.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FirmInput input) {
        FirmDto firm = firms.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(firm, firm.version());
    }

    @POST
    @Path("firms/{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "archiveFirm", summary = "Archive a firm",
            description = "Firms are never deleted; an archived firm is read-only and left out of lists by default.")
    @APIResponse(responseCode = "200", description = "The archived firm",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirmDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<FirmDto> archive(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = "The ETag of the version being replaced, as last read.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FirmDto firm = firms.archive(id, Etags.requireVersion(ifMatch), user);
        return Etags.ok(firm, firm.version());
    }

    @GET
    @Path("firms/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getFirmHistory",
            summary = "Who created, changed or archived the firm, when, and which fields from what to what",
            description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The firm's audit trail")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AuditEventDto> history(@PathParam("id") long id) {
        return firms.history(id);
    }
}
