package jp.iwaki.matching.survey;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.Problem;
import jp.iwaki.matching.common.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429: too many requests; the answer says when to try again (Retry-After, seconds). */
public class RateLimited extends ApiException {
    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds, List<FieldError> errors) {
        super(ProblemType.TOO_MANY_REQUESTS, "Too many requests; try again in " + retryAfterSeconds + " s", errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem+json the other ApiExceptions get, plus Retry-After. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response rateLimited(RateLimited e, UriInfo uri) {
            Problem problem = Problem.of(e.type(), e.getMessage(), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), e.errors());
            return Response.status(e.type().status).type(Problem.MEDIA_TYPE).entity(problem)
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
    }
}
