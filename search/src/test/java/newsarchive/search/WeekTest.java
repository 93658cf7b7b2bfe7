package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO weeks: named by their week-based year, read back by the date filters as Monday to Sunday. */
class WeekTest {

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
}
