package jp.iwaki.matching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The meaning of an OpenAPI document, without its wording: per operation the parameters,
 * request and response schemas (references resolved), status codes, headers and security.
 * Two documents that say the same thing in other words (inline or by reference, 3.0 or
 * 3.1 style, another order, other descriptions) have equal shapes.
 */
final class OpenApiShape {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> SCHEMA_KEYWORDS = List.of(
            "type", "format", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "nullable");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;

    private OpenApiShape(JsonNode document) {
        this.document = document;
    }

    static ObjectNode of(JsonNode document) {
        return new OpenApiShape(document).shape();
    }

    /** Each difference as "where: left ≠ right". */
    static List<String> differences(JsonNode left, JsonNode right) {
        List<String> found = new ArrayList<>();
        compare("", left, right, found);
        return found;
    }

    private ObjectNode shape() {
        ObjectNode shape = NODES.objectNode();
        ObjectNode paths = shape.putObject("paths");
        document.path("paths").properties().forEach(path -> {
            ObjectNode operations = paths.putObject(path.getKey());
            JsonNode pathItem = path.getValue();
            path.getValue().properties().forEach(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.set(op.getKey(), operation(pathItem, op.getValue()));
                }
            });
        });
        ObjectNode schemes = shape.putObject("securitySchemes");
        document.path("components").path("securitySchemes").properties().forEach(s -> {
            ObjectNode scheme = schemes.putObject(s.getKey());
            scheme.set("type", s.getValue().path("type"));
            scheme.set("openIdConnectUrl", s.getValue().path("openIdConnectUrl"));
        });
        return shape;
    }

    private ObjectNode operation(JsonNode pathItem, JsonNode operation) {
        ObjectNode shape = NODES.objectNode();
        shape.set("operationId", operation.path("operationId"));
        ObjectNode parameters = shape.putObject("parameters");
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(all::add);
        operation.path("parameters").forEach(all::add);
        for (JsonNode parameter : all) {
            JsonNode p = resolve(parameter);
            String in = p.path("in").asText();
            ObjectNode param = parameters.putObject(in + ":" + p.path("name").asText().toLowerCase());
            param.put("required", "path".equals(in) || p.path("required").asBoolean(false));
            param.set("schema", schema(p.path("schema"), new HashSet<>()));
        }
        JsonNode body = resolve(operation.path("requestBody"));
        if (!body.isMissingNode()) {
            ObjectNode requestBody = shape.putObject("requestBody");
            requestBody.put("required", body.path("required").asBoolean(false));
            requestBody.set("content", content(body.path("content")));
        }
        ObjectNode responses = shape.putObject("responses");
        operation.path("responses").properties().forEach(r -> {
            JsonNode response = resolve(r.getValue());
            ObjectNode out = responses.putObject(r.getKey());
            out.set("content", content(response.path("content")));
            ObjectNode headers = out.putObject("headers");
            response.path("headers").properties().forEach(h ->
                    headers.set(h.getKey().toLowerCase(), schema(resolve(h.getValue()).path("schema"), new HashSet<>())));
        });
        JsonNode security = operation.has("security") ? operation.path("security") : document.path("security");
        ArrayNode requirements = shape.putArray("security");
        Set<String> sorted = new TreeSet<>();
        for (JsonNode requirement : security) {
            Map<String, Set<String>> byScheme = new TreeMap<>();
            requirement.properties().forEach(s -> {
                Set<String> scopes = new TreeSet<>();
                s.getValue().forEach(scope -> scopes.add(scope.asText()));
                byScheme.put(s.getKey(), scopes);
            });
            sorted.add(byScheme.toString());
        }
        sorted.forEach(requirements::add);
        return shape;
    }

    private ObjectNode content(JsonNode content) {
        ObjectNode out = NODES.objectNode();
        content.properties().forEach(c -> out.set(c.getKey(), schema(c.getValue().path("schema"), new HashSet<>())));
        return out;
    }

    private JsonNode schema(JsonNode schema, Set<String> resolving) {
        if (schema.isMissingNode() || schema.isNull()) {
            return NODES.nullNode();
        }
        if (schema.isBoolean()) {
            return NODES.booleanNode(schema.asBoolean());
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (!resolving.add(ref)) {
                return NODES.textNode("recursive " + ref);
            }
            JsonNode shape = schema(resolve(schema), resolving);
            resolving.remove(ref);
            return shape;
        }
        ObjectNode out = NODES.objectNode();
        for (String keyword : SCHEMA_KEYWORDS) {
            if (schema.has(keyword)) {
                out.set(keyword, schema.get(keyword));
            }
        }
        // OpenAPI 3.1 writes a nullable type as a type array with "null".
        if (schema.path("type").isArray()) {
            List<String> types = new ArrayList<>();
            schema.path("type").forEach(t -> types.add(t.asText()));
            if (types.remove("null")) {
                out.put("nullable", true);
            }
            if (types.size() == 1) {
                out.put("type", types.get(0));
            }
        }
        if (schema.has("enum")) {
            Set<String> values = new TreeSet<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            ArrayNode sortedEnum = out.putArray("enum");
            values.forEach(sortedEnum::add);
        }
        if (schema.has("required")) {
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            ArrayNode sortedRequired = out.putArray("required");
            required.forEach(sortedRequired::add);
        }
        if (schema.has("properties")) {
            ObjectNode properties = out.putObject("properties");
            new TreeMap<String, JsonNode>(toMap(schema.path("properties"))).forEach((name, property) ->
                    properties.set(name, schema(property, resolving)));
        }
        if (schema.has("items")) {
            out.set("items", schema(schema.path("items"), resolving));
        }
        if (schema.has("additionalProperties")) {
            JsonNode additional = schema.path("additionalProperties");
            out.set("additionalProperties", additional.isObject() && additional.isEmpty()
                    ? NODES.booleanNode(true) : schema(additional, resolving));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                ArrayNode parts = out.putArray(combinator);
                schema.path(combinator).forEach(part -> parts.add(schema(part, resolving)));
            }
        }
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("Unresolved reference " + ref);
            }
        }
        return current;
    }

    private static Map<String, JsonNode> toMap(JsonNode node) {
        Map<String, JsonNode> map = new TreeMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static void compare(String at, JsonNode left, JsonNode right, List<String> found) {
        if (left.isObject() && right.isObject()) {
            Set<String> names = new TreeSet<>();
            left.fieldNames().forEachRemaining(names::add);
            right.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String where = at + "/" + name;
                if (!left.has(name)) {
                    found.add(where + ": missing in openapi.yaml, present in the code");
                } else if (!right.has(name)) {
                    found.add(where + ": in openapi.yaml, missing in the code");
                } else {
                    compare(where, left.get(name), right.get(name), found);
                }
            }
        } else if (left.isArray() && right.isArray() && left.size() == right.size()) {
            Iterator<JsonNode> l = left.elements();
            Iterator<JsonNode> r = right.elements();
            for (int i = 0; l.hasNext(); i++) {
                compare(at + "[" + i + "]", l.next(), r.next(), found);
            }
        } else if (!left.equals(right) && !(left.isNumber() && right.isNumber() && left.decimalValue().compareTo(right.decimalValue()) == 0)) {
            found.add(at + ": openapi.yaml says " + left + ", the code says " + right);
        }
    }
}
