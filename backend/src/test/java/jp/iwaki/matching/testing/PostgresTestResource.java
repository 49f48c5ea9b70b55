package jp.iwaki.matching.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: embedded binaries started on a free port, or the
 * server the environment names in QUARKUS_DATASOURCE_JDBC_URL.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    /** The process id of the embedded server (absent when the environment names another one). */
    public static final String POSTGRES_PID = "test.postgres.pid";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // For the test that freezes the database (SIGSTOP) and thaws it again.
                POSTGRES_PID, Long.toString(postmasterPid()));
    }

    /** The server's main process: the parent of a connection's backend (pg_ctl, which started it, has exited). */
    private long postmasterPid() {
        try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
             java.sql.ResultSet backend = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            backend.next();
            long pid = backend.getLong(1);
            return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException("No parent of PostgreSQL backend " + pid));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not ask the embedded PostgreSQL for its process", e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
