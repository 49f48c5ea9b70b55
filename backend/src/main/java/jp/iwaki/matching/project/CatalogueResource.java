package jp.iwaki.matching.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.iwaki.matching.firm.ProductService;
import jp.iwaki.matching.project.ProjectDtos.CatalogueProject;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalogue")
@Tag(name = "catalogue")
public class CatalogueResource {
    private final CatalogueService catalogue;
    private final CurrentUser user;

    CatalogueResource(CatalogueService catalogue, CurrentUser user) {
        this.catalogue = catalogue;
        this.user = user;
    }

    @GET
    @Path("projects")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "listCatalogueProjects", summary = "The projects the buyer's company is invited to",
            description = "With their exhibitors and the products they bring; empty for a buyer not linked to a company.")
    @APIResponse(responseCode = "200", description = "The invited projects")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CatalogueProject> projects() {
        return catalogue.projects(user);
    }

    @GET
    @Path("projects/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "getCatalogueProject", summary = "One invited project with its exhibitors and their products",
            description = "Any project the buyer's company is not invited to answers 404.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CatalogueProject project(@PathParam("id") long id) {
        return catalogue.project(id, user);
    }

    @GET
    @Path("products/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "getCatalogueProductPhoto", summary = "The photo of a product in an invited project",
            description = "Any other product answers 404. Cached privately for a day; If-None-Match answers 304.")
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
        ProductService.Photo photo = catalogue.photo(id, user);
        return photo.response(ifNoneMatch);
    }
}
