package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
    @Test
    void marchThirtyFirstBelongsToTheYearBeforeAndAprilFirstStartsTheNext() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void aMomentIsReadOnTheJapaneseCalendar() {
        // 15:00 UTC on March 31 is already midnight of April 1 in Japan.
        assertThat(FiscalYear.containing(Instant.parse("2026-03-31T14:59:59Z"))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(Instant.parse("2026-03-31T15:00:00Z"))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2025).start()).isEqualTo(Instant.parse("2025-03-31T15:00:00Z"));
        assertThat(FiscalYear.of(2025).end()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
        assertThat(FiscalYear.of(2025).contains(Instant.parse("2026-03-31T14:59:59Z"))).isTrue();
        assertThat(FiscalYear.of(2025).contains(Instant.parse("2026-03-31T15:00:00Z"))).isFalse();
    }

    @Test
    void daysOfTheYearRunFromAprilFirstToMarchThirtyFirst() {
        FiscalYear year = FiscalYear.of(2027);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(year.contains(LocalDate.of(2027, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2028, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2028, 4, 1))).isFalse();
    }

    @Test
    void labelsAreFyAndTheJapaneseEraOfTheYearsFirstDay() {
        assertThat(FiscalYear.of(2025).label()).isEqualTo("FY2025");
        assertThat(FiscalYear.of(2025).japaneseLabel()).isEqualTo("令和7年度");
        // 令和 began on 2019-05-01, so FY2019 opened in 平成31年; FY2020 is 令和2年度.
        assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("平成31年度");
        assertThat(FiscalYear.of(2020).japaneseLabel()).isEqualTo("令和2年度");
        assertThat(FiscalYear.of(1989).japaneseLabel()).isEqualTo("平成元年度");
    }

    @Test
    void yearsOutsideAnyPlanAreRefused() {
        assertThatThrownBy(() -> FiscalYear.of(1900)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FiscalYear.of(2025).next()).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2025).previous()).isEqualTo(FiscalYear.of(2024));
    }
}
