package jp.iwaki.matching.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;

@Path("/api/imports/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final ImportService imports;
    private final CurrentUser user;

    ImportResource(ImportService imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public ImportDescriptionDto describe(@PathParam("kind") String kind) {
        return imports.describe(kind);
    }

    @POST
    @Path("columns")
    @Consumes({Spreadsheet.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public ImportFilePreview columns(@PathParam("kind") String kind, byte[] file) {
        return imports.preview(kind, file, user);
    }
}
