package jp.iwaki.matching.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. Known failures keep their meaning
 * (400 with field errors, 401, 403, 404, 412…); only the unexpected become 500, and no
 * stack trace, SQL or class name reaches the body.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> CONSTRAINT_PARAMS = Set.of("min", "max", "value", "inclusive", "integer", "fraction", "regexp");

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::key))
                .toList();
        return respond(ProblemType.VALIDATION, "One or more fields are invalid", errors, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        FieldError error = new FieldError(jsonPath(e), "json.unknownField",
                "Unknown field '" + e.getPropertyName() + "'");
        return respond(ProblemType.VALIDATION, "The request has a field the API does not accept", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response refusedCharacter(ControlCharacters.RefusedCharacterException e, UriInfo uri) {
        String field = jsonPath(e);
        FieldError error = ControlCharacters.error(field.isEmpty() ? "body" : field, e.character());
        return respond(ProblemType.VALIDATION, "A text field holds a control character", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        FieldError error = new FieldError(field.isEmpty() ? "body" : field, "json.invalidValue",
                "Expected " + expected, Map.of("expected", expected));
        return respond(ProblemType.VALIDATION, "A field has a value of the wrong type", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        FieldError error = new FieldError(field.isEmpty() ? "body" : field, "json.invalidValue", "Invalid value");
        return respond(ProblemType.VALIDATION, "A field has an invalid value", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        FieldError error = new FieldError("body", "json.malformed", "The body is not well-formed JSON");
        return respond(ProblemType.MALFORMED, "The request body is not well-formed JSON", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return withChallenge(respond(ProblemType.UNAUTHORIZED, "A valid access token is required", List.of(), uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return withChallenge(respond(ProblemType.UNAUTHORIZED, "The access token is missing, expired or not for this API", List.of(), uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role may not do this", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleRecord(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleRecord(uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(StreamedBodyLimit.TooLarge e, UriInfo uri) {
        return apiException(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // A body without a declared length that passed its limit while it was read.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamedBodyLimit.TooLarge tooLarge) {
                return tooLarge(tooLarge, uri);
            }
        }
        // A parameter that cannot be read (ParameterConverters) arrives wrapped in a 404.
        if (e.getCause() instanceof ApiException cause) {
            return apiException(cause, uri);
        }
        // The JSON reader reports unreadable bodies wrapped in a 400.
        if (e.getCause() instanceof ControlCharacters.RefusedCharacterException cause) {
            return refusedCharacter(cause, uri);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unrecognizedProperty(cause, uri);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatchedInput(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return jsonMapping(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return malformedJson(cause, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response response = respond(type, type.title, List.of(), uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleRecord(uri);
            }
            // A unique constraint that a concurrent request won first.
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(ProblemType.CONFLICT, "The record clashes with one saved at the same time", List.of(), uri);
            }
        }
        if (DatabaseTimeouts.isUnavailable(e)) {
            LOG.warnf("The database did not answer: %s", e.toString());
            return respond(ProblemType.SERVICE_UNAVAILABLE, "The database is not answering right now; try again in a moment",
                    List.of(), uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.SERVER_ERROR, "Something went wrong; the failure was logged", List.of(), uri);
    }

    private Response staleRecord(UriInfo uri) {
        ApiException stale = Etags.stale();
        return respond(stale.type(), stale.getMessage(), List.of(), uri);
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors, UriInfo uri) {
        Problem problem = Problem.of(type, detail, uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), errors);
        return Response.status(type.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    public static FieldError fieldError(ConstraintViolation<?> violation) {
        String field = fieldPath(violation.getPropertyPath());
        Map<String, Object> params = new LinkedHashMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (CONSTRAINT_PARAMS.contains(name)) {
                params.put(name, value);
            }
        });
        return new FieldError(field, messageKey(violation), violation.getMessage(), params);
    }

    /**
     * The key the SPA translates: our own constraints name it ({format.postalCode}); the
     * standard ones are keyed by their annotation (validation.NotBlank).
     */
    static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        boolean ownKey = template.startsWith("{") && template.endsWith("}")
                && !template.startsWith("{jakarta.") && !template.startsWith("{org.hibernate.");
        return ownKey ? template.substring(1, template.length() - 1)
                : "validation." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** {@code update.body.targets[0].value} becomes {@code targets[0].value}. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "one of " + String.join(", ", names);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
