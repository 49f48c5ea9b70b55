package jp.iwaki.matching.survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Reading the columns of native query rows, whatever Java type the driver gives them. */
final class Rows {
    private Rows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof ZonedDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        throw new IllegalArgumentException("Not a moment: " + value.getClass());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A mean as the database computed it (numeric), or null where nothing was counted. */
    static Double mean(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue();
    }

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }
}
