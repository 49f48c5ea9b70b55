package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {
    private static final List<String> TEXTS = List.of("=HYPERLINK(\"http://x.example/\",\"詳細\")", "＝HYPERLINK(\"http://x.example/\")",
            "+81 246 25 9151", "-2+3", "@SUM(A1)", "\tindented", "\rcarriage", "＋1", "－1", "＠mention",
            "'=already quoted", "''=twice", "'", "''", "'plain", "it's", "a=b", "いわき〜ふぁーむ", "", "100");

    @Test
    void aTextExcelWouldRunGetsAnApostropheAndNothingElseDoes() {
        assertThat(FormulaCells.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaCells.neutralise("＝HYPERLINK(\"x\")")).isEqualTo("'＝HYPERLINK(\"x\")");
        assertThat(FormulaCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(FormulaCells.neutralise("'plain")).isEqualTo("'plain");
        assertThat(FormulaCells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(FormulaCells.neutralise(null)).isNull();
    }

    @Test
    void noNeutralisedTextStartsLikeAFormula() {
        for (String text : TEXTS) {
            String cell = FormulaCells.neutralise(text);
            assertThat(cell.isEmpty() || "=+-@\t\r＝＋－＠".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
        }
    }

    @Test
    void restoringANeutralisedTextGivesItBackUnchanged() {
        for (String text : TEXTS) {
            assertThat(FormulaCells.restore(FormulaCells.neutralise(text))).as(text).isEqualTo(text);
        }
    }
}
