package newsarchive.query;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.DateRange;

/**
 * The years and months a query names, as readers of a news archive write them ("internet outages
 * 2021", "chip news august 2022", "Sam Altman November 2023"): each also matches the articles
 * published then, since a report of an event seldom prints its own year. A year is four digits from
 * 1970 to 2099, a month its English name or three-letter abbreviation right before a year; each
 * stays a word of the text too, so "Office 2021" still finds the words.
 */
final class QueryDates {

  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2099;

  /** Month names and their abbreviations ("sept" too), lower case. */
  private static final Map<String, Month> MONTHS = months();

  private QueryDates() {}

  /** {@code query} with each year or month among its top-level plain words made {@link During}. */
  static UserQuery marked(UserQuery query) {
    if (query instanceof Text text) {
      Year year = year(text);
      return year == null ? query : during(text, year);
    }
    if (!(query instanceof All all)) {
      return query;
    }
    List<UserQuery> parts = all.parts();
    List<UserQuery> marked = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Month month = month(parts.get(i));
      Year year = i + 1 < parts.size() ? year(parts.get(i + 1)) : null;
      if (month != null && year != null) {
        YearMonth named = year.atMonth(month);
        marked.add(
            new During(
                new All(List.of(parts.get(i), parts.get(i + 1))),
                new DateRange(named.atDay(1), named.atEndOfMonth())));
        i++;
      } else if (year(parts.get(i)) != null) {
        marked.add(during(parts.get(i), year(parts.get(i))));
      } else {
        marked.add(parts.get(i));
      }
    }
    return marked.size() == 1 ? marked.getFirst() : new All(marked);
  }

  private static During during(UserQuery typed, Year year) {
    return new During(typed, new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth()));
  }

  /** The year {@code part} is, as a plain word, or null. */
  private static Year year(UserQuery part) {
    String word = plain(part);
    if (word == null || word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int year = Integer.parseInt(word);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? Year.of(year) : null;
  }

  /** The month {@code part} names, as a plain word ("aug." too), or null. */
  private static Month month(UserQuery part) {
    String word = plain(part);
    if (word == null) {
      return null;
    }
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
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
