package jp.iwaki.matching.kpi;

import java.util.Map;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the targets-and-actuals operations, for the endpoint-roles test. */
public class KpiRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("getProgramTargetHistory", (r, u) -> r.get("/api/programs/FOOD/history")),
                Map.entry("getKpiDashboard", (r, u) -> r.queryParam("fiscalYear", 2025).get("/api/kpi/dashboard")),
                Map.entry("listKpiRecords", (r, u) -> r.queryParam("fiscalYear", 2025).queryParam("figure", "DEALS")
                        .queryParam("program", "FOOD").get("/api/kpi/records")),
                Map.entry("listKpiSurveyInvitations", (r, u) -> r.queryParam("fiscalYear", 2025).queryParam("program", "FOOD")
                        .queryParam("submitted", true).get("/api/kpi/survey-invitations")),
                Map.entry("getKpiYears", (r, u) -> r.get("/api/kpi/years")),
                Map.entry("exportKpiReport", (r, u) -> r.queryParam("format", "csv").get("/api/kpi/report")));
    }
}
