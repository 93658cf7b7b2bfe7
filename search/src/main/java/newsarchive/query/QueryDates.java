package newsarchive.query;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.DateRange;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchResult.PublishedThen;

/**
 * The days, months and years a query names, as readers of a news archive write them ("internet
 * outages 2021", "chip news august 2022", "Sam Altman November 17, 2023", "openai 2026-04-29"):
 * each also matches the articles published then, since a report of an event seldom prints its own
 * date. A year is four digits from 1970 to 2099; a month its English name or three-letter
 * abbreviation, or a part of a year ("early", "mid", "late", "summer"), right before a year or with
 * "of" between ("summer of 2024", "mid-2023" too); a part of a month before a month and its year
 * ("early March 2024", "mid-October 2025", "the last week of October 2025"); a day a month's day
 * before or after its month ("17th" and "17," too), with the year after; or an ISO date ({@code
 * 2023-11-17}, {@code 2023-11}); or a day in figures with slashes, the year last, in the order that
 * makes a date ({@code 17/11/2023} in Europe, {@code 11/17/2023} in the United States; {@code
 * 5/6/2023}, either, is both days, May 6 and June 5, since the archive cannot tell where its reader
 * writes from), or with dots, the day first ({@code 17.11.2023}), the year of either in four
 * figures or two ({@code 17/11/23}), or year first ({@code 2023/11/17}). Each stays words of the
 * text too, so "Office 2021" still finds the words.
 */
public final class QueryDates {

  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2099;

  /** Month names and their abbreviations ("sept" too), lower case. */
  private static final Map<String, Month> MONTHS = months();

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?,?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

  /** A run of months of any year, from {@code first} to {@code last}. */
  private record Months(Month first, Month last) {
    DateRange in(Year year) {
      return new DateRange(year.atMonth(first).atDay(1), year.atMonth(last).atEndOfMonth());
    }
  }

  /**
   * The parts of a year readers name before it ("early 2025", "summer of 2024", "mid-2023"), in
   * thirds and the northern seasons; not "fall", a verb of every market report, nor "winter", which
   * straddles two years.
   */
  private static final Map<String, Months> YEAR_PARTS =
      Map.of(
          "early", new Months(Month.JANUARY, Month.APRIL),
          "mid", new Months(Month.MAY, Month.AUGUST),
          "late", new Months(Month.SEPTEMBER, Month.DECEMBER),
          "spring", new Months(Month.MARCH, Month.MAY),
          "summer", new Months(Month.JUNE, Month.AUGUST),
          "autumn", new Months(Month.SEPTEMBER, Month.NOVEMBER));

  private static final Pattern HYPHENATED = Pattern.compile("([a-z]+)-(\\d{4})");

  /**
   * The thirds of a month readers name before it ("early March 2024", "mid-October", "late May"):
   * its first ten days, the next ten and the rest, as a third of a year is its four months.
   */
  private static final Map<String, Integer> MONTH_THIRDS = Map.of("early", 0, "mid", 1, "late", 2);

  /** The weeks of a month readers name before "week of" ("the first week of March"). */
  private static final Map<String, Integer> WEEKS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "last", 5);

  /** A date named by {@code words} parts of a query in a row. */
  private record Named(int words, List<DateRange> readings) {
    Named(int words, DateRange published) {
      this(words, List.of(published));
    }
  }

  private QueryDates() {}

  /**
   * {@code query} with each day, month or year among its top-level plain words made {@link During}.
   */
  static UserQuery marked(UserQuery query) {
    List<UserQuery> parts =
        switch (query) {
          case All all -> all.parts();
          case Text text -> List.of(text);
          default -> List.of();
        };
    List<UserQuery> marked = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < parts.size(); ) {
      Named named = named(parts, i);
      if (named == null) {
        marked.add(parts.get(i++));
        continue;
      }
      List<UserQuery> typed = parts.subList(i, i + named.words());
      marked.add(
          new During(typed.size() == 1 ? typed.getFirst() : new All(typed), named.readings()));
      i += named.words();
      found = true;
    }
    if (!found) {
      return query;
    }
    return marked.size() == 1 ? marked.getFirst() : new All(marked);
  }

  /**
   * The dates {@code query} names, each as it stands in {@code text}, the query as typed, with the
   * days it spans; {@code null} when it names none, as {@link SearchResult#publishedThen} says.
   */
  public static List<PublishedThen> publishedThen(UserQuery query, String text) {
    List<UserQuery> parts = query instanceof All all ? all.parts() : List.of(query);
    List<PublishedThen> named = new ArrayList<>();
    for (UserQuery part : parts) {
      if (part instanceof During during) {
        List<UserQuery> words =
            during.typed() instanceof All all ? all.parts() : List.of(during.typed());
        String typed =
            text.substring(((Text) words.getFirst()).start(), ((Text) words.getLast()).end());
        for (DateRange period : during.periods()) {
          named.add(new PublishedThen(typed, period.from().toString(), period.to().toString()));
        }
      }
    }
    return named.isEmpty() ? null : named;
  }

  /**
   * The date that the parts from {@code i} on begin with, the longest way of reading it, or null.
   */
  private static Named named(List<UserQuery> parts, int i) {
    UserQuery first = parts.get(i);
    UserQuery second = at(parts, i + 1);
    UserQuery third = at(parts, i + 2);
    Named day = day(month(second), day(first), year(third));
    if (day == null) {
      day = day(month(first), day(second), year(third));
    }
    if (day != null) {
      return day;
    }
    Named inMonth = partOfMonth(parts, i);
    if (inMonth != null) {
      return inMonth;
    }
    Months months = months(first);
    if (months != null) {
      boolean of = "of".equalsIgnoreCase(plain(second));
      Year year = year(of ? third : second);
      if (year != null) {
        return new Named(of ? 3 : 2, months.in(year));
      }
    }
    return iso(plain(first));
  }

  /**
   * The part of a month that the parts from {@code i} on name before the month and its year ("mid
   * March 2024", "mid-March 2024", "last week of March 2024"), or null. A week is the month's seven
   * days it counts, the last week its last seven ({@link During#periods} widens it).
   */
  private static Named partOfMonth(List<UserQuery> parts, int i) {
    String first = name(parts.get(i));
    if (first == null) {
      return null;
    }
    if (WEEKS.containsKey(first)
        && "week".equals(name(at(parts, i + 1)))
        && "of".equals(name(at(parts, i + 2)))) {
      YearMonth month = month(at(parts, i + 3), at(parts, i + 4));
      if (month == null) {
        return null;
      }
      int week = WEEKS.get(first);
      LocalDate from =
          week == WEEKS.get("last") ? month.atEndOfMonth().minusDays(6) : month.atDay(7 * week - 6);
      return new Named(5, new DateRange(from, from.plusDays(6)));
    }
    String[] hyphenated = first.split("-", 2);
    Integer third = MONTH_THIRDS.get(hyphenated[0]);
    if (third == null) {
      return null;
    }
    YearMonth month =
        hyphenated.length == 2
            ? month(MONTHS.get(hyphenated[1]), at(parts, i + 1))
            : month(at(parts, i + 1), at(parts, i + 2));
    if (month == null) {
      return null;
    }
    LocalDate from = month.atDay(10 * third + 1);
    LocalDate to = third == 2 ? month.atEndOfMonth() : from.plusDays(9);
    return new Named(hyphenated.length == 2 ? 2 : 3, new DateRange(from, to));
  }

  /** The month of a year that {@code month} and {@code year} name, or null. */
  private static YearMonth month(UserQuery month, UserQuery year) {
    return month(month(month), year);
  }

  private static YearMonth month(Month month, UserQuery year) {
    Year named = year(year);
    return month == null || named == null ? null : named.atMonth(month);
  }

  /** The part at {@code i}, or null past the end. */
  private static UserQuery at(List<UserQuery> parts, int i) {
    return i < parts.size() ? parts.get(i) : null;
  }

  /** The months {@code part} names, a month ("aug.") or a part of a year ("summer"), or null. */
  private static Months months(UserQuery part) {
    Month month = month(part);
    String name = name(part);
    return month != null ? new Months(month, month) : name == null ? null : YEAR_PARTS.get(name);
  }

  /** The day {@code day} of {@code month} in {@code year}, three words, or null. */
  private static Named day(Month month, Integer day, Year year) {
    if (month == null || day == null || year == null || !year.atMonth(month).isValidDay(day)) {
      return null;
    }
    LocalDate named = year.atMonth(month).atDay(day);
    return new Named(3, new DateRange(named, named));
  }

  /** A year, an ISO month or an ISO day, written as one word, or null. */
  private static Named iso(String word) {
    if (word == null) {
      return null;
    }
    Year year = year(word);
    if (year != null) {
      return new Named(1, new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth()));
    }
    Matcher part = HYPHENATED.matcher(word.toLowerCase(Locale.ROOT));
    if (part.matches() && YEAR_PARTS.containsKey(part.group(1)) && year(part.group(2)) != null) {
      return new Named(1, YEAR_PARTS.get(part.group(1)).in(year(part.group(2))));
    }
    List<LocalDate> inFigures = inFigures(word);
    if (!inFigures.isEmpty()) {
      return new Named(1, inFigures.stream().map(day -> new DateRange(day, day)).toList());
    }
    Matcher day = ISO_DAY.matcher(word);
    Matcher month = ISO_MONTH.matcher(word);
    try {
      if (day.matches() && year(day.group(1)) != null) {
        LocalDate named = LocalDate.parse(word);
        return new Named(1, new DateRange(named, named));
      }
      if (month.matches() && year(month.group(1)) != null) {
        YearMonth named = YearMonth.parse(word);
        return new Named(1, new DateRange(named.atDay(1), named.atEndOfMonth()));
      }
    } catch (DateTimeParseException e) {
      return null; // 2024-13 or 2024-02-30: digits, not a date
    }
    return null;
  }

  /**
   * The days {@code word} writes in figures with slashes or dots, none when it is not a date, and
   * both when it is a date either way round ("5/6/2023": May 6 or June 5), earlier first.
   */
  private static List<LocalDate> inFigures(String word) {
    Matcher slashed = SLASHED.matcher(word);
    Matcher dotted = DOTTED.matcher(word);
    Matcher yearFirst = YEAR_FIRST.matcher(word);
    LocalDate day;
    if (yearFirst.matches()) {
      day = date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
    } else if (dotted.matches()) {
      day = date(dotted.group(3), dotted.group(2), dotted.group(1));
    } else if (slashed.matches()) {
      LocalDate dayFirst = date(slashed.group(3), slashed.group(2), slashed.group(1));
      LocalDate monthFirst = date(slashed.group(3), slashed.group(1), slashed.group(2));
      if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
        return dayFirst.isBefore(monthFirst)
            ? List.of(dayFirst, monthFirst)
            : List.of(monthFirst, dayFirst);
      }
      day = dayFirst == null ? monthFirst : dayFirst;
    } else {
      day = null;
    }
    return day == null ? List.of() : List.of(day);
  }

  /**
   * The day of those figures, or null when the year is out of range or the day not in the month. A
   * year of two figures is of the century that puts it from {@value #FIRST_YEAR} on ("24" is 2024,
   * "98" 1998).
   */
  private static LocalDate date(String year, String month, String day) {
    Year named =
        year.length() == 2
            ? Year.of(FIRST_YEAR + Math.floorMod(Integer.parseInt(year) - FIRST_YEAR, 100))
            : year(year);
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    return named == null || m < 1 || m > 12 || !named.atMonth(m).isValidDay(d)
        ? null
        : named.atMonth(m).atDay(d);
  }

  /** The year {@code part} is, as a plain word, or null. */
  private static Year year(UserQuery part) {
    return year(plain(part));
  }

  private static Year year(String word) {
    if (word == null || word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int year = Integer.parseInt(word);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? Year.of(year) : null;
  }

  /** The day of a month {@code part} is as a plain word ("17", "17th", "17,"), or null. */
  private static Integer day(UserQuery part) {
    String word = plain(part);
    Matcher day = word == null ? null : DAY.matcher(word.toLowerCase(Locale.ROOT));
    return day != null && day.matches() ? Integer.valueOf(day.group(1)) : null;
  }

  /** The month {@code part} names, as a plain word ("aug." and "april," too), or null. */
  private static Month month(UserQuery part) {
    String name = name(part);
    return name == null ? null : MONTHS.get(name);
  }

  /** {@code part} as a plain word in lower case without a last full stop or comma, or null. */
  private static String name(UserQuery part) {
    String word = plain(part);
    return word == null ? null : word.toLowerCase(Locale.ROOT).replaceFirst("[.,]$", "");
  }

  /** {@code part}'s text when it is a plain word of the text, else null. */
  private static String plain(UserQuery part) {
    return part instanceof Text text && text.field() == null && !text.phrase() && !text.prefix()
        ? text.text()
        : null;
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new TreeMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      months.put(name, month);
      months.put(name.substring(0, 3), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
