package newsarchive.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The width of a date histogram bucket; each bucket is named in the form the date filters take. */
public enum Interval {
  /** One bucket per day, named {@code 2026-04-29}. */
  DAY,
  /** One bucket per ISO week (Monday to Sunday), named {@code 2026-W18}. */
  WEEK,
  /** One bucket per month, named {@code 2026-04}. */
  MONTH,
  /** One bucket per year, named {@code 2026}. */
  YEAR;

  /** The interval named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static Interval parse(String name) {
    for (Interval interval : values()) {
      if (interval.name().equalsIgnoreCase(name.strip())) {
        return interval;
      }
    }
    throw InvalidRequestException.parameter(
        "interval must be one of day, week, month, year, got '" + name + "'.");
  }

  /**
   * The interval that shows a span from {@code first} to {@code last} in a readable number of bars.
   */
  public static Interval forSpan(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    if (days <= 92) {
      return DAY;
    }
    return days <= 10 * 366 ? MONTH : YEAR;
  }

  /** The first day of the bucket holding {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The first day of the bucket after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The bucket's name: the date cut to this interval's precision. */
  public String name(LocalDate start) {
    String iso = start.toString();
    return switch (this) {
      case DAY -> iso;
      case WEEK ->
          String.format(
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> iso.substring(0, 7);
      case YEAR -> iso.substring(0, 4);
    };
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
