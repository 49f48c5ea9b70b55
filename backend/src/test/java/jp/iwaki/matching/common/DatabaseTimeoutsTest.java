package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Every pooled connection carries the timeouts; maintenance work lifts them on its own connection only. */
@QuarkusTest
@IntegrationTest
class DatabaseTimeoutsTest {
    @Inject
    AgroalDataSource dataSource;

    private static String statementTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("show statement_timeout")) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aStatementRunningLongerThanTheTimeoutIsCancelledAndCountsAsTheDatabaseBeingUnavailable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(statementTimeout(connection)).isEqualTo("2500ms");
            assertThat(connection.getNetworkTimeout()).isEqualTo(3000);
            assertThatThrownBy(() -> connection.createStatement().execute("select pg_sleep(3)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(DatabaseTimeouts.isUnavailable(e)).isTrue());
        }
    }

    @Test
    void maintenanceWorkRunsWithoutTimeoutsAndGivesTheConnectionBackWithThem() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean slept = DatabaseTimeouts.withoutTimeouts(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("select pg_sleep(3.5)");
                }
            });
            assertThat(slept).isTrue();
            assertThat(statementTimeout(connection)).isEqualTo("2500ms");
            assertThat(connection.getNetworkTimeout()).isEqualTo(3000);
        }
    }

    @Test
    void aLongReadHasItsLongerLimitsAndGivesTheConnectionBackWithARequestsOnes() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String during = DatabaseTimeouts.withLongReadTimeouts(connection, Duration.ofSeconds(10), () -> {
                assertThat(connection.getNetworkTimeout()).isEqualTo(11_000);
                try (Statement statement = connection.createStatement()) {
                    // Longer than a request may take, well within the long read's limit.
                    statement.execute("select pg_sleep(3)");
                }
                return statementTimeout(connection);
            });
            assertThat(during).isEqualTo("10s");
            assertThat(statementTimeout(connection)).isEqualTo("2500ms");
            assertThat(connection.getNetworkTimeout()).isEqualTo(3000);
        }
    }
}
