package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Periods: ISO weeks are named by their week-based year and read back by the date filters as Monday
 * to Sunday, quarters as their three months; the interval chosen for the matches gives a readable
 * number of bars; a timeline refuses more periods than its limit.
 */
class PeriodsTest {

  @Test
  void theLastDaysOfDecemberMayBelongToTheFirstWeekOfTheNextYear() {
    LocalDate monday = Interval.WEEK.start(LocalDate.parse("2025-01-01"));
    assertEquals(LocalDate.parse("2024-12-30"), monday);
    assertEquals("2025-W01", Interval.WEEK.name(monday));
    assertEquals(
        new DateRange(LocalDate.parse("2024-12-30"), LocalDate.parse("2025-01-05")),
        DateRange.parse("2025-W01", "2025-W01"));
  }

  @Test
  void aWeekThatTheYearDoesNotHaveIsAClearError() {
    assertEquals(
        new DateRange(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-03")),
        DateRange.parse("2026-W53", "2026-W53"));
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> DateRange.parse("2025-W53", null));
    assertEquals(
        "from must be a date as YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-Qn or an ISO week"
            + " YYYY-Www (e.g. 2026-04-29, 2026-Q2 or 2026-W18), got '2025-W53'.",
        e.getMessage());
  }

  @Test
  void moreDaysThanTheTimelineLimitAreRefusedWithTheIntervalToWiden() {
    long[] days = new long[6000];
    days[0] = 1;
    days[5999] = 1;
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                DateHistogram.buckets(
                    0,
                    days,
                    DateHistogram.Span.of(0, days),
                    Interval.DAY,
                    TimelineRequest.MAX_PERIODS,
                    "periods"));
    assertEquals(
        "interval=day gives more than 5000 periods for these articles; choose a wider interval.",
        e.getMessage());
    assertEquals(
        198,
        DateHistogram.buckets(
                0, days, DateHistogram.Span.of(0, days), Interval.MONTH, 5000, "periods")
            .size(),
        "1970-01 to 1986-06");
  }

  @Test
  void aQuarterIsNamedByItsYearAndNumberAndReadBackAsItsThreeMonths() {
    LocalDate start = Interval.QUARTER.start(LocalDate.parse("2025-08-22"));
    assertEquals(LocalDate.parse("2025-07-01"), start);
    assertEquals("2025-Q3", Interval.QUARTER.name(start));
    assertEquals(LocalDate.parse("2025-10-01"), Interval.QUARTER.next(start));
    assertEquals(
        new DateRange(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30")),
        DateRange.parse("2025-Q3", "2025-Q3"));
    assertEquals(
        new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31")),
        DateRange.parse("2025-Q1", "2026-Q4"));
    assertEquals(Interval.QUARTER, Interval.parse("Quarter"));
    assertEquals(DateRange.parse("2025-Q3", "2026-W18"), DateRange.parse("2025-q3", "2026-w18"));
  }

  @Test
  void theIntervalChosenForTheMatchesGivesAtMostTwoBarsForEveryFiveOfThem() {
    LocalDate first = LocalDate.parse("2019-07-22");
    LocalDate last = LocalDate.parse("2026-04-29");
    // A million articles over seven years read by month, as do 210; the bundled corpus's 175 by
    // quarter (28 bars) rather than 82 months of two each, as do 80; 40 of them by year (8 bars).
    assertEquals(Interval.MONTH, Interval.readable(first, last, 1_000_000));
    assertEquals(Interval.MONTH, Interval.readable(first, last, 210));
    assertEquals(Interval.QUARTER, Interval.readable(first, last, 80));
    assertEquals(Interval.QUARTER, Interval.readable(first, last, 175));
    assertEquals(Interval.YEAR, Interval.readable(first, last, 40));
    // A season's news reads by day, or by week when there are few articles.
    LocalDate july = LocalDate.parse("2024-07-01");
    assertEquals(Interval.DAY, Interval.readable(july, july.plusDays(80), 210));
    assertEquals(Interval.WEEK, Interval.readable(july, july.plusDays(80), 30));
    // However few the matches, a dozen bars are allowed: one day's articles by day.
    assertEquals(Interval.DAY, Interval.readable(july, july, 1));
    assertEquals(Interval.MONTH, Interval.readable(july, july.plusMonths(11), 3));
    // Thirty years of a large archive: by quarter, 120 bars.
    assertEquals(
        Interval.QUARTER,
        Interval.readable(
            LocalDate.parse("1996-01-01"), LocalDate.parse("2025-12-31"), 10_000_000));
  }
}
