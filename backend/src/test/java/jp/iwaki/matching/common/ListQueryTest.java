package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shared list builder: paging bounds, allowed orders, exports read in chunks and capped. */
@QuarkusTest
@IntegrationTest
class ListQueryTest {
    private static final List<String> LISTS = List.of("/api/firms", "/api/buyer-companies", "/api/products", "/api/projects");

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=999999999", "page=x", "size=0", "size=201", "size=99999999999"})
    void aPageOrSizeOutOfRangeIsA400NamingTheParameterOnEveryList(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        for (String list : LISTS) {
            Api.badRequestAs(DemoUser.COORDINATOR).get(list + "?" + query).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(parameter));
        }
    }

    @Test
    void aFilterValueOfTheWrongKindIsA400NamingTheParameter() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/buyer-companies?type=NOPE").then()
                .statusCode(400).body("errors[0].field", equalTo("type")).body("errors[0].key", equalTo("validation.parameter"));
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/firms?archived=maybe").then()
                .statusCode(400).body("errors[0].field", equalTo("archived"));
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillCountsTheTotal() {
        for (String list : LISTS) {
            Response page = Api.as(DemoUser.COORDINATOR).get(list + "?page=100000&size=200");
            page.then().statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(100000));
            assertThat(page.<Number>path("total").longValue()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void anOrderThatIsNotAllowedIsA400ListingTheAllowedOnes() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/firms?sort=notes").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].key", equalTo("validation.sort"))
                .body("errors[0].params.allowed", hasItem("-tradeNameKana"));
    }

    @Test
    void anExportReadsEveryRowOnceAcrossChunks() {
        String marker = "チャンク" + System.nanoTime();
        int count = ListQuery.CHUNK * 2 + 37;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Firm firm = new Firm();
                firm.tradeName = marker + "-" + i;
                firm.tradeNameKana = "チャンク";
                firm.industryCode = "E";
                firm.createdAt = firm.updatedAt = firm.archivedAt = Instant.now();
                firm.createdBy = firm.updatedBy = "test";
                firm.persist();
            }
        });
        String csv = Api.as(DemoUser.COORDINATOR).queryParam("format", "csv").queryParam("q", marker).queryParam("archived", true)
                .get("/api/firms/export").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().skip(1).toList();
        Set<String> ids = new HashSet<>();
        lines.forEach(line -> ids.add(line.substring(0, line.indexOf(','))));
        assertThat(lines).hasSize(count);
        assertThat(ids).hasSize(count);
    }

    @Test
    void anExportOfMoreRowsThanTheCapIsRefusedBeforeAnythingIsWritten() {
        String marker = "上限" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                Firm firm = new Firm();
                firm.tradeName = marker + "-" + i;
                firm.tradeNameKana = "ジョウゲン";
                firm.industryCode = "E";
                firm.createdAt = firm.updatedAt = Instant.now();
                firm.createdBy = firm.updatedBy = "test";
                firm.persist();
            }
        });
        List<List<Object>> written = new ArrayList<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                ListQuery.of(Firm.class, Sorting.defaultingTo("id").by("id", "id"), null)
                        .search("searchKey", marker)
                        .export(2, firms -> firms.stream().<List<Object>>map(f -> List.of(f.id)).toList())
                        .forEach(written::add)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(e.errors().get(0).key()).isEqualTo("export.tooManyRows");
                    assertThat(e.errors().get(0).params()).containsEntry("max", 2).containsEntry("count", 3L);
                });
        assertThat(written).isEmpty();
    }
}
