package jp.iwaki.matching.kpi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.program.ProgramCode;

/** What a drill-down asks for: a figure of a year, of one program and optionally of one advisor. */
public record KpiRecordsQuery(
        @QueryParam("figure") @NotNull Figure figure,
        @QueryParam("program") ProgramCode program,
        @QueryParam("advisor") @Size(max = 100) String advisor) {
}
