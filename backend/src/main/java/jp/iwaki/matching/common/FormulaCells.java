package jp.iwaki.matching.common;

/**
 * Spreadsheet cells that Excel would read as a formula: text starting with = + - @, a tab or a
 * carriage return (OWASP's CSV injection list), or their full-width forms, which Japanese Excel
 * turns into the same. An export writes such a text the way an Excel user types it to keep it
 * text: with a leading apostrophe in CSV, and in .xlsx with the cell's quote prefix (the value
 * itself unchanged). The imports take the apostrophe off again, so that our own export imports
 * back to the same value: neutralise and restore are inverse for every text.
 */
public final class FormulaCells {
    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    private FormulaCells() {
    }

    /** Excel would run it, or it is an apostrophe before such a text (so that restore can tell them apart). */
    public static boolean looksLikeFormula(String text) {
        int at = 0;
        while (at < text.length() && text.charAt(at) == '\'') {
            at++;
        }
        return at < text.length() && TRIGGERS.indexOf(text.charAt(at)) >= 0;
    }

    /** The text as a CSV cell: an apostrophe before anything Excel would run. */
    public static String neutralise(String text) {
        return text != null && looksLikeFormula(text) ? "'" + text : text;
    }

    /** A cell of an imported file: the apostrophe an export put before a formula-like text taken off. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && looksLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
