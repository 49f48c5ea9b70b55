package jp.iwaki.matching.program;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the program, signed-in user, ping and advisor operations, for the endpoint-roles test. */
public class ProgramRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("getMe", (r, u) -> r.get("/api/me")),
                Map.entry("ping", (r, u) -> r.get("/api/ping")),
                Map.entry("listAdvisors", (r, u) -> r.get("/api/advisors")),
                Map.entry("listPrograms", (r, u) -> r.get("/api/programs")),
                Map.entry("getProgram", (r, u) -> r.get("/api/programs/FOOD")),
                Map.entry("updateProgram", (r, u) -> unchangedFoodProgram(r).put("/api/programs/FOOD")));
    }

    /** A PUT that changes nothing, with the current ETag, so that an allowed role gets 200. */
    @SuppressWarnings("unchecked")
    private static RequestSpecification unchangedFoodProgram(RequestSpecification request) {
        Response current = Api.as(DemoUser.ADMIN).get("/api/programs/FOOD");
        Map<String, Object> body = TestPrograms.unchangedBody(current.as(Map.class));
        return request.contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body);
    }
}
