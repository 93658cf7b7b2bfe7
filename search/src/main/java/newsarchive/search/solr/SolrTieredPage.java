package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Rescore;
import newsarchive.search.SortOrder;
import newsarchive.search.solr.SolrCursor.Position;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One page of a list that never dead-ends, on SolrCloud as in the embedded index: first the
 * articles with every word (tier 0, what {@code total} and the facets count), then, when those run
 * out, the articles missing one word (tier 1), then two, down to those with a single word, each
 * tier in the request's order and walked with Solr's {@code cursorMark}. A tier is asked for only
 * when the page reaches it, so a query with enough all-words matches costs what it did before; the
 * request for tier 0 also carries the facets, so one request answers both. In relevance order, the
 * first all-words matches are reordered by a rescore ({@link SolrRescore}) when the query has one.
 */
final class SolrTieredPage {

  /** One hit of the page, its tier, and the response that holds its highlights. */
  record Ranked(int tier, SolrDocument doc, QueryResponse response) {}

  /**
   * The page's hits, where the next page starts ({@code null} after the last), and how many partial
   * matches there are in all (counted only once the page has reached them, else {@code null}).
   */
  record Page(List<Ranked> hits, Position next, Long partialTotal) {}

  private final SolrCollection collection;
  private final SolrFilters filters;
  private final SortOrder sort;
  private final String allWords;
  private final SolrQueryWords words;
  private final String facets;
  private final SolrRescore rescore;
  private final boolean highlight;
  private QueryResponse counted;

  /**
   * The first all-words matches reordered by the rescore, how many all-words matches there are, and
   * Solr's {@code cursorMark} after the window in the first order.
   */
  private record Window(List<String> ids, long found, String after) {}

  /**
   * A tiered list on {@code collection} for the compiled query {@code allWords} (tier 0), taken
   * apart as {@code words} for the other tiers, each narrowed by {@code filters}; the request for
   * tier 0 asks for {@code facets} (a JSON facet request) too. In relevance order, {@code rescore}
   * (or {@code null} for none) reorders the first all-words matches. Without {@code highlight},
   * hits come with their titles and openings unmarked.
   */
  SolrTieredPage(
      SolrCollection collection,
      SolrFilters filters,
      SortOrder sort,
      String allWords,
      SolrQueryWords words,
      String facets,
      SolrRescore rescore,
      boolean highlight) {
    this.collection = collection;
    this.filters = filters;
    this.sort = sort;
    this.allWords = allWords;
    this.words = words;
    this.facets = facets;
    this.rescore = sort == SortOrder.RELEVANCE ? rescore : null;
    this.highlight = highlight;
  }

  /**
   * The {@code size} hits from {@code start}, skipping {@code offset} more (page numbers). A tier's
   * count comes with each of its answers, so the page knows whether the tier goes on past it
   * without fetching a hit more.
   */
  Page page(Position start, long offset, int size) throws IOException {
    int tiers = words.allowsPartial() ? words.count() : 1;
    List<Ranked> hits = new ArrayList<>();
    long skip = offset;
    Long partialTotal = null;
    for (int tier = start.tier(); tier < tiers; tier++) {
      Position at = tier == start.tier() ? start : Position.startOf(tier);
      if (tier > 0 && partialTotal == null) {
        partialTotal = count(words.someButNotAll());
      }
      if (tier == 0 && rescore != null && at.passed() + skip < Rescore.WINDOW) {
        // In the reordered window: its place there, whether reached by cursor or by number.
        Window window = window();
        long place = at.passed() + skip;
        int from = (int) Math.min(place, window.ids().size());
        int to = Math.min(window.ids().size(), from + size - hits.size());
        skip = place - from; // past the window only when it holds every all-words match
        hits.addAll(read(window.ids().subList(from, to)));
        if (to < window.ids().size()) {
          Position next = new Position(0, to, CursorMarkParams.CURSOR_MARK_START);
          return new Page(hits, next, partialTotal);
        }
        if (window.found() <= to) {
          continue;
        }
        at = new Position(0, to, window.after());
        if (hits.size() == size) {
          return new Page(hits, at, partialTotal);
        }
      }
      if (skip > 0) {
        // Page numbers only: a tier wholly before the page is skipped by its count, and the page's
        // start within a tier found by walking the ids before it.
        ModifiableSolrParams skipping = params(tier);
        skipping.set("rows", (int) skip);
        skipping.set("fl", ArticleSchema.ID);
        skipping.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
        QueryResponse skipped = collection.query(skipping);
        long count = skipped.getResults().getNumFound();
        if (count <= skip) {
          skip -= count;
          continue;
        }
        at = new Position(tier, skip, skipped.getNextCursorMark());
        skip = 0;
      }
      int rows = size - hits.size();
      QueryResponse response = fetch(tier, at.mark(), rows);
      for (SolrDocument doc : response.getResults()) {
        hits.add(new Ranked(tier, doc, response));
      }
      long passed = at.passed() + response.getResults().size();
      if (response.getResults().getNumFound() > passed) {
        String mark = rows == 0 ? at.mark() : response.getNextCursorMark();
        return new Page(hits, new Position(tier, passed, mark), partialTotal);
      }
    }
    return new Page(hits, null, partialTotal);
  }

  /**
   * The first all-words matches, reordered; the request also carries the facets, so it answers
   * {@link #counted} too.
   */
  private Window window() throws IOException {
    ModifiableSolrParams params = params(0);
    params.set("rows", Rescore.WINDOW);
    params.set("fl", SolrRescore.FIELDS);
    params.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
    params.set("json.facet", facets);
    counted = collection.query(params);
    List<String> ids = new ArrayList<>();
    for (SolrDocument doc : rescore.reorder(counted.getResults())) {
      ids.add((String) doc.getFirstValue(ArticleSchema.ID));
    }
    return new Window(ids, counted.getResults().getNumFound(), counted.getNextCursorMark());
  }

  /**
   * The all-words matches {@code ids}, with their highlights and story, in the order of {@code
   * ids}; one that is gone (a reindex committed since) is left out.
   */
  List<Ranked> read(List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams read = params(0);
    read.add("fq", SolrQueryCompiler.anyOf(ArticleSchema.ID, ids));
    read.set("rows", ids.size());
    // The body too: a snippet's ellipses depend on where in the body its passage lies.
    read.set(
        "fl",
        String.join(",", SolrArticles.LISTED_FIELDS, ArticleSchema.BODY, ArticleSchema.STORY));
    SolrHighlights.forHits(read, highlight);
    QueryResponse response = collection.query(read);
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument doc : response.getResults()) {
      byId.put((String) doc.getFirstValue(ArticleSchema.ID), doc);
    }
    List<Ranked> ranked = new ArrayList<>();
    for (String id : ids) {
      if (byId.containsKey(id)) {
        ranked.add(new Ranked(0, byId.get(id), response));
      }
    }
    return ranked;
  }

  /**
   * {@code ranked}, all-words matches in the request's order each read with {@link
   * SolrRescore#FIELDS}, with the first reordered by the rescore in relevance order.
   */
  List<SolrDocument> reordered(List<SolrDocument> ranked) throws IOException {
    return rescore == null ? ranked : rescore.reorder(ranked);
  }

  /**
   * The answer to tier 0's request, with {@code total} and the facets, asked now if the page did
   * not.
   */
  QueryResponse counted() throws IOException {
    if (counted == null) {
      fetch(0, null, 0);
    }
    return counted;
  }

  /**
   * {@code rows} hits of {@code tier} from {@code mark}, highlighted for every word (an article
   * missing some is marked where it has the others), each partial match with the words it has; or,
   * for no rows, the tier's count alone.
   */
  private QueryResponse fetch(int tier, String mark, int rows) throws IOException {
    ModifiableSolrParams params = params(tier);
    params.set("rows", rows);
    if (rows > 0) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      List<String> fields = new ArrayList<>();
      // The body too: a snippet's ellipses depend on where in the body its passage lies.
      fields.add(SolrArticles.LISTED_FIELDS + "," + ArticleSchema.BODY);
      SolrHighlights.forHits(params, highlight);
      if (tier > 0) {
        fields.addAll(words.presenceFields());
        if (highlight) {
          params.set("hl.q", allWords);
        }
      }
      params.set("fl", String.join(",", fields));
    }
    if (tier == 0) {
      params.set("json.facet", facets);
    }
    QueryResponse response = collection.query(params);
    if (tier == 0) {
      counted = response;
    }
    return response;
  }

  private long count(String query) throws IOException {
    ModifiableSolrParams params = filters.params(query);
    words.addTo(params);
    params.set("rows", 0);
    return collection.query(params).getResults().getNumFound();
  }

  /** The query of {@code tier} with the request's filters, in its order. */
  ModifiableSolrParams params(int tier) {
    ModifiableSolrParams params = filters.params(tier == 0 ? allWords : words.missing(tier));
    if (tier > 0) {
      words.addTo(params);
    }
    params.set("sort", SolrCursor.sort(sort));
    return params;
  }
}
