package jp.iwaki.matching.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@IntegrationTest
class ProgramResourceTest {

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"COORDINATOR", "ADVISOR", "ADMIN"})
    void staffSeeTheFourProgramsWithTheirTargets(DemoUser user) {
        Api.as(user).get("/api/programs").then()
                .statusCode(200)
                .body("code", contains("MANUFACTURING", "FOOD", "TRADE_SHOW", "IT_PROMOTION"))
                .body("[0].nameJa", equalTo("ものづくり企業個別支援プロジェクト"))
                .body("[0].targets.metric", contains("SUPPORTED_FIRMS", "INTRODUCTIONS", "DEALS"))
                .body("[2].targets.find { it.metric == 'EXHIBITORS' }.baseline", equalTo(20))
                .body("[2].targets.find { it.metric == 'EXHIBITORS' }.unit", equalTo("FIRMS"))
                .body("[3].targets[0].yearly.fiscalYear", contains(2025, 2026, 2027, 2028, 2029));
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"BUYER", "BUYER2"})
    void buyersSeeTheCatalogueWithoutTargets(DemoUser user) {
        Api.as(user).get("/api/programs").then()
                .statusCode(200)
                .body("code", hasSize(4))
                .body("findAll { it.targets != null }", hasSize(0));
        Api.as(user).get("/api/programs/FOOD").then()
                .statusCode(200)
                .body("nameJa", equalTo("メイド in いわき食の販路開拓個別支援プロジェクト"))
                .body("targets", nullValue());
    }

    @Test
    void oneProgramCarriesItsVersionAsEtag() {
        Response response = Api.as(DemoUser.ADVISOR).get("/api/programs/IT_PROMOTION");
        response.then().statusCode(200).header("ETag", notNullValue());
        long version = response.<Integer>path("version");
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
    }

    @Test
    void anUnknownProgramIs404Problem() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/programs/AGRICULTURE").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:not-found"));
    }

    @Test
    void adminUpdatesTargetsAndTheVersionMovesOn() {
        Current current = read(ProgramCode.TRADE_SHOW);
        Map<String, Object> body = bodyFrom(current.program());
        setYearly(body, "NEW_TRADING_PARTNERS", 2026, 7);

        Response response = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON)
                .header("If-Match", current.etag()).body(body)
                .put("/api/programs/TRADE_SHOW");

        response.then().statusCode(200)
                .body("targets.find { it.metric == 'NEW_TRADING_PARTNERS' }.yearly.find { it.fiscalYear == 2026 }.value", equalTo(7))
                .body("version", equalTo((int) current.version() + 1));
        assertThat(response.header("ETag")).isEqualTo("\"" + (current.version() + 1) + "\"");
        Api.as(DemoUser.COORDINATOR).get("/api/programs/TRADE_SHOW").then()
                .body("targets.find { it.metric == 'NEW_TRADING_PARTNERS' }.yearly.find { it.fiscalYear == 2026 }.value", equalTo(7));
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"COORDINATOR", "ADVISOR", "BUYER", "BUYER2"})
    void onlyAdminMayUpdateAProgram(DemoUser user) {
        Current current = read(ProgramCode.FOOD);
        Api.as(user).contentType(ContentType.JSON).header("If-Match", current.etag())
                .body(bodyFrom(current.program()))
                .put("/api/programs/FOOD").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:forbidden"));
        assertThat(read(ProgramCode.FOOD).version()).isEqualTo(current.version());
    }

    @Test
    void updateWithoutIfMatchIs428() {
        Current current = read(ProgramCode.FOOD);
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).body(bodyFrom(current.program()))
                .put("/api/programs/FOOD").then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        assertThat(read(ProgramCode.FOOD).version()).isEqualTo(current.version());
    }

    @Test
    void updateWithAStaleEtagIs412AndStoresNothing() {
        Current current = read(ProgramCode.MANUFACTURING);
        Map<String, Object> body = bodyFrom(current.program());
        body.put("descriptionJa", "古い版からの変更");
        Api.as(DemoUser.ADMIN).contentType(ContentType.JSON)
                .header("If-Match", "\"" + (current.version() + 41) + "\"").body(body)
                .put("/api/programs/MANUFACTURING").then()
                .statusCode(412)
                .body("type", equalTo("urn:iwaki-matching:problem:precondition-failed"));
        Api.as(DemoUser.ADMIN).get("/api/programs/MANUFACTURING").then()
                .body("descriptionJa", not(equalTo("古い版からの変更")))
                .body("version", equalTo((int) current.version()));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameEtagOneWinsOneGets412() throws Exception {
        Current current = read(ProgramCode.IT_PROMOTION);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int value : new int[] {111, 222}) {
            Map<String, Object> body = bodyFrom(current.program());
            setYearly(body, "SUPPORTED_FIRMS", 2027, value);
            Callable<Response> update = () -> {
                start.await();
                return Api.as(DemoUser.ADMIN).contentType(ContentType.JSON)
                        .header("If-Match", current.etag()).body(body).put("/api/programs/IT_PROMOTION");
            };
            results.add(pool.submit(update));
        }
        start.countDown();
        Response first = results.get(0).get();
        Response second = results.get(1).get();
        pool.shutdown();

        List<Integer> statuses = List.of(first.statusCode(), second.statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        Response winner = first.statusCode() == 200 ? first : second;
        int stored = winner.path("targets[0].yearly.find { it.fiscalYear == 2027 }.value");
        Api.as(DemoUser.ADMIN).get("/api/programs/IT_PROMOTION").then()
                .body("version", equalTo((int) current.version() + 1))
                .body("targets[0].yearly.find { it.fiscalYear == 2027 }.value", equalTo(stored));
    }

    @Test
    void aTargetOutOfRangeIs400NamingTheField() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        setYearly(body, "DEALS", 2025, -3);
        assertRejected(current, body, "targets[1].yearly[0].value", "validation.Min");
    }

    @Test
    void aFiscalYearOutsideThePlanIs400() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        setYearly(body, "DEALS", 2031, 3);
        assertRejected(current, body, "targets[1].yearly[5].fiscalYear", "program.fiscalYear.outsidePlan");
    }

    @Test
    void aMetricTheProgramDoesNotHaveIs400() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        targets(body).get(1).put("metric", "EXHIBITORS");
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.etag()).body(body)
                .put("/api/programs/FOOD").then()
                .statusCode(400)
                .body("errors.field", hasItem("targets[1].metric"))
                .body("errors.key", hasItem("program.metric.unknown"))
                .body("errors.key", hasItem("program.metric.missing"));
        assertUnchanged(current);
    }

    @Test
    void aBlankNameIs400() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        body.put("nameJa", "  ");
        assertRejected(current, body, "nameJa", "validation.NotBlank");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        targets(body).get(0).put("baseline", "eight");
        assertRejected(current, body, "targets[0].baseline", "json.invalidValue");
    }

    @Test
    void anUnknownMetricValueIs400NamingTheField() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        targets(body).get(0).put("metric", "PROFIT");
        assertRejected(current, body, "targets[0].metric", "json.invalidValue");
    }

    @Test
    void anUnknownFieldIs400NotSilentlyDropped() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        body.put("version", 99);
        assertRejected(current, body, "version", "json.unknownField");
    }

    @Test
    void malformedJsonIs400() {
        Current current = read(ProgramCode.FOOD);
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.etag())
                .body("{\"nameJa\": ")
                .put("/api/programs/FOOD").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        assertUnchanged(current);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Current current = read(ProgramCode.FOOD);
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.TEXT).header("If-Match", current.etag())
                .body("nameJa=x")
                .put("/api/programs/FOOD").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:unsupported-media-type"));
        assertUnchanged(current);
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        Current current = read(ProgramCode.FOOD);
        Map<String, Object> body = bodyFrom(current.program());
        body.put("descriptionJa", "あ".repeat(400_000)); // 1.2 MB in UTF-8
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.etag()).body(body)
                .put("/api/programs/FOOD").then()
                .statusCode(413);
        assertUnchanged(current);
    }

    @Test
    void noErrorBodyLeaksInternals() {
        Current current = read(ProgramCode.FOOD);
        String body = Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.etag())
                .body("{\"targets\": [{\"metric\": \"DEALS\", \"baseline\": 1e99, \"yearly\": {}}]}")
                .put("/api/programs/FOOD").then()
                .statusCode(400).extract().asString();
        assertThat(body).doesNotContain("jp.iwaki", "com.fasterxml", "Exception", "at ", "SQL");
    }

    private void assertRejected(Current current, Map<String, Object> body, String field, String key) {
        Api.badRequestAs(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", current.etag()).body(body)
                .put("/api/programs/" + current.program().get("code")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:iwaki-matching:problem:validation"))
                .body("errors.find { it.field == '" + field + "' }.key", equalTo(key));
        assertUnchanged(current);
    }

    private void assertUnchanged(Current before) {
        Current after = read(ProgramCode.valueOf((String) before.program().get("code")));
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.program()).isEqualTo(before.program());
    }

    record Current(Map<String, Object> program, String etag, long version) {
    }

    private static Current read(ProgramCode code) {
        Response response = Api.as(DemoUser.ADMIN).get("/api/programs/" + code);
        response.then().statusCode(200);
        Map<String, Object> program = response.as(Map.class);
        return new Current(program, response.header("ETag"), ((Number) program.get("version")).longValue());
    }

    private static Map<String, Object> bodyFrom(Map<String, Object> program) {
        return TestPrograms.unchangedBody(program);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> targets(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("targets");
    }

    @SuppressWarnings("unchecked")
    private static void setYearly(Map<String, Object> body, String metric, int fiscalYear, int value) {
        Map<String, Object> target = targets(body).stream().filter(t -> metric.equals(t.get("metric"))).findFirst().orElseThrow();
        List<Map<String, Object>> yearly = (List<Map<String, Object>>) target.get("yearly");
        yearly.stream().filter(y -> Integer.valueOf(fiscalYear).equals(y.get("fiscalYear"))).findFirst()
                .ifPresentOrElse(y -> y.put("value", value),
                        () -> yearly.add(new HashMap<>(Map.of("fiscalYear", fiscalYear, "value", value))));
    }
}
