package jp.iwaki.matching.firm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.imports.ImportMapping;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api")
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
    public Page<ProductListItem> list(@BeanParam @Valid ProductQuery query, @BeanParam @Valid Paging paging) {
        return products.list(query, paging);
    }

    @GET
    @Path("products/export")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response export(@QueryParam("format") String format, @BeanParam @Valid ProductQuery query) {
        String mediaType = Spreadsheet.mediaType(format);
        return Spreadsheet.download(mediaType, "商品一覧", ProductService.EXPORT_HEADERS, products.export(query));
    }

    @POST
    @Path("products/import")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public CsvImport.Report importProducts(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                  @QueryParam("mapping") ImportMapping mapping, byte[] file) {
        return imports.run(file, mapping, dryRun, user);
    }

    @GET
    @Path("firms/{id}/products")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public List<ProductDto> ofFirm(@PathParam("id") long firmId) {
        return products.ofFirm(firmId);
    }

    @POST
    @Path("firms/{id}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ProductDto> create(@PathParam("id") long firmId, @Valid @NotNull ProductInput input) {
        ProductDto product = products.create(firmId, input, user);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, product)
                .header(HttpHeaders.ETAG, Etags.of(product.version())).build();
    }

    @GET
    @Path("products/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ProductDto> get(@PathParam("id") long id) {
        ProductDto product = products.find(id);
        return Etags.ok(product, product.version());
    }

    @PUT
    @Path("products/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ProductDto> update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductInput input) {
        ProductDto product = products.update(id, Etags.requireVersion(ifMatch), input, user);
        return Etags.ok(product, product.version());
    }

    @PUT
    @Path("products/{id}/photo")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public RestResponse<ProductDto> replacePhoto(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] photo) {
        ProductDto product = products.replacePhoto(id, Etags.requireVersion(ifMatch), photo, user);
        return Etags.ok(product, product.version());
    }

    @GET
    @Path("products/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Response photo(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return products.photo(id).response(ifNoneMatch);
    }
}
