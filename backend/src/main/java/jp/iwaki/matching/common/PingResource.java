package jp.iwaki.matching.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A constant answer through the same pipeline as every operation, minus the token and the
 * database: the floor {@code make bench} measures {@code /api/me} against.
 */
@Path("/api/ping")
public class PingResource {
    private static final Ping UP = new Ping("UP");

    /** What the ping answers. */
    public record Ping(String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Ping ping() {
        return UP;
    }
}
