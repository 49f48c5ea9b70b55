package jp.iwaki.matching.common;

/** The kinds of problem the API reports; the slug is part of the stable {@code type} URN. */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is invalid"),
    MALFORMED(400, "malformed-request", "The request body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Sign-in required"),
    FORBIDDEN(403, "forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    GONE(410, "gone", "No longer available"),
    PRECONDITION_FAILED(412, "precondition-failed", "Somebody else changed this record"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "The request cannot be carried out in the current state"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVER_ERROR(500, "server-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service the API depends on is unavailable");

    private static final String URN_PREFIX = "urn:iwaki-matching:problem:";

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : VALIDATION;
    }
}
