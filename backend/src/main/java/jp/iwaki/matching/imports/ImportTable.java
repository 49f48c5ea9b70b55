package jp.iwaki.matching.imports;

import java.util.List;

/** A file read for an import: its encoding, how its columns map to fields, and its rows. */
public record ImportTable(String encoding, ColumnMapping mapping, List<MappedRow> rows) {

    public boolean has(ImportField<?> field) {
        return mapping.has(field);
    }
}
