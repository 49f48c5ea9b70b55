package jp.iwaki.matching.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

class AdvisorDirectoryTest {

    @Test
    void aNameIsFamilyNameFirstAndTheUserNameWhenKeycloakHasNone() {
        UserRepresentation user = new UserRepresentation();
        user.setUsername("advisor7");
        user.setLastName("鈴木");
        user.setFirstName("一郎");
        assertThat(AdvisorDirectory.displayName(user)).isEqualTo("鈴木 一郎");
        user.setFirstName(" ");
        assertThat(AdvisorDirectory.displayName(user)).isEqualTo("鈴木");
        user.setLastName(null);
        assertThat(AdvisorDirectory.displayName(user)).isEqualTo("advisor7");
    }
}
