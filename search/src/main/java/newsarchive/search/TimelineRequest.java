package newsarchive.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newsarchive.index.ArticleSchema;

/**
 * Coverage over time: for each series, the articles per period that match a search and have the
 * series' value, as counts or as a share of all the search's articles in the period.
 *
 * @param search the query, facet selections and dates that every series and the denominator share;
 *     its {@code interval} is the period width, or {@code null} to choose one from the span
 * @param series the values to chart, at most {@link #MAX_SERIES}; empty to chart {@code top}
 * @param top the dimension whose most frequent values (among the search's matches) to chart when no
 *     series is given, or {@code null} for {@link #DEFAULT_TOP}
 * @param normalize whether points carry a share of the period's matches too
 */
public record TimelineRequest(
    SearchRequest search, List<DimensionValue> series, Top top, Normalize normalize) {

  /** The most series one timeline charts. */
  public static final int MAX_SERIES = 10;

  /** The most periods one timeline lists. */
  public static final int MAX_PERIODS = 5000;

  /** What a timeline without series charts: the five companies most in the matches. */
  public static final Top DEFAULT_TOP = new Top(ArticleSchema.COMPANY, 5);

  public TimelineRequest {
    series = List.copyOf(Objects.requireNonNullElse(series, List.of()));
    normalize = Objects.requireNonNullElse(normalize, Normalize.COUNT);
    if (!series.isEmpty() && top != null) {
      throw InvalidRequestException.parameter("use either series or top, not both.");
    }
    top = series.isEmpty() ? Objects.requireNonNullElse(top, DEFAULT_TOP) : null;
    if (series.size() > MAX_SERIES) {
      throw InvalidRequestException.parameter(
          "at most " + MAX_SERIES + " series may be charted at once, got " + series.size() + ".");
    }
    if (new HashSet<>(series).size() < series.size()) {
      throw InvalidRequestException.parameter("each series may be given only once.");
    }
  }

  /**
   * The most frequent values of a dimension.
   *
   * @param dimension the name of one of the {@link SearchService#dimensions}
   * @param count how many, 1 to {@link #MAX_SERIES}
   */
  public record Top(String dimension, int count) {

    /**
     * Read {@code company:5} given as the {@code top} parameter, the dimension one of {@code
     * dimensions}, or a clear error.
     */
    public static Top parse(String text, List<String> dimensions) {
      DimensionValue given = DimensionValue.parse("top", text, dimensions);
      try {
        return new Top(given.dimension(), Integer.parseInt(given.value()));
      } catch (NumberFormatException e) {
        throw InvalidRequestException.parameter(
            "top must be a dimension and a count as company:5, got '" + text + "'.");
      }
    }

    public Top {
      if (count < 1 || count > MAX_SERIES) {
        throw InvalidRequestException.parameter(
            "top must ask for 1 to " + MAX_SERIES + " values, got " + count + ".");
      }
    }
  }

  /** Whether a timeline gives counts alone or each count's share of the period's matches too. */
  public enum Normalize {
    /** Articles per period. */
    COUNT,
    /** Articles per period, and that divided by all matching articles of the period. */
    SHARE;

    /** The choice named {@code name} (case-insensitive), or a clear error naming the choices. */
    public static Normalize parse(String name) {
      for (Normalize normalize : values()) {
        if (normalize.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
          return normalize;
        }
      }
      throw InvalidRequestException.parameter(
          "normalize must be one of count, share, got '" + name + "'.");
    }

    /** The lower-case name used in URLs. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
