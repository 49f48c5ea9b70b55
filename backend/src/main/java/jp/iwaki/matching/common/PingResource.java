package jp.iwaki.matching.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A constant answer through the same pipeline as every operation, minus the token and the
 * database: the floor {@code make bench} measures {@code /api/me} against.
 */
@Path("/api/ping")
@Tag(name = "service")
public class PingResource {
    private static final Ping UP = new Ping("UP");

    /** What the ping answers. */
    @Schema(name = "Ping", requiredProperties = "status")
    public record Ping(@Schema(enumeration = "UP") String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "ping", summary = "A constant answer, without sign-in and without the database")
    public Ping ping() {
        return UP;
    }
}
