package jp.iwaki.matching.imports;

import java.util.List;

/**
 * A file as the mapping step shows it: its columns with a few of their values, and the mapping
 * proposed for it.
 *
 * @param rows       the lines below the header
 * @param remembered the proposal uses the mapping the user gave this import last time
 */
public record ImportFilePreview(String encoding, int rows, List<FileColumn> columns, ImportMapping mapping, boolean remembered) {

    /** A column by its header, with its first non-empty values. */
    public record FileColumn(String column, List<String> samples) {
    }
}
