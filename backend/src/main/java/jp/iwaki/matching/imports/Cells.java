package jp.iwaki.matching.imports;

import jp.iwaki.matching.common.JapaneseText;

/** The readers of cells that more than one import uses. */
final class Cells {
    private Cells() {
    }

    /** A code typed by hand (phone, 〒, e-mail, 法人番号): every width and dash folded, as the JSON API folds it. */
    static String code(String cell) {
        return JapaneseText.code(cell);
    }

    /** 1,200, １２００ or １，２００: a number is read as a code. */
    static Integer integer(String cell) {
        String text = JapaneseText.code(cell);
        return text == null ? null : number(text.replace(",", ""), text);
    }

    /** 1,080円, ¥1080, ￥１，０８０ or \1080 (the yen sign in Shift_JIS). */
    static Integer yen(String cell) {
        String text = JapaneseText.code(cell);
        return text == null ? null : number(text.replaceAll("[,円¥\\\\]", ""), text);
    }

    private static Integer number(String digits, String text) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new CellParser.Unreadable("json.invalidValue", "Not a number: " + text);
        }
    }
}
