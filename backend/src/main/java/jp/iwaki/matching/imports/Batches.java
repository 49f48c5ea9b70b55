package jp.iwaki.matching.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Lookups for a whole file: one query per thousand keys instead of one per row. */
public final class Batches {
    /** Keys per query: every {@code in} list stays far below PostgreSQL's limit on parameters. */
    static final int KEYS_PER_QUERY = 1000;

    private Batches() {
    }

    /** What {@code query} finds for the distinct keys, a thousand at a time. */
    public static <K, E> List<E> find(Collection<K> keys, Function<List<K>, List<E>> query) {
        List<K> distinct = keys.stream().distinct().toList();
        List<E> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_QUERY) {
            found.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + KEYS_PER_QUERY))));
        }
        return found;
    }
}
