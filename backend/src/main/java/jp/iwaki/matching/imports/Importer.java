package jp.iwaki.matching.imports;

import jp.iwaki.matching.common.CsvImport;
import jp.iwaki.matching.security.CurrentUser;

/** An import of one kind of record (firms, products, buyer companies), as the shared operations see it. */
public interface Importer {
    ImportDescription description();

    /**
     * Checks every row; with {@code dryRun} false and no problem, writes them all in one transaction.
     *
     * @param mapping the user's column mapping, or null to map the file's headers by their names
     */
    CsvImport.Report run(byte[] file, ImportMapping mapping, boolean dryRun, CurrentUser actor);
}
