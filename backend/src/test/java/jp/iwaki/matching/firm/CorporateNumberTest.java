package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorporateNumberTest {
    private final CorporateNumber.Validator validator = new CorporateNumber.Validator();

    @Test
    void theFirstDigitChecksTheOtherTwelve() {
        // 123456789012 weighs 74; 74 mod 9 = 2; 9 - 2 = 7.
        assertThat(validator.isValid("7123456789012", null)).isTrue();
        assertThat(validator.isValid("9234567890123", null)).isTrue();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(validator.isValid("1234567890123", null)).isFalse();
        assertThat(validator.isValid("8123456789012", null)).isFalse();
    }

    @Test
    void soleProprietorsHaveNone() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
