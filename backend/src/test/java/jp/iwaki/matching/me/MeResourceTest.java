package jp.iwaki.matching.me;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.KeycloakTestRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@IntegrationTest
class MeResourceTest {

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyRoleSeesItselfWithItsRole(DemoUser user) {
        Api.as(user).get("/api/me").then()
                .statusCode(200)
                .body("roles", contains(user.role.toUpperCase()))
                .body("subject", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))
                .body("email", org.hamcrest.Matchers.endsWith(".example"));
    }

    @Test
    void nameIsInJapaneseOrderFamilyNameFirst() {
        Api.as(DemoUser.COORDINATOR).get("/api/me").then()
                .statusCode(200)
                .body("name", equalTo("佐藤 花子"));
    }

    @Test
    void buyerSeesItsCompanyOnceItsContactIsLinked() {
        String subject = Api.as(DemoUser.BUYER2).get("/api/me").then().statusCode(200).extract().path("subject");
        Long companyId = QuarkusTransaction.requiringNew().call(() -> {
            BuyerContact.delete("loginSubject", subject);
            BuyerCompany company = new BuyerCompany();
            company.name = "テスト商事株式会社";
            company.persist();
            BuyerContact contact = new BuyerContact();
            contact.company = company;
            contact.name = "伊藤 大輔";
            contact.loginSubject = subject;
            contact.persist();
            return company.id;
        });

        Api.as(DemoUser.BUYER2).get("/api/me").then()
                .statusCode(200)
                .body("buyerCompanyId", equalTo(companyId.intValue()));
    }

    @Test
    void staffHaveNoBuyerCompany() {
        Api.as(DemoUser.ADVISOR).get("/api/me").then()
                .statusCode(200)
                .body("buyerCompanyId", nullValue());
    }

    @Test
    void withoutTokenTheAnswerIs401Problem() {
        Api.anonymous().get("/api/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:iwaki-matching:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenIsRejected() {
        String token = DemoUser.ADMIN.token();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Api.withToken(forged).get("/api/me").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRejected() {
        String token = DemoUser.ADMIN.tokenFor(KeycloakTestRealm.CLIENT_WITHOUT_AUDIENCE);
        Api.withToken(token).get("/api/me").then()
                .statusCode(401)
                .body("type", equalTo("urn:iwaki-matching:problem:unauthorized"));
    }
}
