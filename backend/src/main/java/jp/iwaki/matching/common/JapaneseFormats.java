package jp.iwaki.matching.common;

/** Formats of Japanese contact data, for {@code @Pattern} (they match the normalised text). */
public final class JapaneseFormats {
    /** 郵便番号 NNN-NNNN. */
    public static final String POSTAL_CODE = "[0-9]{3}-[0-9]{4}";
    /** A phone number of 10 or 11 digits starting with 0, hyphens optional. */
    public static final String PHONE = "(?=(?:[^0-9]*[0-9]){10,11}[^0-9]*$)0[0-9]+(-[0-9]+){0,2}";
    /** A reading: katakana (with ー and ・), Latin letters, digits, spaces and a little punctuation. */
    public static final String KANA = "[\\u30A0-\\u30FFA-Za-z0-9 &'.()\\-]+";

    private JapaneseFormats() {
    }
}
