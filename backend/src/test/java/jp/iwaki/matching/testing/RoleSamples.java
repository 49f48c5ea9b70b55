package jp.iwaki.matching.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * One valid request per operation of an area, for the endpoint-roles test: it sends each as
 * every demo user and as nobody, and expects 2xx for the roles the contract names, 403 for
 * the others and 401 without a token. Each area keeps its samples beside its own tests.
 */
public interface RoleSamples {
    /** Sends a valid request for the operation as the given user (null: no user). */
    @FunctionalInterface
    interface Sample {
        Response send(RequestSpecification request, DemoUser user);
    }

    /** operationId → sample. */
    Map<String, Sample> samples();
}
