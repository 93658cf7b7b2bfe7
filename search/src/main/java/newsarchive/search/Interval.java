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
  /** One bucket per calendar quarter (January to March is the first), named {@code 2026-Q2}. */
  QUARTER,
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
        "interval must be one of day, week, month, quarter, year, got '" + name + "'.");
  }

  /** The most bars an interval chosen for the matches may give. */
  static final int MOST_BARS = 125;

  /** The bars an interval chosen for the matches may give however few they are. */
  static final int FEW_BARS = 12;

  /**
   * The interval that shows {@code dated} matches published from {@code first} to {@code last} in a
   * readable number of bars: the finest that gives at most {@value #MOST_BARS} of them, and no more
   * than two for every five matches (or {@value #FEW_BARS}, for few matches), so that a few hundred
   * articles over seven years read by quarter rather than as a comb of months holding one or two
   * each, while a million read by month.
   */
  public static Interval readable(LocalDate first, LocalDate last, long dated) {
    long most = Math.min(MOST_BARS, Math.max(FEW_BARS, dated * 2 / 5));
    for (Interval interval : values()) {
      if (interval.periods(first, last) <= most) {
        return interval;
      }
    }
    return YEAR;
  }

  /** The number of periods from the one holding {@code first} to the one holding {@code last}. */
  long periods(LocalDate first, LocalDate last) {
    LocalDate from = start(first);
    LocalDate to = start(last);
    return 1
        + switch (this) {
          case DAY -> ChronoUnit.DAYS.between(from, to);
          case WEEK -> ChronoUnit.WEEKS.between(from, to);
          case MONTH -> ChronoUnit.MONTHS.between(from, to);
          case QUARTER -> ChronoUnit.MONTHS.between(from, to) / 3;
          case YEAR -> ChronoUnit.YEARS.between(from, to);
        };
  }

  /** The first day of the bucket holding {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The first day of the bucket after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
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
      case QUARTER -> iso.substring(0, 4) + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> iso.substring(0, 4);
    };
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
