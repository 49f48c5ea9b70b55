package jp.iwaki.matching.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Bodies without a declared length, import files with too many rows, and the headers every response carries. */
@QuarkusTest
@IntegrationTest
class RequestLimitsTest {
    private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy");

    @TestHTTPResource("/api/buyer-companies")
    URI buyerCompanies;

    /** A JSON body sent in chunks, without Content-Length. */
    private HttpResponse<String> chunked(String json) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(buyerCompanies)
                .header("Authorization", "Bearer " + DemoUser.COORDINATOR.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedJsonBodyOfTwoMegabytesIs413() throws IOException, InterruptedException {
        String name = "あ".repeat(700_000);
        HttpResponse<String> response = chunked("{\"name\": \"" + name + "\", \"nameKana\": \"ア\", \"type\": \"OTHER\", \"region\": \"TOHOKU\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:iwaki-matching:problem:payload-too-large");
        assertThat(Api.as(DemoUser.COORDINATOR).queryParam("q", "ああああああああ").get("/api/buyer-companies")
                .<Integer>path("total")).isZero();
    }

    @Test
    void aSmallChunkedJsonBodyIsReadAsUsual() throws IOException, InterruptedException {
        HttpResponse<String> response = chunked("{\"name\": \"チャンク商事" + System.nanoTime()
                + "\", \"nameKana\": \"チャンクショウジ\", \"type\": \"OTHER\", \"region\": \"TOHOKU\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void anImportFileWithMoreRowsThanTheCapIs413NamingTheCap() {
        StringBuilder csv = new StringBuilder("商号,フリガナ,業種,会員\r\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append("上限テスト").append(i).append(",ジョウゲンテスト,E,会員\r\n");
        }
        Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8)).post("/api/firms/import").then()
                .statusCode(413).contentType("application/problem+json")
                .body("errors[0].key", equalTo("import.tooManyRows"))
                .body("errors[0].params.max", equalTo(10_000));
    }

    @Test
    void everyResponseForbidsSniffingFramingAndReferrers() {
        List<Response> responses = List.of(
                Api.as(DemoUser.COORDINATOR).get("/api/me"),
                Api.badRequestAs(DemoUser.COORDINATOR).get("/api/firms/999999999"),
                Api.anonymous().get("/api/firms"),
                given().get("/q/health/ready"),
                Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").get("/api/firms/export"));
        for (Response response : responses) {
            for (String header : SECURITY_HEADERS) {
                assertThat(response.header(header)).as("%s on %d", header, response.statusCode()).isNotNull();
            }
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void endpointsWithoutARoleAnnotationAreDenied() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class)).isTrue();
    }
}
