package jp.iwaki.matching.firm;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters and order of the product list and its export ({@code @BeanParam}). */
public record ProductQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("firmId") Long firmId,
        @QueryParam("hasPhoto") Boolean hasPhoto,
        @QueryParam("sort") String sort) {
}
