package jp.iwaki.matching.negotiation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.iwaki.matching.firm.Firm;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The names a list or timetable shows beside the ids it holds, for any number of ids in one
 * statement. The ids go as one array ({@code id = any(?)}): an {@code in} list is a statement of
 * another shape for every length, and Hibernate translates a query with a list parameter anew on
 * every call (a quarter of the board's time in a profile); this native statement is never translated.
 */
enum Names {
    PROJECT("project", "title"),
    FIRM("firm", "trade_name"),
    BUYER_COMPANY("buyer_company", "name"),
    PRODUCT("product", "name");

    private final String column;
    private final String sql;

    Names(String table, String column) {
        this.column = column;
        this.sql = "select id, " + column + " from " + table + " where id = any(?1)";
    }

    /** id → name, for the ids that exist. */
    @SuppressWarnings("unchecked")
    Map<Long, String> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // The columns' types given, so that neither Hibernate nor the driver asks the catalog for them.
        List<Object[]> rows = Firm.getEntityManager().createNativeQuery(sql, Object[].class).unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG).addScalar(column, StandardBasicTypes.STRING)
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
