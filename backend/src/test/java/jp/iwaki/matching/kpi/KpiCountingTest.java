package jp.iwaki.matching.kpi;

import static jp.iwaki.matching.kpi.KpiFixture.ADVISOR_1;
import static jp.iwaki.matching.kpi.KpiFixture.ADVISOR_2;
import static jp.iwaki.matching.kpi.KpiFixture.FY;
import static jp.iwaki.matching.kpi.KpiFixture.NEXT_FY;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting rules against hand-built records whose expected counts are worked out here. */
@QuarkusTest
@IntegrationTest
class KpiCountingTest {
    @Inject
    AgroalDataSource db;

    KpiFixture fixture;

    @BeforeEach
    void records() {
        fixture = KpiFixture.get(db);
    }

    private static JsonPath dashboard(int fiscalYear) {
        return Api.as(DemoUser.COORDINATOR).queryParam("fiscalYear", fiscalYear).get("/api/kpi/dashboard")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long actual(JsonPath dashboard, String program, String metric) {
        return dashboard.getLong("programs.find { it.code == '" + program + "' }.figures.find { it.metric == '" + metric + "' }.actual");
    }

    private static JsonPath records(int fiscalYear, String figure, String program, String advisor) {
        var request = Api.as(DemoUser.COORDINATOR).queryParam("fiscalYear", fiscalYear).queryParam("figure", figure)
                .queryParam("size", 200);
        if (program != null) {
            request.queryParam("program", program);
        }
        if (advisor != null) {
            request.queryParam("advisor", advisor);
        }
        return request.get("/api/kpi/records").then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    @Test
    void aFirmInTwoProjectsOfOneProgramAndYearCountsOnceAndAFirmInTwoProgramsCountsInEach() {
        JsonPath fy = dashboard(FY);
        // Manufacturing: A (two projects) and B. Food: A and C. A counts in both programs.
        assertThat(actual(fy, "MANUFACTURING", "SUPPORTED_FIRMS")).isEqualTo(2);
        assertThat(actual(fy, "FOOD", "SUPPORTED_FIRMS")).isEqualTo(2);
        assertThat(ids(records(FY, "SUPPORTED_FIRMS", "MANUFACTURING", null)))
                .containsExactlyInAnyOrder(fixture.firmA, fixture.firmB);
        assertThat(ids(records(FY, "SUPPORTED_FIRMS", "FOOD", null))).containsExactlyInAnyOrder(fixture.firmA, fixture.firmC);
        assertThat(actual(fy, "TRADE_SHOW", "EXHIBITORS")).isEqualTo(2);
        // IT promotion's only project is of the next year.
        assertThat(actual(fy, "IT_PROMOTION", "SUPPORTED_FIRMS")).isZero();
        assertThat(actual(dashboard(NEXT_FY), "IT_PROMOTION", "SUPPORTED_FIRMS")).isEqualTo(1);
    }

    @Test
    void aDealOnMarch31AndOneOnApril1FallInDifferentFiscalYearsThoughRecordedOnOneUtcDay() {
        // Both wins were recorded on 2011-03-31 in UTC; in Japan the second was already April 1.
        assertThat(ids(records(FY, "DEALS", "MANUFACTURING", null))).containsExactly(fixture.wonOnMarch31);
        assertThat(ids(records(NEXT_FY, "DEALS", "MANUFACTURING", null))).containsExactly(fixture.wonOnApril1);
        assertThat(actual(dashboard(FY), "MANUFACTURING", "DEALS")).isEqualTo(1);
        assertThat(actual(dashboard(NEXT_FY), "MANUFACTURING", "DEALS")).isEqualTo(1);
        // Introduced on March 31: an introduction of the earlier year.
        assertThat(ids(records(FY, "INTRODUCTIONS", "MANUFACTURING", null))).containsExactlyInAnyOrder(
                fixture.wonOnMarch31, fixture.wonOnApril1, fixture.overdue, fixture.lostAfterContinuing);
        assertThat(actual(dashboard(FY), "MANUFACTURING", "INTRODUCTIONS")).isEqualTo(4);
        assertThat(actual(dashboard(NEXT_FY), "MANUFACTURING", "INTRODUCTIONS")).isZero();
    }

    @Test
    void aNegotiationReopenedAndWonAgainCountsOnceInTheYearOfItsDealDate() {
        assertThat(actual(dashboard(FY), "FOOD", "DEALS")).isEqualTo(1);
        JsonPath deals = records(FY, "DEALS", "FOOD", null);
        assertThat(ids(deals)).containsExactly(fixture.wonTwice);
        assertThat(deals.getString("items[0].dealOn")).isEqualTo("2010-09-01");
    }

    @Test
    void onlyTheFirstWonNegotiationOfAFirmAndABuyerIsANewTradingPartner() {
        assertThat(actual(dashboard(FY), "TRADE_SHOW", "NEW_TRADING_PARTNERS")).isEqualTo(2);
        assertThat(ids(records(FY, "NEW_TRADING_PARTNERS", "TRADE_SHOW", null)))
                .containsExactlyInAnyOrder(fixture.newPartnerD, fixture.newPartnerB)
                .doesNotContain(fixture.repeatPartnerD);
    }

    @Test
    void theFunnelCountsTheYearsIntroductionsByTheFurthestStageTheyReached() {
        JsonPath fy = dashboard(FY);
        // Nine introduced in the year; all but the one just introduced reached MET; N1–N6 won, N8 continued then lost.
        assertThat(fy.getList("funnel.stage")).containsExactly("INTRODUCED", "SCHEDULED", "MET", "CONTINUING", "WON");
        assertThat(fy.getList("funnel.count", Long.class)).containsExactly(9L, 8L, 8L, 7L, 6L);
        assertThat(fy.getLong("continuation.met")).isEqualTo(8);
        assertThat(fy.getLong("continuation.continuing")).isEqualTo(7);
        assertThat(fy.getDouble("continuation.rate")).isEqualTo(0.875);
        assertThat(ids(records(FY, "REACHED_CONTINUING", null, null))).contains(fixture.lostAfterContinuing)
                .doesNotContain(fixture.overdue, fixture.justIntroduced);
    }

    @Test
    void theAdvisorsTableCountsEachAdvisorsNegotiations() {
        JsonPath fy = dashboard(FY);
        Map<String, Object> first = fy.getMap("advisors.find { it.subject == '" + ADVISOR_1 + "' }");
        assertThat(first).containsEntry("introductions", 4).containsEntry("met", 4).containsEntry("continuing", 3)
                .containsEntry("deals", 1).containsEntry("overdue", 1);
        Map<String, Object> second = fy.getMap("advisors.find { it.subject == '" + ADVISOR_2 + "' }");
        assertThat(second).containsEntry("introductions", 5).containsEntry("met", 4).containsEntry("continuing", 4)
                .containsEntry("deals", 4).containsEntry("overdue", 0);
        assertThat(ids(records(FY, "OVERDUE_FOLLOW_UPS", null, ADVISOR_1))).containsExactly(fixture.overdue);
    }

    @Test
    void everyFiguresDrillDownListsAsManyRecordsAsTheFigure() {
        for (int year : List.of(FY, NEXT_FY)) {
            JsonPath fy = dashboard(year);
            List<String> checked = new ArrayList<>();
            for (Map<String, Object> program : fy.<Map<String, Object>>getList("programs")) {
                for (Map<String, Object> figure : fy.<Map<String, Object>>getList(
                        "programs.find { it.code == '" + program.get("code") + "' }.figures")) {
                    JsonPath list = records(year, (String) figure.get("metric"), (String) program.get("code"), null);
                    long expected = ((Number) figure.get("actual")).longValue();
                    assertThat(list.getLong("total")).as(program.get("code") + " " + figure.get("metric")).isEqualTo(expected);
                    assertThat(list.getList("items")).hasSize((int) expected);
                    checked.add(program.get("code") + "/" + figure.get("metric"));
                }
            }
            assertThat(checked).hasSize(8);
            for (Map<String, Object> step : fy.<Map<String, Object>>getList("funnel")) {
                JsonPath list = records(year, "REACHED_" + step.get("stage"), null, null);
                long expected = ((Number) step.get("count")).longValue();
                assertThat(list.getLong("total")).isEqualTo(expected);
                assertThat(list.getList("items")).hasSize((int) expected);
            }
            for (Map<String, Object> row : fy.<Map<String, Object>>getList("advisors")) {
                String subject = (String) row.get("subject");
                Map<String, String> columns = Map.of("introductions", "INTRODUCTIONS", "met", "REACHED_MET",
                        "continuing", "REACHED_CONTINUING", "deals", "DEALS", "overdue", "OVERDUE_FOLLOW_UPS");
                columns.forEach((column, figure) -> {
                    JsonPath list = records(year, figure, null, subject);
                    long expected = ((Number) row.get(column)).longValue();
                    assertThat(list.getLong("total")).as(subject + " " + column).isEqualTo(expected);
                    assertThat(list.getList("items")).as(subject + " " + column).hasSize((int) expected);
                });
            }
        }
    }

    private static JsonPath invitations(int fiscalYear, String program, boolean submitted) {
        var request = Api.as(DemoUser.COORDINATOR).queryParam("fiscalYear", fiscalYear).queryParam("size", 200);
        if (program != null) {
            request.queryParam("program", program);
        }
        if (submitted) {
            request.queryParam("submitted", true);
        }
        return request.get("/api/kpi/survey-invitations").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> surveyRate(JsonPath dashboard, String program) {
        return dashboard.getMap("surveys.find { it.program == '" + program + "' }");
    }

    @Test
    void surveyResponseRatesCountTheInvitationsOfEachProgramsProjectsOfTheYear() {
        JsonPath fy = dashboard(FY);
        assertThat(fy.getList("surveys.program")).containsExactly("MANUFACTURING", "FOOD", "TRADE_SHOW", "IT_PROMOTION");
        // FOOD: S1 counts c1, c2, c3, c4 and c6 (c5 was revoked unanswered; c6 after submitting), S2 counts c1 and c3:
        // S2 ran in April 2011 but its project is of 2010. Responses: c1, c2, c6 of S1 and c1 of S2 (c4's draft is none).
        assertThat(surveyRate(fy, "FOOD")).containsEntry("invitations", 7).containsEntry("responses", 4);
        assertThat(fy.getDouble("surveys.find { it.program == 'FOOD' }.rate")).isCloseTo(4 / 7.0, org.assertj.core.data.Offset.offset(1e-6));
        // MANUFACTURING: S3's one invitation was opened, never answered.
        assertThat(surveyRate(fy, "MANUFACTURING")).containsEntry("invitations", 1).containsEntry("responses", 0)
                .containsEntry("rate", 0.0f);
        // No survey: no rate.
        assertThat(surveyRate(fy, "TRADE_SHOW")).containsEntry("invitations", 0).containsEntry("responses", 0)
                .doesNotContainKey("rate");
        assertThat(surveyRate(fy, "IT_PROMOTION")).containsEntry("invitations", 0).doesNotContainKey("rate");
        assertThat(fy.getMap("surveysTotal")).containsEntry("invitations", 8).containsEntry("responses", 4)
                .containsEntry("rate", 0.5f).doesNotContainKey("program");

        JsonPath next = dashboard(NEXT_FY);
        assertThat(surveyRate(next, "IT_PROMOTION")).containsEntry("invitations", 1).containsEntry("responses", 1)
                .containsEntry("rate", 1.0f);
        assertThat(surveyRate(next, "FOOD")).containsEntry("invitations", 0);
        assertThat(next.getMap("surveysTotal")).containsEntry("invitations", 1).containsEntry("responses", 1);

        long[][] inv = fixture.invitation;
        assertThat(ids(invitations(FY, "FOOD", false))).containsExactlyInAnyOrder(
                inv[1][1], inv[1][2], inv[1][3], inv[1][4], inv[1][6], inv[2][1], inv[2][3]);
        JsonPath responses = invitations(FY, "FOOD", true);
        assertThat(ids(responses)).containsExactlyInAnyOrder(inv[1][1], inv[1][2], inv[1][6], inv[2][1]);
        assertThat(responses.getList("items.status")).containsOnly("SUBMITTED");
        assertThat(responses.getList("items.submittedAt")).doesNotContainNull();
        assertThat(ids(invitations(FY, null, false))).contains(inv[3][2]).doesNotContain(inv[1][5], inv[4][4]);
        assertThat(ids(invitations(NEXT_FY, "IT_PROMOTION", true))).containsExactly(inv[4][4]);
    }

    @Test
    void everyResponseRatesDrillDownListsAsManyInvitationsAsTheRateCounts() {
        for (int year : List.of(FY, NEXT_FY)) {
            JsonPath fy = dashboard(year);
            List<Map<String, Object>> rates = new ArrayList<>(fy.<Map<String, Object>>getList("surveys"));
            rates.add(fy.getMap("surveysTotal"));
            assertThat(rates).hasSize(5);
            for (Map<String, Object> rate : rates) {
                String program = (String) rate.get("program");
                for (boolean submitted : List.of(false, true)) {
                    long expected = ((Number) rate.get(submitted ? "responses" : "invitations")).longValue();
                    JsonPath list = invitations(year, program, submitted);
                    assertThat(list.getLong("total")).as(year + " " + program + " " + submitted).isEqualTo(expected);
                    assertThat(list.getList("items")).hasSize((int) expected);
                }
            }
        }
    }

    @Test
    void anAdvisorSeesItsOwnOverdueNegotiationsOnItsDashboard() {
        JsonPath mine = Api.as(DemoUser.ADVISOR).queryParam("fiscalYear", NEXT_FY).get("/api/kpi/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("myOverdue.id", Long.class)).contains(fixture.demoAdvisorsOverdue);
        String subject = jp.iwaki.matching.firm.TestFirms.advisor(DemoUser.ADVISOR);
        assertThat(mine.getLong("myOverdueTotal"))
                .isEqualTo(records(NEXT_FY, "OVERDUE_FOLLOW_UPS", null, subject).getLong("total"));
        // A coordinator owns no negotiations.
        JsonPath coordinators = dashboard(NEXT_FY);
        assertThat(coordinators.getList("myOverdue")).isEmpty();
        assertThat(coordinators.getLong("myOverdueTotal")).isZero();
    }
}
