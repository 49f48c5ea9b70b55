package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    @Test
    void aShiftJisWaveDashIsReadAsTheWaveDash() {
        // Japanese Excel writes 0x8160 for 〜; Java's table for it is the full-width tilde.
        byte[] file = "商号\r\nいわき\uFF5Eふぁーむ\r\n".getBytes(Charset.forName("windows-31j"));
        assertThat(file).containsSequence(0x81, 0x60);
        CsvImport.Decoded decoded = CsvImport.decode(file);
        assertThat(decoded.encoding()).isEqualTo("Shift_JIS");
        assertThat(decoded.text()).contains("いわき\u301Cふぁーむ").doesNotContain("\uFF5E").doesNotContain("~");
    }
}
