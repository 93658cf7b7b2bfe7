package newsarchive.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One query of the benchmark mix, as the URL parameters of {@code /api/search} give it.
 *
 * @param name a short label for tables
 * @param text the user's query text, blank to browse everything
 * @param companies selected companies (OR'ed)
 * @param topics selected topics (OR'ed)
 * @param from first day of the date filter, inclusive, or {@code null}
 * @param to last day of the date filter, inclusive, or {@code null}
 */
record BenchQuery(
    String name,
    String text,
    List<String> companies,
    List<String> topics,
    LocalDate from,
    LocalDate to) {

  /** The bundled query mix. */
  static List<BenchQuery> mix() {
    return BundledText.lines("queries.tsv").stream()
        .map(line -> parse(line.split("\t", 2)[0], line.split("\t", 2)[1]))
        .toList();
  }

  /** Parse URL parameters such as {@code q=cloud&company=Amazon&from=2024-01}. */
  static BenchQuery parse(String name, String parameters) {
    String text = "";
    List<String> companies = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (String pair : parameters.split("&")) {
      String key = pair.substring(0, pair.indexOf('='));
      String value =
          URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
      switch (key) {
        case "q" -> text = value;
        case "company" -> companies.add(value);
        case "topic" -> topics.add(value);
        case "from" -> from = firstDay(value);
        case "to" -> to = lastDay(value);
        default -> throw new IllegalArgumentException("unknown parameter " + key + " in " + name);
      }
    }
    return new BenchQuery(name, text, List.copyOf(companies), List.copyOf(topics), from, to);
  }

  /**
   * The request as URL parameters for {@code /api/search}, with a page of ten hits, counting every
   * match when {@code exact} (else as the page asks: estimated from a sample past {@code
   * exactUpTo}'s default).
   */
  String urlParameters(boolean exact) {
    List<String> pairs = new ArrayList<>();
    pairs.add("q=" + encode(text));
    companies.forEach(c -> pairs.add("company=" + encode(c)));
    topics.forEach(t -> pairs.add("topic=" + encode(t)));
    if (from != null) {
      pairs.add("from=" + from);
    }
    if (to != null) {
      pairs.add("to=" + to);
    }
    pairs.add("size=10");
    if (exact) {
      pairs.add("exactUpTo=all");
    }
    return pairs.stream().collect(Collectors.joining("&"));
  }

  /** Whether the query has a date filter. */
  boolean dated() {
    return from != null || to != null;
  }

  /** The first instant of the date filter in epoch milliseconds, or the smallest long. */
  long fromMillis() {
    return from == null
        ? Long.MIN_VALUE
        : from.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** The last instant of the date filter in epoch milliseconds, or the largest long. */
  long toMillis() {
    return to == null
        ? Long.MAX_VALUE
        : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
  }

  private static LocalDate firstDay(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  private static LocalDate lastDay(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
