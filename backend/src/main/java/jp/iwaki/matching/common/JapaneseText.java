package jp.iwaki.matching.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text as Japanese offices write it. Names and addresses keep their Japanese punctuation as
 * typed (〜, ・, （）, ㈱); only full-width letters, digits and spaces are folded to half-width and
 * half-width kana to full-width, the way every office form does. Codes (phone numbers, postal
 * codes, e-mail addresses, 法人番号) and search keys fold everything (Unicode NFKC).
 */
public final class JapaneseText {
    private static final int HIRAGANA_TO_KATAKANA = 'ア' - 'あ';
    private static final int FULL_WIDTH_OFFSET = 'Ａ' - 'A';
    /** Wave dashes and tildes: 〜 typed on a Mac, ～ typed on Windows and ~ must find each other. */
    private static final String TILDES = "\u301C\u3030\u223C\uFF5E";
    /** Hyphens, dashes and minus signs that people type for "-". */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D";

    private JapaneseText() {
    }

    /**
     * A name, an address or another one-line text, as typed but with full-width letters, digits
     * and spaces half-width and half-width kana full-width; trimmed, runs of white space as one
     * space; blank becomes null. A full-width hyphen or minus between two letters or digits
     * belongs to them (番地 １２０－１ → 120-1, ＡＢ－１２ → AB-12) and is folded with them.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        int i = 0;
        while (i < composed.length()) {
            int c = composed.codePointAt(i);
            if (isHalfWidthKana(c)) {
                int end = i;
                while (end < composed.length() && isHalfWidthKana(composed.codePointAt(end))) {
                    end += Character.charCount(composed.codePointAt(end));
                }
                out.append(Normalizer.normalize(composed.substring(i, end), Normalizer.Form.NFKC));
                i = end;
                continue;
            }
            out.appendCodePoint(isFullWidthAlphanumeric(c) ? c - FULL_WIDTH_OFFSET : isSpace(c) ? ' ' : c);
            i += Character.charCount(c);
        }
        for (int at = 1; at < out.length() - 1; at++) {
            if ((out.charAt(at) == '\uFF0D' || out.charAt(at) == '\u2212')
                    && isAsciiAlphanumeric(out.charAt(at - 1)) && isAsciiAlphanumeric(out.charAt(at + 1))) {
                out.setCharAt(at, '-');
            }
        }
        return blankToNull(Normalizer.normalize(out, Normalizer.Form.NFC).strip().replaceAll(" {2,}", " "));
    }

    /**
     * A code typed by hand (phone number, postal code, e-mail address, 法人番号, an id): every
     * compatibility form folded (NFKC) and every kind of dash, ー included, read as "-".
     */
    public static String code(String text) {
        if (text == null) {
            return null;
        }
        String folded = foldDashes(Normalizer.normalize(text, Normalizer.Form.NFKC), DASHES + "\u30FC\uFF70");
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> out.appendCodePoint(isSpace(c) ? ' ' : c));
        return blankToNull(out.toString().strip().replaceAll(" {2,}", " "));
    }

    /**
     * For free text (notes): only canonical composition (NFC), so what the user typed, full-width
     * punctuation included, stays as typed; line breaks are kept, each line is trimmed.
     */
    public static String cleanLines(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .lines().map(String::strip).collect(Collectors.joining("\n")).strip();
        return folded.isEmpty() ? null : folded;
    }

    /** A reading (フリガナ): cleaned, with hiragana turned into katakana. */
    public static String reading(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : toKatakana(cleaned);
    }

    /**
     * The form names are compared in for search: NFKC, every tilde as ~ and every dash as -,
     * katakana, no white space, lower case. Search keys are stored (firm, product, buyer company,
     * project): when this changes, a migration recomputes them with the database function
     * search_key, which must fold the same way (a test compares the two).
     */
    public static String searchKey(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            String folded = foldDashes(Normalizer.normalize(part, Normalizer.Form.NFKC), DASHES);
            folded.codePoints().filter(c -> !isSpace(c)).forEach(key::appendCodePoint);
        }
        return toKatakana(key.toString()).toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern (escape character backslash) that finds the folded query anywhere in a search key. */
    public static String containsPattern(String searchKey) {
        return "%" + searchKey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 'ぁ' && c <= 'ゖ' ? c + HIRAGANA_TO_KATAKANA : c));
        return out.toString();
    }

    private static String foldDashes(String text, String dashes) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(TILDES.indexOf(c) >= 0 ? '~' : dashes.indexOf(c) >= 0 ? '-' : c));
        return out.toString();
    }

    private static boolean isFullWidthAlphanumeric(int c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** Half-width katakana and their punctuation (｡｢｣､･ｰﾞﾟ). */
    private static boolean isHalfWidthKana(int c) {
        return c >= '\uFF61' && c <= '\uFF9F';
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
