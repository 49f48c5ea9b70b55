package jp.iwaki.matching.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured requests checked against the contract: every request and response of a
 * test must conform to ../openapi.yaml, or the test fails. Tests that send bad input on
 * purpose check only the response.
 */
public final class Api {
    public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** A well-formed request by a signed-in user. */
    public static RequestSpecification as(DemoUser user) {
        return given().filter(CONTRACT).auth().oauth2(user.token());
    }

    /** A request that breaks the contract on purpose (bad body, missing header, no token). */
    public static RequestSpecification badRequestAs(DemoUser user) {
        return given().filter(RESPONSES_ONLY).auth().oauth2(user.token());
    }

    /**
     * A request whose text is not in the canonical form the contract's patterns describe
     * (full-width digits, hiragana readings): the API normalises it, the contract does not.
     */
    public static RequestSpecification unnormalisedAs(DemoUser user) {
        return badRequestAs(user);
    }

    /** A well-formed request without a token, to a public operation ({@code security: []}). */
    public static RequestSpecification publicly() {
        return given().filter(CONTRACT);
    }

    public static RequestSpecification anonymous() {
        return given().filter(RESPONSES_ONLY);
    }

    public static RequestSpecification withToken(String token) {
        return given().filter(RESPONSES_ONLY).auth().oauth2(token);
    }
}
