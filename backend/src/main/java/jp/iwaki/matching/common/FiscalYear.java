package jp.iwaki.matching.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A Japanese fiscal year (年度): April 1 to March 31, in Japan time, named by the calendar year
 * it starts in. FY2025 is 令和7年度 and runs from 2025-04-01 00:00 JST to 2026-04-01 00:00 JST.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public FiscalYear {
        // 平成元年 is the earliest era the labels need; 2200 is far beyond any plan.
        if (startYear < 1989 || startYear > 2200) {
            throw new IllegalArgumentException("Fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a calendar day belongs to: January–March belong to the year before. */
    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** The fiscal year of a moment, read on a Japanese calendar (2026-03-31T15:00Z is already April 1 in Japan). */
    public static FiscalYear containing(Instant at) {
        return containing(LocalDate.ofInstant(at, JAPAN));
    }

    public static FiscalYear current(Clock clock) {
        return containing(clock.instant());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** The first moment of the year (April 1, 00:00 Japan time). */
    public Instant start() {
        return firstDay().atStartOfDay(JAPAN).toInstant();
    }

    /** The first moment after the year (the next April 1, 00:00 Japan time). */
    public Instant end() {
        return next().start();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** FY2025. */
    public String label() {
        return "FY" + startYear;
    }

    /** 令和7年度, 令和元年度, 平成30年度: the era of the year's first day. */
    public String japaneseLabel() {
        JapaneseDate april = JapaneseDate.from(firstDay());
        int year = april.get(ChronoField.YEAR_OF_ERA);
        return april.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
