package jp.iwaki.matching.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folding Japanese offices expect: full-width digits and letters become half-width,
 * half-width kana full-width (Unicode NFKC), and readings are kept in katakana.
 */
public final class JapaneseText {
    private static final int HIRAGANA_TO_KATAKANA = 'ア' - 'あ';

    private JapaneseText() {
    }

    /** NFKC, trimmed, runs of white space (full-width included) as one space; blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return folded.isEmpty() ? null : folded;
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
                .lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n")).strip();
        return folded.isEmpty() ? null : folded;
    }

    /** A reading (フリガナ): cleaned, with hiragana turned into katakana. */
    public static String reading(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : toKatakana(cleaned);
    }

    /** The form names are compared in for search: no spaces, katakana, lower case. */
    public static String searchKey(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            String cleaned = clean(part);
            if (cleaned != null) {
                key.append(toKatakana(cleaned).replace(" ", "").toLowerCase(Locale.ROOT));
            }
        }
        return key.toString();
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
}
