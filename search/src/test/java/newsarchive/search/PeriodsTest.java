package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Periods: ISO weeks are named by their week-based year and read back by the date filters as Monday
 * to Sunday; a timeline refuses more periods than its limit.
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
        "from must be a date as YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www (e.g. 2026-04-29"
            + " or 2026-W18), got '2025-W53'.",
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
}
