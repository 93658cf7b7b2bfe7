package newsarchive.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the facet counts, date histogram and spelling suggestion.
 *
 * @param total how many articles (or with {@code count=stories}, distinct stories) match the query
 *     and all filters
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param sort the order applied
 * @param tookMs time spent answering, in milliseconds
 * @param partial whether the time limit cut the search short, so counts and hits may be incomplete
 * @param hits the articles on this page; with {@code group=story}, one per story
 * @param facets per dimension ({@code company}, {@code topic}, {@code source}): top values by count
 *     with drill-sideways semantics, plus every selected value
 * @param histogram article counts per period for the query and facet filters, ignoring the dates
 * @param interval the histogram's bucket width
 * @param suggestion a corrected query that finds more, or {@code null}
 * @param nextCursor where the next page starts, for walking deeper than page numbers allow, or
 *     {@code null} on the last page
 * @param partialTotal how many articles follow the all-words matches because they miss some of the
 *     words (with all filters), or {@code null} when this page has not reached them; estimated past
 *     {@link SearchRequest#exactUpTo}, as {@code partialSampled} tells
 * @param sampled {@code null} when every match was counted; else {@code total}, the facet counts
 *     and the histogram are estimates: the matches among this fraction of the stories (a fixed
 *     pseudo random choice), counted and scaled up (see {@link SearchRequest#exactUpTo})
 * @param partialSampled as {@code sampled}, for {@code partialTotal}
 * @param otherWords the other words parts of the query also matched, in the query's order, or
 *     {@code null} when none did
 * @param publishedThen the dates the query names that also match the articles published then, in
 *     the query's order, or {@code null} when it names none
 * @param corrected when no article had every word of the query as typed but its spelling
 *     correction's words, the correction this result is for; else {@code null}
 */
public record SearchResult(
    long total,
    int page,
    int size,
    String sort,
    long tookMs,
    boolean partial,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    List<Bucket> histogram,
    String interval,
    String suggestion,
    String nextCursor,
    Long partialTotal,
    Double sampled,
    Double partialSampled,
    List<OtherWords> otherWords,
    List<PublishedThen> publishedThen,
    Corrected corrected) {

  /** The same result, answered in {@code tookMs}. */
  public SearchResult withTookMs(long tookMs) {
    return new SearchResult(
        total,
        page,
        size,
        sort,
        tookMs,
        partial,
        hits,
        facets,
        histogram,
        interval,
        suggestion,
        nextCursor,
        partialTotal,
        sampled,
        partialSampled,
        otherWords,
        publishedThen,
        corrected);
  }

  /** The same result, for the spelling correction {@code corrected} of the query typed. */
  public SearchResult correcting(Corrected corrected) {
    return new SearchResult(
        total,
        page,
        size,
        sort,
        tookMs,
        partial,
        hits,
        facets,
        histogram,
        interval,
        null,
        nextCursor,
        partialTotal,
        sampled,
        partialSampled,
        otherWords,
        publishedThen,
        corrected);
  }

  /**
   * The spelling correction a result is for, as Google's "Showing results for …".
   *
   * @param query the corrected query text, searched in place of the one typed
   * @param typedExactly the query as typed with each corrected word quoted, which searches for the
   *     words as typed ("Search instead for …")
   */
  public record Corrected(String query, String typedExactly) {}

  /**
   * The other words a part of the query also matched ({@code Synonyms}), for the page to say so.
   *
   * @param typed the part as typed, a word or several
   * @param others the other words it matched as well
   */
  public record OtherWords(String typed, List<String> others) {}

  /**
   * A date the query names, which also matches the articles published then ({@code QueryDates}),
   * for the page to say so.
   *
   * @param typed the date as typed, a word or several ("2024", "april 29, 2026")
   * @param from the first day it spans, ISO-8601
   * @param to the last day it spans, ISO-8601
   */
  public record PublishedThen(String typed, String from, String to) {}

  /**
   * One matching article.
   *
   * @param id the article id, for {@code /api/articles/{id}}
   * @param title the plain headline (show it with textContent)
   * @param titleHtml the headline HTML-escaped with {@code <mark>} around matches
   * @param published the publication day (UTC), or {@code null} when undated
   * @param source the publisher, or {@code null}
   * @param url the original address, or {@code null}
   * @param companies the companies the article is tagged with
   * @param topics the topics the article is tagged with
   * @param snippet a passage of the body, HTML-escaped, with {@code <mark>} around matches
   * @param match {@code all} when the article has every word of the query, {@code partial} when it
   *     follows the all-words matches missing some
   * @param missing the words (as typed) a partial match lacks, or {@code null} for an all-words one
   * @param versions with {@code group=story}: how many matching articles tell this story, this one
   *     included; else {@code null}
   * @param otherVersions with {@code group=story}: the story's other matching articles, first
   *     published first (at most {@link #MAX_OTHER_VERSIONS}); else {@code null}
   */
  public record Hit(
      String id,
      String title,
      String titleHtml,
      LocalDate published,
      String source,
      String url,
      List<String> companies,
      List<String> topics,
      String snippet,
      String match,
      List<String> missing,
      Integer versions,
      List<Version> otherVersions) {

    /** The value of {@link #match} for an article with every word. */
    public static final String ALL = "all";

    /** The value of {@link #match} for an article missing some words. */
    public static final String PARTIAL = "partial";

    /** The most other versions a hit lists; {@code versions} still counts them all. */
    public static final int MAX_OTHER_VERSIONS = 20;

    /**
     * The same hit as one of the {@code versions} matching articles of its story, listing the
     * others among {@code listed} (which may hold this one too, and must hold at least the first
     * published of the others) first published first (undated last), at most {@link
     * #MAX_OTHER_VERSIONS}.
     */
    public Hit inStory(long versions, List<Version> listed) {
      List<Version> others =
          listed.stream()
              .filter(version -> !version.id().equals(id))
              .sorted(
                  Comparator.comparing(
                          Version::published, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Version::id))
              .limit(MAX_OTHER_VERSIONS)
              .toList();
      return new Hit(
          id,
          title,
          titleHtml,
          published,
          source,
          url,
          companies,
          topics,
          snippet,
          match,
          missing,
          (int) Math.max(1, versions),
          others);
    }
  }

  /**
   * Another article telling a hit's story.
   *
   * @param id the article id
   * @param title the plain headline
   * @param source the publisher, or {@code null}
   * @param published the publication day (UTC), or {@code null}
   */
  public record Version(String id, String title, String source, LocalDate published) {}

  /**
   * One facet value.
   *
   * @param value the company, topic or source
   * @param count how many hits (articles, or stories with {@code count=stories}) selecting it would
   *     give, given the other facets' selections
   * @param selected whether the request selected it
   */
  public record FacetValue(String value, long count, boolean selected) {}

  /**
   * One histogram bar.
   *
   * @param period the bucket, in the form {@code from}/{@code to} accept: 2026, 2026-04 or
   *     2026-04-29
   * @param count how many articles fall in it
   */
  public record Bucket(String period, long count) {}
}
