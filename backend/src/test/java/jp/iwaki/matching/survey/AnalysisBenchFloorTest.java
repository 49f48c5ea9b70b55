package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * make bench measures the survey analysis against a pgbench floor (infra/bench/surveys/analysis.sql);
 * the floor is only one if it runs the aggregates the API runs, word for word.
 */
class AnalysisBenchFloorTest {
    private static final Path ANALYSIS = Path.of("src/main/resources/survey/analysis.sql");
    private static final Path FLOOR = Path.of("infra/bench/surveys/analysis.sql");

    @Test
    void theBenchFloorRunsEveryAggregateOfTheAnalysisAsTheApiWritesIt() throws IOException {
        String floor = fold(Files.readString(FLOOR));
        List<String> statements = statements(Files.readString(ANALYSIS));
        assertThat(statements).hasSizeGreaterThanOrEqualTo(8);
        for (String statement : statements) {
            assertThat(floor).as("the floor runs %s", statement).contains(fold(statement) + ";");
        }
    }

    /** The statements of an SQL file of named statements, as SqlFile reads them (the file list's own lines left out). */
    private static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder sql = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("-- name:")) {
                if (sql != null) {
                    statements.add(sql.toString().strip().replaceAll(";$", ""));
                }
                sql = new StringBuilder();
            } else if (sql != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        if (sql != null) {
            statements.add(sql.toString().strip().replaceAll(";$", ""));
        }
        return statements;
    }

    private static String fold(String sql) {
        return sql.replaceAll("\\s+", " ").replace(" ;", ";");
    }
}
