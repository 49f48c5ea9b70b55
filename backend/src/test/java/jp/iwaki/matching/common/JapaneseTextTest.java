package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void fullWidthDigitsAndSpacesBecomeHalfWidth() {
        assertThat(JapaneseText.clean("　９７０－８０２６　")).isEqualTo("970-8026");
        assertThat(JapaneseText.clean("いわき　　製作所")).isEqualTo("いわき 製作所");
    }

    @Test
    void blankIsNoValue() {
        assertThat(JapaneseText.clean(" 　")).isNull();
        assertThat(JapaneseText.clean(null)).isNull();
    }

    @Test
    void readingsAreKeptInKatakana() {
        assertThat(JapaneseText.reading("いわき しょくひん")).isEqualTo("イワキ ショクヒン");
        assertThat(JapaneseText.reading("ｲﾜｷ ｼｮｸﾋﾝ")).isEqualTo("イワキ ショクヒン");
    }

    @Test
    void theSearchKeyIgnoresWidthKanaKindSpacesAndCase() {
        String key = JapaneseText.searchKey("いわき　ＦＯＯＤ");
        assertThat(JapaneseText.searchKey("ｲﾜｷ food")).isEqualTo(key);
        assertThat(JapaneseText.searchKey("イワキ Food")).isEqualTo(key);
        assertThat(key).isEqualTo("イワキfood");
    }

    @Test
    void freeTextKeepsItsLineBreaks() {
        assertThat(JapaneseText.cleanLines("１行目：試作　\r\n  ２行目\n\n")).isEqualTo("１行目：試作\n２行目");
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertThat(JapaneseText.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void namesKeepJapanesePunctuationAsTyped() {
        assertThat(JapaneseText.clean("いわき〜ふぁーむ（株）・本店")).isEqualTo("いわき〜ふぁーむ（株）・本店");
        assertThat(JapaneseText.clean("いわき～ふぁーむ")).isEqualTo("いわき～ふぁーむ");
        assertThat(JapaneseText.clean("「いわき」！？、。㈱①")).isEqualTo("「いわき」！？、。㈱①");
    }

    @Test
    void lettersDigitsAndSpacesFoldToHalfWidthAndHalfWidthKanaToFullWidth() {
        assertThat(JapaneseText.clean("ＡＢＣ　ｆｏｏｄｓ　１２３")).isEqualTo("ABC foods 123");
        assertThat(JapaneseText.clean("ｲﾜｷ ｶﾞｰﾃﾞﾝ｢ﾃｽﾄ｣")).isEqualTo("イワキ ガーデン「テスト」");
        // A decomposed が (か + combining mark, as some Macs send it) is composed.
        assertThat(JapaneseText.clean("か\u3099いしゃ")).isEqualTo("がいしゃ");
    }

    @Test
    void aFullWidthHyphenBetweenLettersOrDigitsFoldsWithThem() {
        assertThat(JapaneseText.clean("平字田町１２０－１")).isEqualTo("平字田町120-1");
        assertThat(JapaneseText.clean("型番ＡＢ－１２")).isEqualTo("型番AB-12");
        assertThat(JapaneseText.clean("いわき－ふぁーむ")).isEqualTo("いわき－ふぁーむ");
    }

    @Test
    void codesFoldEveryWidthAndEveryDash() {
        assertThat(JapaneseText.code("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ")).isEqualTo("tanaka@example.jp");
        assertThat(JapaneseText.code("０２４６ー２５ー１１１１")).isEqualTo("0246-25-1111");
        assertThat(JapaneseText.code("９７０‐８０２６")).isEqualTo("970-8026");
        assertThat(JapaneseText.code(" 　")).isNull();
    }

    @Test
    void theSearchKeyFindsEveryTildeAndDashByTheOthers() {
        String key = JapaneseText.searchKey("いわき〜ふぁーむ");
        assertThat(JapaneseText.searchKey("いわき～ふぁーむ")).isEqualTo(key);
        assertThat(JapaneseText.searchKey("いわき~ふぁーむ")).isEqualTo(key);
        assertThat(JapaneseText.searchKey("ｲﾜｷ~ﾌｧｰﾑ")).isEqualTo(key);
        assertThat(key).isEqualTo("イワキ~ファーム");
        assertThat(JapaneseText.searchKey("A‐B—C−D－E")).isEqualTo("a-b-c-d-e");
        assertThat(JapaneseText.searchKey("㈱いわき")).isEqualTo(JapaneseText.searchKey("(株)いわき"));
    }
}
