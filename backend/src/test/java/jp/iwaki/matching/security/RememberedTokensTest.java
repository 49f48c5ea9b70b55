package jp.iwaki.matching.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The API remembers the tokens it verified (VerifiedTokens): never another user's, never an altered one. */
@QuarkusTest
@IntegrationTest
class RememberedTokensTest {
    @Inject
    VerifiedTokens verified;

    @Test
    void eachRememberedTokenStillNamesItsOwnUser() {
        for (int round = 0; round < 3; round++) {
            for (DemoUser user : List.of(DemoUser.COORDINATOR, DemoUser.BUYER, DemoUser.ADVISOR, DemoUser.BUYER2)) {
                String subject = Api.as(user).get("/api/me").then().statusCode(200)
                        .body("roles", contains(user.role.toUpperCase())).extract().path("subject");
                Api.as(user).get("/api/me").then().statusCode(200).body("subject", equalTo(subject));
            }
        }
    }

    @Test
    void aTokenAlteredAfterTheRealOneWasRememberedIsRefused() {
        String staff = DemoUser.COORDINATOR.token();
        String buyer = DemoUser.BUYER.token();
        Api.withToken(staff).get("/api/me").then().statusCode(200);
        Api.withToken(buyer).get("/api/me").then().statusCode(200);
        assertThat(verified.find(staff, null)).as("the staff token is remembered").isNotNull();
        String[] parts = staff.split("\\.");

        String buyersClaimsUnderStaffSignature = parts[0] + "." + buyer.split("\\.")[1] + "." + parts[2];
        char[] signature = parts[2].toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        String otherSignature = parts[0] + "." + parts[1] + "." + new String(signature);

        for (String forged : List.of(buyersClaimsUnderStaffSignature, otherSignature, staff.substring(0, staff.length() - 1), staff + "A")) {
            Api.withToken(forged).get("/api/me").then().statusCode(401);
        }
        Api.withToken(staff).get("/api/me").then().statusCode(200);
    }
}
