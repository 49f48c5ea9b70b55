package jp.iwaki.matching.common;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows of a data set written by code rather than by its SQL file: millions of rows streamed into
 * PostgreSQL with COPY. A generator is a CDI bean; {@link SeedData} runs every generator of a data
 * set after the set's SQL, in the same transaction, in the order of their names.
 */
public interface SeedGenerator {
    /** The data set it belongs to, e.g. bench. */
    String seed();

    /** Writes its rows through the connection (auto-commit off; the caller commits). */
    void generate(Connection connection) throws SQLException;
}
