package jp.iwaki.matching.common;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters with a control character are refused like body fields: 400 naming the parameter. */
public class RefusedCharactersFilter {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        parameters.forEach((name, values) -> values.stream()
                .map(ControlCharacters::firstRefused)
                .filter(java.util.OptionalInt::isPresent)
                .findFirst()
                .ifPresent(refused -> errors.add(ControlCharacters.error(name, refused.getAsInt()))));
    }
}
