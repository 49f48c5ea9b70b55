package jp.iwaki.matching.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database that stops answering (a frozen server, a cut network) costs a request a few seconds
 * and a 503, never a hang: the connections time out (application.properties: connect 2 s, socket
 * 3 s, statement 2.5 s on the server, 2 s to get a pooled connection). Migrations and data sets may
 * run longer, so they lift both timeouts on their own connection while they run.
 */
public final class DatabaseTimeouts {
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57014", "57P01", "57P02", "57P03", "53300");

    private DatabaseTimeouts() {
    }

    /** Whether the failure means the database did not answer in time or is not there, rather than a bug. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.hibernate.QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                // Agroal: no pooled connection came free (all of them are waiting on the database).
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs long maintenance work (a migration, a data set) on the connection with no socket or statement timeout. */
    public static <T> T withoutTimeouts(Connection connection, Work<T> work) throws SQLException {
        int networkTimeout = lift(connection);
        try {
            return work.run();
        } finally {
            restore(connection, networkTimeout);
        }
    }

    /**
     * Runs a long read (a fiscal year's figures over every negotiation) with room beyond a request's
     * timeouts: statements may take {@code limit}, the socket waits a second longer. A database that
     * does not answer at all still fails the read, after {@code limit} instead of 3 s.
     */
    public static <T> T withLongReadTimeouts(Connection connection, Duration limit, Work<T> work) throws SQLException {
        int networkTimeout = lift(connection, limit.toMillis(), (int) limit.plusSeconds(1).toMillis());
        try {
            return work.run();
        } finally {
            restore(connection, networkTimeout);
        }
    }

    private static int lift(Connection connection) throws SQLException {
        return lift(connection, 0, 0);
    }

    private static int lift(Connection connection, long statementMillis, int networkMillis) throws SQLException {
        int networkTimeout = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, networkMillis);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + statementMillis);
        }
        return networkTimeout;
    }

    private static void restore(Connection connection, int networkTimeout) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // Back to the value the connection was opened with (its options).
            statement.execute("reset statement_timeout");
        }
        connection.setNetworkTimeout(Runnable::run, networkTimeout);
    }

    /** Flyway runs each migration with the timeouts lifted, and restores them before the connection goes back to the pool. */
    @Singleton
    static class Migrations implements FlywayConfigurationCustomizer {
        @Override
        public void customize(FluentConfiguration configuration) {
            configuration.callbacks(new Callback() {
                private int networkTimeout;

                @Override
                public boolean supports(Event event, Context context) {
                    return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                            || event == Event.AFTER_EACH_MIGRATE_ERROR;
                }

                @Override
                public boolean canHandleInTransaction(Event event, Context context) {
                    return true;
                }

                @Override
                public void handle(Event event, Context context) {
                    try {
                        if (event == Event.BEFORE_EACH_MIGRATE) {
                            networkTimeout = lift(context.getConnection());
                        } else {
                            restore(context.getConnection(), networkTimeout);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not change the timeouts of the migration's connection", e);
                    }
                }

                @Override
                public String getCallbackName() {
                    return "lift-timeouts";
                }
            });
        }
    }
}
