package jp.iwaki.matching.kpi;

import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.program.ProgramCode;

/** What the response rate's drill-down asks for: one program (or all) and whether only the submitted responses. */
public record KpiInvitationQuery(
        @QueryParam("program") ProgramCode program,
        @QueryParam("submitted") Boolean submitted) {
    boolean responsesOnly() {
        return Boolean.TRUE.equals(submitted);
    }
}
