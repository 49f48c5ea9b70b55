package jp.iwaki.matching.survey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named SQL statements kept in a file of their own ({@code -- name: x} before each), so that the
 * API and pgbench (make bench) run exactly the same text.
 */
final class SqlFile {
    private final Map<String, String> statements = new LinkedHashMap<>();

    private SqlFile(String text) {
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("-- name:")) {
                put(name, sql);
                name = line.substring("-- name:".length()).strip();
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        put(name, sql);
    }

    static SqlFile load(String resource) {
        try (InputStream in = SqlFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No SQL file " + resource);
            }
            return new SqlFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String name, StringBuilder sql) {
        if (name != null) {
            statements.put(name, sql.toString().strip().replaceAll(";$", ""));
        }
    }

    /** Runs a statement with the named parameters given (name, value, name, value…). */
    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em, String name, Object... params) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("No statement " + name);
        }
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i += 2) {
            query.setParameter((String) params[i], params[i + 1]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] row ? row : new Object[] {r}).toList();
    }
}
