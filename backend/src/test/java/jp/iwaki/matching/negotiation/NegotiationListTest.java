package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list, the board and the export share their filters; the firm and buyer pages use the list. */
@QuarkusTest
@IntegrationTest
class NegotiationListTest {
    // Made once for the class (the application is up only once the first test runs).
    private static Setup setup;
    private static long otherCompany;
    private static Response introduced;
    private static Response continuing;
    private static Response won;

    @BeforeEach
    void fourNegotiationsInOneProject() {
        if (setup != null) {
            return;
        }
        setup = TestNegotiations.setup(DemoUser.ADVISOR);
        otherCompany = TestBuyers.create().<Integer>path("id");
        introduced = TestNegotiations.introduce(setup, DemoUser.COORDINATOR);
        continuing = TestNegotiations.advance(TestNegotiations.introduce(setup, otherCompany, DemoUser.COORDINATOR), "CONTINUING");
        won = TestNegotiations.advance(TestNegotiations.introduce(setup, TestBuyers.create().<Integer>path("id"), DemoUser.COORDINATOR), "WON");
        TestNegotiations.advance(TestNegotiations.introduce(setup, TestBuyers.create().<Integer>path("id"), DemoUser.COORDINATOR), "LOST");
    }

    private List<Integer> ids(Map<String, ?> filters) {
        Response list = Api.as(DemoUser.ADVISOR2).queryParams(filters).queryParam("projectId", setup.projectId()).get("/api/negotiations");
        list.then().statusCode(200);
        return list.path("items.id");
    }

    @Test
    void theFiltersNarrowTheList() {
        assertThat(ids(Map.of())).hasSize(4);
        assertThat(ids(Map.of("stage", List.of("CONTINUING", "WON")))).containsExactlyInAnyOrder(continuing.<Integer>path("id"), won.<Integer>path("id"));
        assertThat(ids(Map.of("open", true))).containsExactlyInAnyOrder(introduced.<Integer>path("id"), continuing.<Integer>path("id"));
        assertThat(ids(Map.of("open", false))).hasSize(2);
        assertThat(ids(Map.of("buyerCompanyId", otherCompany))).containsExactly(continuing.<Integer>path("id"));
        assertThat(ids(Map.of("firmId", setup.firmId(), "program", "FOOD", "fiscalYear", 2025))).hasSize(4);
        assertThat(ids(Map.of("program", "MANUFACTURING"))).isEmpty();
        assertThat(ids(Map.of("fiscalYear", 2026))).isEmpty();
        assertThat(ids(Map.of("advisor", TestNegotiations.subject(DemoUser.ADVISOR)))).hasSize(4);
        assertThat(ids(Map.of("advisor", TestNegotiations.subject(DemoUser.ADVISOR2)))).isEmpty();
        assertThat(ids(Map.of("unassigned", true))).isEmpty();
        String companyName = Api.as(DemoUser.COORDINATOR).get("/api/buyer-companies/" + otherCompany).path("name");
        // Width and kana folded: the company's reading テストショウジ found as half-width ﾃｽﾄｼｮｳｼﾞ.
        assertThat(ids(Map.of("q", "ﾃｽﾄｼｮｳｼﾞ"))).hasSize(4);
        assertThat(ids(Map.of("q", companyName))).containsExactly(continuing.<Integer>path("id"));
    }

    @Test
    void theListSortsAndPages() {
        Response first = Api.as(DemoUser.COORDINATOR).queryParam("projectId", setup.projectId()).queryParam("sort", "stageChangedAt")
                .queryParam("size", 2).get("/api/negotiations");
        assertThat(first.<Integer>path("total")).isEqualTo(4);
        assertThat(first.<List<?>>path("items")).hasSize(2);
        assertThat(first.<Integer>path("items[0].id")).isEqualTo(introduced.<Integer>path("id"));
        List<String> dealDays = Api.as(DemoUser.COORDINATOR).queryParam("projectId", setup.projectId()).queryParam("sort", "-dealOn")
                .get("/api/negotiations").path("items.dealOn");
        assertThat(dealDays.get(0)).isNotNull();
        assertThat(dealDays.subList(1, 4)).containsOnlyNulls();
    }

    @Test
    void theBoardHasEveryStageWithItsCountAndFirstCards() {
        Response board = Api.as(DemoUser.ADVISOR).queryParam("projectId", setup.projectId()).queryParam("limit", 1).get("/api/negotiations/board");
        board.then().statusCode(200);
        assertThat(board.<List<String>>path("columns.stage"))
                .containsExactly("INTRODUCED", "SCHEDULED", "MET", "CONTINUING", "WON", "LOST", "WITHDRAWN");
        assertThat(board.<List<Integer>>path("columns.total")).containsExactly(1, 0, 0, 1, 1, 1, 0);
        assertThat(board.<Integer>path("columns[3].items[0].id")).isEqualTo(continuing.<Integer>path("id"));
        assertThat(board.<List<String>>path("columns[3].items[0].allowedMoves")).containsExactly("WON", "LOST", "WITHDRAWN");
        assertThat(board.<String>path("columns[0].items[0].firmTradeName")).isNotBlank();
        assertThat(board.<String>path("columns[0].items[0].projectTitle")).isNotBlank();
        Response open = Api.as(DemoUser.ADVISOR).queryParam("projectId", setup.projectId()).queryParam("open", true).get("/api/negotiations/board");
        assertThat(open.<List<Integer>>path("columns.total")).containsExactly(1, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void theExportHasEveryMatchingNegotiationAsCsvWithBomAndAsXlsx() throws Exception {
        Response csv = Api.as(DemoUser.COORDINATOR).queryParam("projectId", setup.projectId()).queryParam("format", "csv")
                .get("/api/negotiations/export");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(5);
        assertThat(text).contains("継続商談", "成約", "不成立", "価格が合わない", "令和7年度");
        Response xlsx = Api.as(DemoUser.COORDINATOR).queryParam("projectId", setup.projectId()).queryParam("format", "xlsx")
                .queryParam("stage", "WON").get("/api/negotiations/export");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(won.<Integer>path("id").longValue());
            assertThat(sheet.getRow(1).getCell(16).getStringCellValue()).isEqualTo("新規取引先");
        }
    }
}
