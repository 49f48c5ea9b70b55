package jp.iwaki.matching.firm;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The filters and order of the firm list and its export ({@code @BeanParam}). */
public record FirmQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("industry") String industry,
        @QueryParam("member") Boolean member,
        @QueryParam("advisor") String advisor,
        @QueryParam("archived") @DefaultValue("false") boolean archived,
        @QueryParam("sort") String sort) {
}
