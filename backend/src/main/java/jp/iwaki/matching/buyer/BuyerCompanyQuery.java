package jp.iwaki.matching.buyer;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The filters and order of the buyer company list and its export ({@code @BeanParam}). */
public record BuyerCompanyQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("type") BuyerType type,
        @QueryParam("region") Region region,
        @QueryParam("archived") @DefaultValue("false") boolean archived,
        @QueryParam("sort") String sort) {
}
