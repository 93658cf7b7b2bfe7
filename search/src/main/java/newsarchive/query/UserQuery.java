package newsarchive.query;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import newsarchive.search.DateRange;
import newsarchive.search.Prefix;

/** A parsed user query: the tree {@link UserQueryParser} builds, free of any search library. */
public sealed interface UserQuery {

  /** The query that matches everything (what a blank query means). */
  UserQuery EVERYTHING = new All(List.of());

  /** The fields a term can be limited to with a {@code field:} prefix. */
  enum Field {
    TITLE,
    BODY,
    COMPANY,
    TOPIC,
    SOURCE
  }

  /**
   * A word, phrase or prefix, in one field or (when {@code field} is {@code null}) title and body.
   *
   * @param slop for a phrase, how many moves of its words (each a word's step left or right) a
   *     match may take: 0 for the words in a row, as typed; {@code "openai amazon"~3} finds "OpenAI
   *     adds Amazon" and "Amazon, which OpenAI"
   * @param completing whether this is the word still being typed, matching as itself or as the
   *     start of a longer word (see {@link Prefix#LAST})
   * @param start offset of the term's first character in the query text
   * @param end offset just past the term's last character
   */
  record Text(
      Field field,
      String text,
      boolean phrase,
      int slop,
      boolean prefix,
      boolean completing,
      int start,
      int end)
      implements UserQuery {}

  /** Every part must match; {@link Not} parts must not. An empty list matches everything. */
  record All(List<UserQuery> parts) implements UserQuery {
    public All {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part must match. */
  record Any(List<UserQuery> parts) implements UserQuery {
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /** The part must not match. */
  record Not(UserQuery part) implements UserQuery {}

  /**
   * A year, month or day the query names ("2021", "august 2022"): the words as typed, or an article
   * published in one of the {@code readings} or in the days after ({@link #reported}); one part of
   * the query, labelled as typed ({@link QueryDates}). A date has one reading, except a day in
   * figures that is a date either way round ("12/1/2022": December 1 in the United States, January
   * 12 in Europe), which has both.
   */
  record During(UserQuery typed, List<DateRange> readings) implements UserQuery {

    public During {
      readings = List.copyOf(readings);
    }

    public During(UserQuery typed, DateRange published) {
      this(typed, List.of(published));
    }

    /** The days after a day named that still report its news. */
    static final int WEEK_AFTER = 7;

    /** The days of a week named by its place in a month ("the last week of October 2025"). */
    static final int WEEK = 7;

    /**
     * The period each reading stands for: itself, except a week of a month, which stands for the
     * calendar weeks, Monday to Sunday, that hold it, since a reader of "the last week of July
     * 2024" may mean its last seven days (25 to 31) or its last week from Monday to Sunday (22 to
     * 28).
     */
    public List<DateRange> periods() {
      return readings.stream()
          .map(
              reading ->
                  length(reading) == WEEK
                      ? new DateRange(
                          reading.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                          reading.to().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))
                      : reading)
          .toList();
    }

    /**
     * The days an article about each period is published in: the period and the day after, when the
     * news of its last day appears (a launch late on November 30 is reported on December 1); for a
     * day, the week after it too, when the cause of an outage or the fallout of a deal is reported
     * ("aws outage dec. 7, 2021 root cause" asks for the explanation AWS gave four days later).
     */
    public List<DateRange> reported() {
      return periods().stream()
          .map(
              period ->
                  new DateRange(
                      period.from(), period.to().plusDays(length(period) == 1 ? WEEK_AFTER : 1)))
          .toList();
    }

    private static long length(DateRange days) {
      return ChronoUnit.DAYS.between(days.from(), days.to()) + 1;
    }

    /**
     * The readings of a day or a week, whose own articles rank above those of the days reported
     * around them ("12/1/2022" lists December 1's before the follow-ups); a year's or a month's day
     * after is a day of it.
     */
    public List<DateRange> days() {
      return readings.stream().filter(reading -> length(reading) <= WEEK).toList();
    }
  }

  /**
   * The words as typed, a word or several in a row, or any of the other words for them, which count
   * less, or any of their equivalents, which count as the typed words do: another name of the same
   * thing (a company's former name, nickname, full name or ticker) or the reporter's word a one-way
   * mapping gives for a reader's phrase ({@link Synonyms#expand}). One part of the query, labelled
   * as typed.
   */
  record Synonymous(UserQuery typed, List<Text> others, List<Text> equivalents)
      implements UserQuery {
    public Synonymous {
      others = List.copyOf(others);
      equivalents = List.copyOf(equivalents);
    }

    /** Only other words, no equivalents. */
    public Synonymous(UserQuery typed, List<Text> others) {
      this(typed, others, List.of());
    }

    /** The equivalents, then the other words. */
    public List<Text> alternatives() {
      List<Text> all = new java.util.ArrayList<>(equivalents);
      all.addAll(others);
      return all;
    }
  }
}
