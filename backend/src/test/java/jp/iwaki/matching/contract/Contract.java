package jp.iwaki.matching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The operations of openapi.yaml, as the route test compares them with the application. */
final class Contract {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head");

    private Contract() {
    }

    static List<Operation> operations(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> {
            JsonNode shared = path.getValue().path("parameters");
            path.getValue().properties().forEach(entry -> {
                if (!METHODS.contains(entry.getKey())) {
                    return;
                }
                JsonNode op = entry.getValue();
                Set<Param> params = new TreeSet<>();
                for (JsonNode list : List.of(shared, op.path("parameters"))) {
                    list.forEach(p -> {
                        JsonNode resolved = resolve(spec, p);
                        params.add(new Param(resolved.path("in").asText(), resolved.path("name").asText()));
                    });
                }
                operations.add(new Operation(op.path("operationId").asText(), entry.getKey(), path.getKey(), params, roles(op)));
            });
        });
        return operations;
    }

    /** The roles of the operation's one Keycloak requirement; empty for a public operation ({@code security: []}). */
    private static Set<String> roles(JsonNode op) {
        if (!op.has("security")) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        op.path("security").forEach(requirement -> requirement.path("keycloak").forEach(role -> roles.add(role.asText())));
        return roles;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? spec.at(ref.substring(1)) : node;
    }

    record Param(String in, String name) implements Comparable<Param> {
        @Override
        public int compareTo(Param other) {
            return (in + ":" + name).compareTo(other.in + ":" + other.name);
        }

        @Override
        public String toString() {
            return in + " " + name;
        }
    }

    record Operation(String id, String method, String path, Set<Param> params, Set<String> roles) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }
}
