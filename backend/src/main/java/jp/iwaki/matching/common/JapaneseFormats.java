package jp.iwaki.matching.common;

/** Formats of Japanese contact data, for {@code @Pattern} (they match the normalised text), and of dates. */
public final class JapaneseFormats {
    /** 郵便番号 NNN-NNNN. */
    public static final String POSTAL_CODE = "[0-9]{3}-[0-9]{4}";
    /** A phone number of 10 or 11 digits starting with 0, hyphens optional. */
    public static final String PHONE = "(?=(?:[^0-9]*[0-9]){10,11}[^0-9]*$)0[0-9]+(-[0-9]+){0,2}";
    /** A reading: katakana (with ー and ・), Latin letters, digits, spaces and a little punctuation. */
    public static final String KANA = "[\\u30A0-\\u30FFA-Za-z0-9 &'.()\\-]+";

    private JapaneseFormats() {
    }

    /** A fiscal year (April–March) by its starting calendar year, as offices write it: 令和7年度, 令和元年度. */
    public static String fiscalYear(int startingYear) {
        java.time.chrono.JapaneseDate april = java.time.chrono.JapaneseDate.of(startingYear, 4, 1);
        int year = april.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String era = april.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        return era + (year == 1 ? "元" : Integer.toString(year)) + "年度";
    }
}
