package jp.iwaki.matching.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic locking over HTTP: a record's version travels as a strong ETag ({@code "7"}),
 * and every update must send it back in {@code If-Match}.
 */
public final class Etags {
    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its version as ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, of(version)).build();
    }

    /**
     * The version the client last read.
     *
     * @throws ApiException 428 when the header is missing, 412 when it names no version
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in If-Match",
                    List.of(new FieldError("If-Match", "precondition.required", "If-Match header is required")));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The record was changed by somebody else since you read it; reload it and apply your change again");
    }
}
