package jp.iwaki.matching.contract;

import io.quarkus.arc.Arc;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JAX-RS routes of the running application: every resource bean the container holds,
 * each HTTP method with its path, parameters and the roles its security annotations allow.
 */
final class Routes {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch", HEAD.class, "head");

    private Routes() {
    }

    static List<Route> ofRunningApplication() {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Path.class) && type.getName().startsWith("jp.iwaki.matching.")) {
                resources.add(type);
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                METHODS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        routes.add(route(resource, method, verb));
                    }
                });
            }
        }
        return routes;
    }

    private static Route route(Class<?> resource, Method method, String verb) {
        String path = join(resource.getAnnotation(Path.class).value(),
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Set<Contract.Param> params = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                // A parameter container (a record of @QueryParam fields, say): its fields are the parameters.
                for (Field field : parameter.getType().getDeclaredFields()) {
                    param(field).ifPresent(params::add);
                }
            }
            param(parameter).ifPresent(params::add);
        }
        return new Route(verb, path, params, roles(resource, method), resource.getSimpleName() + "." + method.getName());
    }

    private static java.util.Optional<Contract.Param> param(AnnotatedElement element) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            return java.util.Optional.of(new Contract.Param("query", element.getAnnotation(QueryParam.class).value()));
        }
        if (element.isAnnotationPresent(PathParam.class)) {
            return java.util.Optional.of(new Contract.Param("path", element.getAnnotation(PathParam.class).value()));
        }
        if (element.isAnnotationPresent(HeaderParam.class)) {
            return java.util.Optional.of(new Contract.Param("header", element.getAnnotation(HeaderParam.class).value()));
        }
        return java.util.Optional.empty();
    }

    /** Method annotations win over the class's; null when the route states no security at all. */
    private static Set<String> roles(Class<?> resource, Method method) {
        for (AnnotatedElement element : List.of(method, resource)) {
            if (element.isAnnotationPresent(RolesAllowed.class)) {
                return new TreeSet<>(Arrays.asList(element.getAnnotation(RolesAllowed.class).value()));
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new TreeSet<>();
            }
        }
        return null;
    }

    /** /api + firms/{id: [0-9]+} becomes /api/firms/{id}. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    record Route(String method, String path, Set<Contract.Param> params, Set<String> roles, String javaMethod) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }
}
