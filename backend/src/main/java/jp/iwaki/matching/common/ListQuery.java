package jp.iwaki.matching.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way a list is queried: filters that apply only when the client gave them, a search
 * over the folded search key, an order from the list's {@link Sorting}, then either one
 * {@link Page} with its total or every row for an export, read in chunks.
 *
 * <pre>
 * ListQuery.of(Firm.class, SORTS, filter.sort())
 *         .unless(filter.archived(), "archivedAt is null")
 *         .search("searchKey", filter.q())
 *         .equal("industryCode", filter.industry())
 *         .page(paging, mapper::toDto);
 * </pre>
 */
public final class ListQuery<E> {
    /** Rows are read and written this many at a time, which also bounds every {@code in} list built from a chunk. */
    public static final int CHUNK = 500;

    private final Class<E> entity;
    private final Sort sort;
    private final List<String> where = new ArrayList<>();
    private final Parameters params = new Parameters();

    private ListQuery(Class<E> entity, Sort sort) {
        this.entity = entity;
        this.sort = sort;
    }

    /** A query in the order the client asked for ({@code sort}), checked against the allowed ones. */
    public static <E extends PanacheEntityBase> ListQuery<E> of(Class<E> entity, Sorting sorting, String sort) {
        return new ListQuery<>(entity, sorting.resolve(sort));
    }

    /** A condition that always applies. */
    public ListQuery<E> where(String condition) {
        where.add("(" + condition + ")");
        return this;
    }

    /** A condition with one parameter ({@code :name}), applied only when the value was given. */
    public ListQuery<E> where(String condition, String name, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty())) {
            return this;
        }
        params.and(name, value);
        return where(condition);
    }

    /** {@code property = value}, when the value was given. */
    public ListQuery<E> equal(String property, Object value) {
        return where(property + " = :" + parameterName(property), parameterName(property), value);
    }

    /** A condition that applies when the flag is set. */
    public ListQuery<E> when(boolean flag, String condition) {
        return flag ? where(condition) : this;
    }

    /** A condition that applies unless the flag is set, e.g. archived records only on request. */
    public ListQuery<E> unless(boolean flag, String condition) {
        return flag ? this : where(condition);
    }

    /** Finds the query anywhere in the search key, folded the same way (width, kana, case, spaces). */
    public ListQuery<E> search(String searchKeyProperty, String q) {
        String key = JapaneseText.searchKey(q);
        if (key.isEmpty()) {
            return this;
        }
        return where(searchKeyProperty + " like :q escape '\\'", "q", JapaneseText.containsPattern(key));
    }

    /**
     * What {@code Firm.find(query, sort, params)} does for a given entity class. (A method
     * reference such as {@code Firm::find} would bind to PanacheEntityBase's unenhanced method.)
     */
    @SuppressWarnings("unchecked")
    private PanacheQuery<E> query() {
        return (PanacheQuery<E>) JpaOperations.INSTANCE.find(entity, String.join(" and ", where), sort, params);
    }

    /** One page and the total. */
    public <D> Page<D> page(Paging paging, Function<E, D> toDto) {
        return pageOf(paging, entities -> entities.stream().map(toDto).toList());
    }

    /** One page and the total, the page's records mapped together (to look up what they refer to in one query). */
    public <D> Page<D> pageOf(Paging paging, Function<List<E>, List<D>> toDtos) {
        PanacheQuery<E> found = query();
        long total = count();
        List<E> entities = paging.offset() >= total ? List.of() : found.range(paging.offset(), paging.offset() + paging.size() - 1).list();
        return new Page<>(toDtos.apply(entities), paging.page(), paging.size(), total);
    }

    /**
     * Every matching record as export rows, refused with 422 when there are more than {@code maxRows}.
     * Counts now, in the caller's transaction; the rows are read later, while the file is written,
     * {@link #CHUNK} at a time in a read transaction of their own, so no export holds its whole
     * result in memory.
     */
    public Spreadsheet.Rows export(int maxRows, Function<List<E>, List<List<Object>>> toRows) {
        long total = count();
        if (total > maxRows) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The export would have " + total + " rows; narrow the filters to at most " + maxRows,
                    List.of(new FieldError("filters", "export.tooManyRows", "Too many rows to export",
                            Map.of("max", maxRows, "count", total))));
        }
        return sink -> QuarkusTransaction.requiringNew().run(() -> {
            PanacheQuery<E> rows = query();
            for (int from = 0; from < total; from += CHUNK) {
                List<E> chunk = rows.range(from, from + CHUNK - 1).list();
                toRows.apply(chunk).forEach(sink);
                // What was written need not stay in the session.
                Panache.getEntityManager().clear();
                if (chunk.size() < CHUNK) {
                    break;
                }
            }
        });
    }

    /**
     * The number of matching rows, from a count query of our own: Panache's {@code count()} derives
     * one from the select each time, which Hibernate translates anew on every call (a fifth of the
     * board's time in a profile), while a query string of our own is translated once and cached.
     */
    private long count() {
        String hql = "select count(*) from " + entity.getSimpleName() + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        TypedQuery<Long> count = Panache.getEntityManager().createQuery(hql, Long.class);
        params.map().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String parameterName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_");
    }
}
