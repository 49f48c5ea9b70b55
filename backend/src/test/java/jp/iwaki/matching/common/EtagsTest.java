package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void aVersionTravelsAsAStrongEtag() {
        assertThat(Etags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void ifMatchGivesBackTheVersion() {
        assertThat(Etags.requireVersion("\"7\"")).isEqualTo(7);
        assertThat(Etags.requireVersion(" W/\"12\" ")).isEqualTo(12);
    }

    @Test
    void noIfMatchIsPreconditionRequired() {
        assertThatThrownBy(() -> Etags.requireVersion(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Etags.requireVersion(" "))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @Test
    void anIfMatchThatNamesNoVersionCanNeverMatch() {
        assertThatThrownBy(() -> Etags.requireVersion("\"abc\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        assertThatThrownBy(() -> Etags.requireVersion("*"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    }
}
