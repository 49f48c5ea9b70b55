package jp.iwaki.matching.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Refuses a body declared larger than its limit with a 413 in the API's error shape, before
 * it is read: 1 MB for JSON, 5 MB for a product photo or an import file. (Vert.x refuses anything above
 * quarkus.http.limits.max-body-size too, without a body, e.g. when no length is declared.)
 */
@ApplicationScoped
public class BodySizeLimit {
    private static final java.util.regex.Pattern FILE_UPLOAD = java.util.regex.Pattern.compile("/api/products/[0-9]+/photo|/api/(firms|buyer-companies|products)/import|/api/imports/[a-z-]+/columns");

    private final long jsonBytes;
    private final long photoBytes;
    private final ObjectMapper json;

    BodySizeLimit(IwakiConfig config, ObjectMapper json) {
        this.jsonBytes = config.limits().jsonBody().asLongValue();
        this.photoBytes = config.limits().photoBody().asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long maxBytes = FILE_UPLOAD.matcher(ctx.request().path()).matches() ? photoBytes : jsonBytes;
            if (declared != null && isTooLarge(declared, maxBytes)) {
                Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The body may not exceed " + maxBytes + " bytes", ctx.request().path(), List.of());
                try {
                    ctx.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(json.writeValueAsString(problem));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    ctx.fail(e);
                }
                return;
            }
            ctx.next();
        }, 1000);
    }

    private static boolean isTooLarge(String contentLength, long maxBytes) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
