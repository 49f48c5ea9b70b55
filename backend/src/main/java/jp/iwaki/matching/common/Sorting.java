package jp.iwaki.matching.common;

import io.quarkus.panache.common.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders a list allows, by name: {@code nameKana} ascending, {@code -nameKana} descending.
 * Every order ends with the id in the same direction, so that pages never overlap or skip.
 * Anything not allowed is a 400 naming the {@code sort} parameter and the allowed values.
 */
public final class Sorting {
    private final String defaultKey;
    private final Map<String, Sort> orders = new LinkedHashMap<>();

    private Sorting(String defaultKey) {
        this.defaultKey = defaultKey;
    }

    /** Sorting whose default is {@code defaultKey} (with or without a leading minus). */
    public static Sorting defaultingTo(String defaultKey) {
        return new Sorting(defaultKey);
    }

    /** Allows {@code key} and {@code -key}: by the given properties, all in the same direction. */
    public Sorting by(String key, String... properties) {
        return add(key, false, properties);
    }

    /** The same, with records lacking the first property last in both directions. */
    public Sorting byNullsLast(String key, String... properties) {
        return add(key, true, properties);
    }

    private Sorting add(String key, boolean nullsLast, String... properties) {
        orders.put(key, sort(Sort.Direction.Ascending, nullsLast, properties));
        orders.put("-" + key, sort(Sort.Direction.Descending, nullsLast, properties));
        return this;
    }

    private static Sort sort(Sort.Direction direction, boolean nullsLast, String... properties) {
        Sort sort = nullsLast ? Sort.by(properties[0], direction, Sort.NullPrecedence.NULLS_LAST) : Sort.by(properties[0], direction);
        for (int i = 1; i < properties.length; i++) {
            sort = sort.and(properties[i], direction);
        }
        return sort.and("id", direction);
    }

    /** The order asked for, or the default when none was. */
    public Sort resolve(String requested) {
        Sort sort = orders.get(requested == null || requested.isBlank() ? defaultKey : requested);
        if (sort == null) {
            throw ApiException.invalid(List.of(new FieldError("sort", "validation.sort",
                    "Sort by one of " + String.join(", ", orders.keySet()), Map.of("allowed", List.copyOf(orders.keySet())))));
        }
        return sort;
    }
}
