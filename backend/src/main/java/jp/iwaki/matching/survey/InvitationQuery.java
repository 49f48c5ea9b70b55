package jp.iwaki.matching.survey;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters and order of a survey's invitation list ({@code @BeanParam}). */
public record InvitationQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("status") InvitationStatus status,
        @QueryParam("revoked") Boolean revoked,
        @QueryParam("sort") String sort) {
}
