package jp.iwaki.matching.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads a data set (db/seed/NAME.sql, then the set's {@link SeedGenerator}s) once into a database:
 * the demo data of make run, or the 100,000 firms and 1,000,000 negotiations of make bench.
 * Chosen at run time by iwaki.seed; tests load none.
 */
@ApplicationScoped
public class SeedData {
    private static final Logger LOG = Logger.getLogger(SeedData.class);

    void load(@Observes StartupEvent start, IwakiConfig config, AgroalDataSource dataSource, Instance<SeedGenerator> generators) {
        Optional<String> seed = config.seed();
        if (seed.isEmpty() || seed.get().isBlank()) {
            return;
        }
        String name = seed.get().strip();
        String sql = read("db/seed/" + name + ".sql");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement claim = connection.prepareStatement(
                    "insert into seed_run (name) values (?) on conflict do nothing")) {
                claim.setString(1, name);
                if (claim.executeUpdate() == 0) {
                    connection.rollback();
                    return;
                }
            }
            // The data set's SQL and its generators (COPY of a million rows) may take longer than a request may.
            DatabaseTimeouts.withoutTimeouts(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
                List<SeedGenerator> ofSeed = generators.stream().filter(g -> g.seed().equals(name))
                        .sorted(Comparator.comparing(g -> g.getClass().getName())).toList();
                for (SeedGenerator generator : ofSeed) {
                    generator.generate(connection);
                }
                return null;
            });
            connection.commit();
            LOG.infof("Loaded the %s data set", name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the " + name + " data set", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No data set " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
