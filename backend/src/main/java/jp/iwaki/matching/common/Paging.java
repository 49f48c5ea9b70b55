package jp.iwaki.matching.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page a list request asks for ({@code @BeanParam}): zero-based {@code page}, {@code size}
 * 1–200. Out of range is a 400 naming the parameter; the bound on {@code page} keeps the
 * offset far from overflowing.
 */
public record Paging(
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 200;

    public int offset() {
        return page * size;
    }
}
