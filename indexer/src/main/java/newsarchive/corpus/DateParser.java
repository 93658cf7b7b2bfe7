package newsarchive.corpus;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates news files carry: {@code April 29, 2026}, ISO dates ({@code
 * 2026-04-29}), ISO-8601 date-times ({@code 2026-04-29T10:15:00Z}, with or without an offset) and
 * RFC 822 ({@code Wed, 29 Apr 2026 10:15:00 GMT}). Dates and times without a zone are taken as UTC.
 */
public final class DateParser {

  private static final List<DateTimeFormatter> FORMS =
      List.of(
          DateTimeFormatter.ISO_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          // RFC 822 also allows leaving out the weekday and the seconds.
          english("[EEE, ]d MMM uuuu HH:mm[:ss] Z"),
          english("uuuu-MM-dd HH:mm[:ss]"),
          english("MMMM d, uuuu"),
          english("MMM d, uuuu"),
          english("MMM. d, uuuu"),
          english("d MMMM uuuu"),
          english("d MMM uuuu"));

  /**
   * RFC 822's zone names with their fixed offsets; java.time would read "EST" as New York time,
   * daylight saving included, which RFC 822 does not mean.
   */
  private static final Map<String, String> RFC_822_ZONES =
      Map.of(
          "UT", "+0000", "GMT", "+0000", "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT",
          "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");

  private static final Pattern RFC_822_ZONE = Pattern.compile(" ([A-Z]{2,3})$");

  private DateParser() {}

  /** The instant {@code text} names, or empty when it is in none of the known forms. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip().replace('\u00A0', ' ');
    Matcher zone = RFC_822_ZONE.matcher(value);
    if (zone.find() && RFC_822_ZONES.containsKey(zone.group(1))) {
      value = zone.replaceFirst(" " + RFC_822_ZONES.get(zone.group(1)));
    }
    for (DateTimeFormatter form : FORMS) {
      try {
        return Optional.of(
            toInstant(
                form.parseBest(value, ZonedDateTime::from, LocalDateTime::from, LocalDate::from)));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * The publication instant of an article whose date reads {@code raw}, or {@code null} with a
   * warning to {@code sink} when it is missing or unparseable, so the article is indexed undated.
   */
  static Instant published(String raw, Path file, int line, ArticleSink sink) {
    if (raw == null || raw.isBlank()) {
      sink.problem(Problem.warning(file, line, "no publication date; indexed as undated"));
      return null;
    }
    Optional<Instant> instant = parse(raw);
    if (instant.isEmpty()) {
      sink.problem(
          Problem.warning(file, line, "unparseable date \"" + raw + "\"; indexed as undated"));
    }
    return instant.orElse(null);
  }

  private static Instant toInstant(TemporalAccessor parsed) {
    return switch (parsed) {
      case ZonedDateTime zoned -> zoned.toInstant();
      case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
      case LocalDate date -> date.atStartOfDay().toInstant(ZoneOffset.UTC);
      default ->
          throw new IllegalStateException("parseBest returns one of the three queried types");
    };
  }

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
