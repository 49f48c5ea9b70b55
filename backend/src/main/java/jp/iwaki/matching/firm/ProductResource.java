package jp.iwaki.matching.firm;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api")
@Tag(name = "firms")
public class ProductResource {
    private static final String ETAG = "The version of the returned record; send it back in If-Match to update it.";
    private static final String IF_MATCH = "The ETag of the version being replaced, as last read.";

    private final ProductService products;
    private final ProductImport imports;
    private final CurrentUser user;

    ProductResource(ProductService products, ProductImport imports, CurrentUser user) {
        this.products = products;
        this.imports = imports;
        this.user = user;
    }

    @GET
    @Path("products")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "listProducts", summary = "The products of every firm, one page at a time, searched and sorted",
            description = "Archived products and the products of archived firms are left out.")
    @APIResponse(responseCode = "200", description = "One page of products")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ProductPage list(
            @Parameter(description = "Words of the name, reading or category; full/half width and hiragana/katakana are not told apart.")
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("firmId") Long firmId,
            @QueryParam("hasPhoto") Boolean hasPhoto,
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(schema = @Schema(ref = "ProductSort")) @QueryParam("sort") String sort) {
        return products.list(new ProductQuery(q, firmId, hasPhoto, page, size, sort));
    }

    @GET
    @Path("products/export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "exportProducts", summary = "The product list as CSV (UTF-8 with BOM) or .xlsx, with the list's filters",
            description = "Every matching product, not one page, in the columns the product import reads; opens correctly in Japanese Excel.")
    @APIResponse(responseCode = "200", ref = "Spreadsheet")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format") String format,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("firmId") Long firmId,
            @QueryParam("hasPhoto") Boolean hasPhoto,
            @Parameter(schema = @Schema(ref = "ProductSort")) @QueryParam("sort") String sort) {
        String mediaType = Spreadsheet.mediaType(format);
        List<List<Object>> rows = products.exportRows(new ProductQuery(q, firmId, hasPhoto, 0, Integer.MAX_VALUE, sort));
        return Spreadsheet.download(mediaType, "商品一覧", ProductService.EXPORT_HEADERS, rows);
    }

    @POST
    @Path("products/import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "importProducts", summary = "Import products from CSV (UTF-8 or Shift_JIS), as a dry run or for real",
            description = "Columns 商号 and 商品名 are required; 法人番号, 郵便番号 (which firm), フリガナ, カテゴリ, 説明, 価格, 税込 (税込/税抜), 内容量, "
                    + "賞味期限, 包装 and 最低ロット optional. The firm is found by 法人番号, else by normalised 商号 and 郵便番号; a product of that "
                    + "firm with the same normalised 商品名 is updated, else one is added. A dry run reports every row; a real run imports all "
                    + "rows or, when any row has a problem, none (422).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(ref = "CsvFile")
    @APIResponse(responseCode = "200", description = "What the import does (dry run) or did")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public CsvImport.Report importProducts(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, byte[] file) {
        return imports.run(file, dryRun, user);
    }

    @GET
    @Path("firms/{id}/products")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "listFirmProducts", summary = "The products of a firm, by reading", description = "Archived products are left out.")
    @APIResponse(responseCode = "200", description = "The firm's products")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ProductDto> ofFirm(@PathParam("id") long firmId) {
        return products.ofFirm(firmId);
    }

    @POST
    @Path("firms/{id}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "createProduct", summary = "Add a product to a firm",
            description = "Coordinators and admins add to any firm, an advisor to the firms assigned to it.")
    @APIResponse(responseCode = "201", description = "The new product",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<ProductDto> create(@PathParam("id") long firmId, @Valid @NotNull ProductInput input) {
        ProductDto product = products.create(firmId, input, user);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, product)
                .header(HttpHeaders.ETAG, Etags.of(product.version())).build();
    }

    @GET
    @Path("products/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getProduct", summary = "One product with its ETag", description = "Staff only for now.")
    @APIResponse(responseCode = "200", description = "The product",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ProductDto> get(@PathParam("id") long id) {
        ProductDto product = products.find(id);
        return Etags.ok(product, product.version());
    }

    @PUT
    @Path("products/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "updateProduct", summary = "Replace a product's fields", description = "Needs If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The updated product",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<ProductDto> update(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductInput input) {
        ProductDto product = products.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(product, product.version());
    }

    @PUT
    @Path("products/{id}/photo")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "replaceProductPhoto", summary = "Upload the product's photo (JPEG, PNG or WebP, at most 5 MB)",
            description = "The image type is read from the file's content, not from its name or Content-Type. Needs If-Match.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The product, now with a photo",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public RestResponse<ProductDto> replacePhoto(
            @PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] photo) {
        ProductDto product = products.replacePhoto(id, Etags.requireVersion(ifMatch), photo, user);
        return Etags.ok(product, product.version());
    }

    @GET
    @Path("products/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Operation(operationId = "getProductPhoto", summary = "The product's photo",
            description = "Served with its own media type, a content-hash ETag and a day of private caching; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The photo has not changed since the ETag given in If-None-Match")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response photo(@PathParam("id") long id,
            @Parameter(description = "The ETag of the photo the client has; unchanged answers 304.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return products.photo(id).response(ifNoneMatch);
    }
}
