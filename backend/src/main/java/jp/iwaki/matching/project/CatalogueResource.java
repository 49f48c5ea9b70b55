package jp.iwaki.matching.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.iwaki.matching.firm.ProductService;
import jp.iwaki.matching.project.ProjectDtos.CatalogueProject;
import jp.iwaki.matching.security.Roles;

@Path("/api/catalogue")
public class CatalogueResource {
    private final CatalogueService catalogue;

    CatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("projects")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    public List<CatalogueProject> projects() {
        return catalogue.projects();
    }

    @GET
    @Path("projects/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    public CatalogueProject project(@PathParam("id") long id) {
        return catalogue.project(id);
    }

    @GET
    @Path("products/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed(Roles.BUYER)
    public Response photo(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProductService.Photo photo = catalogue.photo(id);
        return photo.response(ifNoneMatch);
    }
}
