package jp.iwaki.matching.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class ProjectListTest {

    private static Response create(String title, int fiscalYear, String startsOn) {
        Map<String, Object> body = TestProjects.body();
        body.put("title", title);
        body.put("fiscalYear", fiscalYear);
        body.put("startsOn", startsOn);
        body.put("endsOn", null);
        body.put("events", List.of());
        body.remove("endsOn");
        Response created = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects");
        created.then().statusCode(201);
        return created;
    }

    @Test
    void aProjectIsFoundByWordsOfItsTitleWhateverTheWidthOrKana() {
        String unique = Long.toString(System.nanoTime());
        create(unique + " スーパーマーケット・トレードショー出展", 2025, "2026-02-10");
        Api.as(DemoUser.ADVISOR).queryParam("q", unique + "ｽｰﾊﾟｰﾏｰｹｯﾄ").get("/api/projects").then()
                .statusCode(200).body("total", equalTo(1));
        Api.as(DemoUser.ADVISOR).queryParam("q", unique + "すーぱーまーけっと").get("/api/projects").then().body("total", equalTo(1));
        Api.as(DemoUser.ADVISOR).queryParam("q", unique + "水産").get("/api/projects").then().body("total", equalTo(0));
    }

    @Test
    void projectsSortByStartAndByFiscalYear() {
        String unique = "並び順" + System.nanoTime();
        long early = create(unique + "A", 2025, "2025-05-01").<Integer>path("id");
        long late = create(unique + "B", 2025, "2026-01-15").<Integer>path("id");
        long nextYear = create(unique + "C", 2026, "2026-06-01").<Integer>path("id");
        Api.as(DemoUser.COORDINATOR).queryParam("q", unique).queryParam("sort", "startsOn").get("/api/projects").then()
                .body("items.id", contains((int) early, (int) late, (int) nextYear));
        Api.as(DemoUser.COORDINATOR).queryParam("q", unique).queryParam("sort", "-startsOn").get("/api/projects").then()
                .body("items.id", contains((int) nextYear, (int) late, (int) early));
        Api.as(DemoUser.COORDINATOR).queryParam("q", unique).get("/api/projects").then()
                .body("items[0].id", equalTo((int) nextYear));
        Api.badRequestAs(DemoUser.COORDINATOR).queryParam("sort", "title").get("/api/projects").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void theProjectsOfAFirmAndOfAnInvitedCompanyAreListedFromTheirSide() {
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        long company = TestBuyers.create().<Integer>path("id");
        Response joined = TestProjects.addParticipant(TestProjects.create(), firm, List.of());
        Response invited = TestProjects.invite(TestProjects.create(), company);
        TestProjects.create();
        Api.as(DemoUser.ADVISOR).queryParam("firmId", firm).get("/api/projects").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(joined.<Integer>path("id")));
        Api.as(DemoUser.ADVISOR).queryParam("buyerCompanyId", company).get("/api/projects").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(invited.<Integer>path("id")));
    }

    @Test
    void theExportHasTheFilteredProjectsWithProgramYearAndStateInJapanese() {
        String unique = "輸出" + System.nanoTime();
        create(unique, 2025, "2025-06-01");
        Response csv = Api.as(DemoUser.ADVISOR).queryParam("format", "csv").queryParam("q", unique).get("/api/projects/export");
        csv.then().statusCode(200).contentType("text/csv");
        byte[] bytes = csv.asByteArray();
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("ID,事業,年度,名称,開始日,終了日,状態,参加事業者数,招待バイヤー企業数,商談会,連携機関,更新日時");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("メイド in いわき食の販路開拓個別支援プロジェクト,令和7年度," + unique + ",2025-06-01,,企画中,0,0,");
        Api.as(DemoUser.ADVISOR).queryParam("format", "xlsx").queryParam("q", unique).get("/api/projects/export").then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aBuyerCannotListOrExportProjects() {
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects/export").then().statusCode(403);
    }
}
