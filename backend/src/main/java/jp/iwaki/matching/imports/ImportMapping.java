package jp.iwaki.matching.imports;

import java.util.List;

/**
 * Which column of a file holds which field, and values given for every row, as the user
 * chose them in the wizard. Columns it does not list are left out.
 */
public record ImportMapping(List<Column> columns, List<Constant> constants) {

    public ImportMapping {
        columns = columns == null ? List.of() : columns;
        constants = constants == null ? List.of() : constants;
    }

    /** A column of the file by its header; a null field leaves it out. */
    public record Column(String column, String field) {
    }

    /** One value for every row, for a field the file has no column for (会員 for every firm). */
    public record Constant(String field, String value) {
    }
}
