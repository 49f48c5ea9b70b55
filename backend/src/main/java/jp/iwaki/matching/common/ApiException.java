package jp.iwaki.matching.common;

import java.util.List;

/** A failure a service reports on purpose; it becomes problem+json with its type's status. */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, "One or more fields are invalid", errors);
    }

    /**
     * The one "read-only" answer (422): the record may be read but not changed as it stands.
     * {@code field} names what makes it so (archived, state), {@code key} the message.
     */
    public static ApiException readOnly(String field, String key, String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, List.of(new FieldError(field, key, detail)));
    }

    /** An archived record: {@code kind} is the message key's prefix (firm → firm.archived). */
    public static ApiException archived(String kind, String what) {
        return readOnly("archived", kind + ".archived", what + " is archived and can no longer be changed");
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
