package jp.iwaki.matching.negotiation;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import jp.iwaki.matching.program.ProgramCode;

/** The filters and order of the negotiation list, its board and its export ({@code @BeanParam}). */
public record NegotiationQuery(
        @QueryParam("program") ProgramCode program,
        @QueryParam("fiscalYear") Integer fiscalYear,
        @QueryParam("projectId") Long projectId,
        @QueryParam("advisor") @Size(max = 100) String advisor,
        @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
        @QueryParam("firmId") Long firmId,
        @QueryParam("buyerCompanyId") Long buyerCompanyId,
        @QueryParam("stage") @Size(max = 7) List<NegotiationStage> stage,
        @QueryParam("open") Boolean open,
        @QueryParam("newTradingPartner") Boolean newTradingPartner,
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("sort") String sort) {
}
