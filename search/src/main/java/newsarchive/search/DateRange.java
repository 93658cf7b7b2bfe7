package newsarchive.search;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An inclusive range of publication days (UTC); either end may be open.
 *
 * @param from the first day included, or {@code null} for no lower bound
 * @param to the last day included, or {@code null} for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

  /** No bounds at all. */
  public static final DateRange ALL = new DateRange(null, null);

  private static final Pattern DATE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-Q[1-4])?");

  public DateRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw InvalidRequestException.parameter(
          "from (" + from + ") is after to (" + to + "); swap them or widen the range.");
    }
  }

  /**
   * The range from the start of period {@code from} to the end of period {@code to}, each a year
   * ({@code 2026}), a quarter ({@code 2026-Q2}, April to June), a month ({@code 2026-04}), an ISO
   * week ({@code 2026-W18}, Monday to Sunday) or a day ({@code 2026-04-29}), or blank for open.
   */
  public static DateRange parse(String from, String to) {
    return new DateRange(bound("from", from, false), bound("to", to, true));
  }

  /** Whether neither end is bounded. */
  public boolean isAll() {
    return from == null && to == null;
  }

  /** The first millisecond of the range (UTC), as the index stores publication times. */
  public long fromMillis() {
    return from == null ? Long.MIN_VALUE : startMillis(from);
  }

  /** The last millisecond of the range (UTC). */
  public long toMillis() {
    return to == null ? Long.MAX_VALUE : startMillis(to.plusDays(1)) - 1;
  }

  private static long startMillis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static LocalDate bound(String name, String text, boolean end) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().toUpperCase(Locale.ROOT); // "2025-q3" and "2026-w18" as well
    if (!DATE.matcher(value).matches()) {
      throw invalid(name, text);
    }
    try {
      return switch (value.length()) {
        case 4 -> end ? Year.parse(value).atMonth(12).atEndOfMonth() : Year.parse(value).atDay(1);
        case 8 -> week(value, end);
        case 7 -> month(value.charAt(5) == 'Q' ? quarterMonth(value, end) : value, end);
        default -> LocalDate.parse(value);
      };
    } catch (DateTimeException e) {
      throw invalid(name, text);
    }
  }

  private static LocalDate month(String value, boolean end) {
    YearMonth month = YearMonth.parse(value);
    return end ? month.atEndOfMonth() : month.atDay(1);
  }

  /** The first (or with {@code end} the last) month of the quarter {@code 2026-Q2}, as 2026-04. */
  private static String quarterMonth(String value, boolean end) {
    int first = (value.charAt(6) - '1') * 3 + 1;
    return value.substring(0, 5) + String.format("%02d", end ? first + 2 : first);
  }

  /** The Monday (or with {@code end} the Sunday) of the ISO week {@code 2026-W18}. */
  private static LocalDate week(String value, boolean end) {
    int year = Integer.parseInt(value.substring(0, 4));
    int week = Integer.parseInt(value.substring(6));
    LocalDate inYear = LocalDate.of(year, 1, 4);
    // Throws for week 0, or 53 in a year of 52 weeks.
    IsoFields.WEEK_OF_WEEK_BASED_YEAR
        .rangeRefinedBy(inYear)
        .checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    LocalDate monday = inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return end ? monday.plusDays(6) : monday;
  }

  private static InvalidRequestException invalid(String name, String text) {
    return InvalidRequestException.parameter(
        name
            + " must be a date as YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-Qn or an ISO week"
            + " YYYY-Www (e.g. 2026-04-29, 2026-Q2 or 2026-W18), got '"
            + text
            + "'.");
  }
}
