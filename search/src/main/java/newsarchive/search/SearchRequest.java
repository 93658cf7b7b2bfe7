package newsarchive.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One search as a user asks it: query text, facet selections, dates, order and the page wanted.
 *
 * @param query the user's query text (see README "Query syntax"); blank lists everything
 * @param prefix whether the word being typed also matches as the start of longer words
 * @param selections the selected values per facet dimension (see {@link SearchService#dimensions}):
 *     OR'ed within a dimension, AND'ed across dimensions
 * @param dates the inclusive publication range
 * @param sort the order of hits
 * @param page the 1-based page number
 * @param size hits per page
 * @param cursor an opaque position from a previous result's {@code nextCursor}, or {@code null}
 * @param facetSize how many top values each facet lists (selected values are always added)
 * @param interval the histogram bucket width, or {@code null} to choose one from the span
 * @param group whether hits are articles or stories ({@link Grouping#NONE} when null)
 * @param count whether {@code total} and facets count articles or stories (articles when null)
 * @param companyRole which articles count for a company in the company filter and counts
 * @param exactUpTo up to how many matches a search counts every one; past that, {@code total}, the
 *     facets and the histogram are estimated from a sample of the stories ({@link #EXACT_ALWAYS} to
 *     count every match however many)
 * @param highlight whether hits carry their matches marked in the title and a snippet around the
 *     best ones; without, each hit carries its escaped title and the opening of its body, and the
 *     search skips re-analysing the hits' text (a client that wants only the ranking)
 */
public record SearchRequest(
    String query,
    Prefix prefix,
    Map<String, List<String>> selections,
    DateRange dates,
    SortOrder sort,
    int page,
    int size,
    String cursor,
    int facetSize,
    Interval interval,
    Grouping group,
    Counting count,
    CompanyRole companyRole,
    long exactUpTo,
    boolean highlight) {

  /**
   * How many matches a search counts exactly unless asked otherwise: a sample of fifty thousand
   * gives the total and the top values within about 1% and every count with a few hundred sampled
   * matches within 5–10%, and costs a few milliseconds where counting ten million matches costs
   * hundreds. (Elasticsearch counts hits exactly up to 10,000 by default.) At 10M, 100,000 cost the
   * bench mix's median a few milliseconds more for errors √2 smaller.
   */
  public static final long EXACT_UP_TO = 50_000;

  /** For {@link #exactUpTo}: count every match. */
  public static final long EXACT_ALWAYS = Long.MAX_VALUE;

  /** The largest page size. */
  public static final int MAX_SIZE = 100;

  /** The deepest hit reachable by page numbers; deeper needs the cursor. */
  public static final int MAX_WINDOW = 10_000;

  /** The largest number of values a facet lists. */
  public static final int MAX_FACET_SIZE = 100;

  public SearchRequest {
    query = Objects.requireNonNullElse(query, "");
    prefix = Objects.requireNonNullElse(prefix, Prefix.NONE);
    selections = nonEmpty(selections == null ? Map.of() : selections);
    dates = Objects.requireNonNullElse(dates, DateRange.ALL);
    companyRole = Objects.requireNonNullElse(companyRole, CompanyRole.ANY);
    sort =
        Objects.requireNonNullElse(sort, query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE);
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidRequestException.parameter(
          "size must be between 1 and " + MAX_SIZE + ", got " + size + ".");
    }
    if (page < 1) {
      throw InvalidRequestException.parameter("page must be 1 or more, got " + page + ".");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw InvalidRequestException.parameter(
          "page × size must be at most "
              + MAX_WINDOW
              + " (got "
              + page
              + " × "
              + size
              + "); use the cursor from nextCursor to walk further.");
    }
    group = Objects.requireNonNullElse(group, Grouping.NONE);
    count = Objects.requireNonNullElse(count, Counting.ARTICLES);
    if (cursor != null && group == Grouping.STORY) {
      throw InvalidRequestException.parameter(
          "cursor walks articles, not stories: use it with group=none, or page with group=story.");
    }
    if (cursor != null && page != 1) {
      throw InvalidRequestException.parameter("use either page or cursor, not both.");
    }
    if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
      throw InvalidRequestException.parameter(
          "facetSize must be between 1 and " + MAX_FACET_SIZE + ", got " + facetSize + ".");
    }
    if (exactUpTo < 1) {
      throw InvalidRequestException.parameter(
          "exactUpTo must be 1 or more (or 'all'), got " + exactUpTo + ".");
    }
  }

  /** A request that counts exactly up to {@link #EXACT_UP_TO} matches, with highlights. */
  public SearchRequest(
      String query,
      Prefix prefix,
      Map<String, List<String>> selections,
      DateRange dates,
      SortOrder sort,
      int page,
      int size,
      String cursor,
      int facetSize,
      Interval interval,
      Grouping group,
      Counting count,
      CompanyRole companyRole) {
    this(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        EXACT_UP_TO,
        true);
  }

  /**
   * A request that lists articles one by one, counts articles (no story grouping) and counts every
   * article that names a company ({@link CompanyRole#ANY}).
   */
  public SearchRequest(
      String query,
      Prefix prefix,
      Map<String, List<String>> selections,
      DateRange dates,
      SortOrder sort,
      int page,
      int size,
      String cursor,
      int facetSize,
      Interval interval) {
    this(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        null,
        null,
        null);
  }

  /** A first page of 20 hits for {@code query} with no filters, in the default order. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, 1, 20, null, 20, null);
  }

  /**
   * Whether this lists the whole archive with the counts of every company named: no query text, no
   * facet selection, no dates, {@link CompanyRole#ANY}.
   */
  public boolean listsEverything() {
    return query.isBlank()
        && selections.isEmpty()
        && dates.equals(DateRange.ALL)
        && companyRole == CompanyRole.ANY;
  }

  /** The values selected in {@code dimension}, or none. */
  public List<String> selected(String dimension) {
    return selections.getOrDefault(dimension, List.of());
  }

  /** The same request with these selections per facet dimension. */
  public SearchRequest withSelections(Map<String, List<String>> selections) {
    return new SearchRequest(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        exactUpTo,
        highlight);
  }

  /**
   * The selections in the order given, without empty ones. Which dimensions exist is the search
   * service's to say ({@link SearchService#dimensions}), so it checks them.
   */
  private static Map<String, List<String>> nonEmpty(Map<String, List<String>> given) {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    given.forEach(
        (dimension, values) -> {
          if (values != null && !values.isEmpty()) {
            ordered.put(dimension, List.copyOf(values));
          }
        });
    return Collections.unmodifiableMap(ordered);
  }

  /** The same request for the query text {@code query}. */
  public SearchRequest withQuery(String query) {
    return new SearchRequest(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        exactUpTo,
        highlight);
  }

  /** The same request with this page size. */
  public SearchRequest withSize(int size) {
    return new SearchRequest(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        exactUpTo,
        highlight);
  }

  /** The same request counting exactly up to {@code exactUpTo} matches. */
  public SearchRequest withExactUpTo(long exactUpTo) {
    return new SearchRequest(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        exactUpTo,
        highlight);
  }

  /** The same request in this order. */
  public SearchRequest withSort(SortOrder sort) {
    return new SearchRequest(
        query,
        prefix,
        selections,
        dates,
        sort,
        page,
        size,
        cursor,
        facetSize,
        interval,
        group,
        count,
        companyRole,
        exactUpTo,
        highlight);
  }
}
