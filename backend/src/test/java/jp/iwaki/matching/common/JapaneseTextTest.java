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
}
