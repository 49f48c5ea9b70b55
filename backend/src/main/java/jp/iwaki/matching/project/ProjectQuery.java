package jp.iwaki.matching.project;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jp.iwaki.matching.program.ProgramCode;

/** The filters and order of the project list and its export ({@code @BeanParam}). */
public record ProjectQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("fiscalYear") Integer fiscalYear,
        @QueryParam("program") ProgramCode program,
        @QueryParam("state") ProjectState state,
        @QueryParam("firmId") Long firmId,
        @QueryParam("buyerCompanyId") Long buyerCompanyId,
        @QueryParam("sort") String sort) {
}
