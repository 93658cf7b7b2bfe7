package newsarchive.search.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsarchive.index.ArticleSchema;
import newsarchive.query.IndexedWords;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.SearchUnavailableException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * One archive collection (or alias) on a SolrCloud, reached through the cluster's nodes: queries,
 * the values each facet holds, and the words that begin with a prefix.
 */
final class SolrCollection implements AutoCloseable, IndexedWords {

  /** How many times a read is sent before SolrCloud counts as unavailable. */
  private static final int ATTEMPTS = 3;

  /** The pause before the second attempt; each later one waits this much longer. */
  private static final long PAUSE_MILLIS = 100;

  /**
   * How long the list of facet values, and whether a word is in the collection, are reused before
   * they are read again.
   */
  private static final long ANSWERS_TTL_NANOS = TimeUnit.SECONDS.toNanos(2);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The alias property holding the tagging tables the last reindex used, as it said them. */
  static final String TAGGING_TABLES = "newsarchive.taggingTables";

  /** How many values beyond a terms facet's limit each shard proposes, see {@link #terms}. */
  static final int OVERREQUEST = 100;

  /** How many words each shard proposes for a misspelt one. */
  private static final int PROPOSALS = 5;

  private final CloudSolrClient client;
  private final String name;
  private final RecentAnswers<String, List<Count>> values = new RecentAnswers<>(ANSWERS_TTL_NANOS);
  private final RecentAnswers<String, Boolean> words = new RecentAnswers<>(ANSWERS_TTL_NANOS);
  private final RecentAnswers<String, List<String>> numbered =
      new RecentAnswers<>(ANSWERS_TTL_NANOS);
  private final RecentAnswers<String, Boolean> routing = new RecentAnswers<>(ANSWERS_TTL_NANOS);
  private final RecentAnswers<String, Optional<String>> respellings =
      new RecentAnswers<>(ANSWERS_TTL_NANOS);

  private SolrCollection(CloudSolrClient client, String name) {
    this.client = client;
    this.name = name;
  }

  /** The collection or alias {@code name} on the SolrCloud whose nodes include {@code solrUrls}. */
  static SolrCollection connect(List<String> solrUrls, String name) {
    CloudSolrClient client =
        new CloudSolrClient.Builder(solrUrls)
            .withDefaultCollection(name)
            .withHttpClientBuilder(http())
            .withRetryExpiryTime(5, TimeUnit.SECONDS)
            .build();
    return new SolrCollection(client, name);
  }

  /**
   * The JDK's HTTP client on HTTP/1.1: its HTTP/2 upgrade of plain-text requests is what Solr's
   * Jetty 10 nodes answered with an early end of stream now and then.
   */
  static HttpJdkSolrClient.Builder http() {
    return new HttpJdkSolrClient.Builder().useHttp1_1(true);
  }

  /** The client, for the cluster's state and for writing. */
  CloudSolrClient client() {
    return client;
  }

  /** The collection or alias name. */
  String name() {
    return name;
  }

  /**
   * The tagging tables the last reindex into the alias used, or {@code null} for a plain collection
   * or one written before they were recorded.
   */
  String taggingTables() {
    return client.getClusterStateProvider().getAliasProperties(name).get(TAGGING_TABLES);
  }

  /**
   * Whether the collection (or the one the alias points to) routes articles to shards by story, so
   * that Solr's distinct count of stories is exact: each shard counts stories no other shard holds.
   */
  boolean countsStories() throws IOException {
    return routing.get(
        client.getClusterStateProvider().resolveSimpleAlias(name), this::routedByStory);
  }

  /**
   * Whether the collection {@code target} routes articles to shards by their story, so that all
   * copies of a story lie on one shard (collections built before that route by id).
   */
  boolean routedByStory(String target) throws IOException {
    DocCollection state = client.getClusterStateProvider().getCollection(target);
    return state != null && ArticleSchema.STORY.equals(state.getRouter().getRouteField(state));
  }

  /**
   * Run a search; parameters go in the request body, so long queries fit. It goes to the collection
   * the alias names rather than to the alias: SolrJ keeps the state of collections, but looks an
   * alias's up again on every request, which took four times as long as the search on a small
   * collection (60–80 ms against 10–15). The alias is read from the client's few seconds of cached
   * aliases; when the collection it named is gone (a reindex moved the alias and dropped it), from
   * SolrCloud again.
   */
  QueryResponse query(SolrParams params) throws IOException {
    ClusterStateProvider provider = client.getClusterStateProvider();
    String collection = provider.resolveSimpleAlias(name);
    try {
      return query(collection, params);
    } catch (SolrException e) {
      if (e.code() != SolrException.ErrorCode.BAD_REQUEST.code
          || !(provider instanceof BaseHttpClusterStateProvider http)
          || http.resolveAlias(name, true).equals(List.of(collection))) {
        throw e;
      }
      return query(provider.resolveSimpleAlias(name), params);
    }
  }

  /**
   * Run a search on the collection {@code target} of the same cluster; again when no node answered
   * it or a node failed on it (5xx), up to {@link #ATTEMPTS} times, since a search changes nothing.
   * A node lost mid-request leaves kept-alive connections that fail once: the JDK client resends
   * only GETs on them, and SolrJ's own retry covers refused connections, not these. A search that
   * Solr refuses (4xx) fails at once.
   */
  QueryResponse query(String target, SolrParams params) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.query(target, params, SolrRequest.METHOD.POST);
      } catch (SolrServerException | RuntimeException e) {
        // SolrJ reports that no node gave the cluster state as a plain RuntimeException.
        if (e instanceof SolrException refused && refused.code() >= 400 && refused.code() < 500) {
          throw refused;
        }
        if (attempt == ATTEMPTS) {
          throw new SearchUnavailableException(
              "SolrCloud did not answer after " + ATTEMPTS + " attempts: " + e.getMessage(), e);
        }
        pause(attempt * PAUSE_MILLIS, e);
      }
    }
  }

  private static void pause(long millis, Exception failure) throws SearchUnavailableException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException(
          "Interrupted while SolrCloud was not answering", failure);
    }
  }

  /** A JSON Facet API request as the {@code json.facet} parameter's text. */
  static String json(Map<String, ?> facets) {
    try {
      return JSON.writeValueAsString(facets);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every value of {@code dimension} with its article count, most first, ties by value. */
  List<Count> valueCounts(String dimension) throws IOException {
    return values.get(dimension, this::readValueCounts);
  }

  private List<Count> readValueCounts(String dimension) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", SolrQueryCompiler.EVERYTHING);
    params.set("rows", 0);
    Map<String, Object> facet = new LinkedHashMap<>();
    facet.put("type", "terms");
    facet.put("field", dimension);
    facet.put("limit", -1);
    facet.put("refine", true);
    params.set("json.facet", json(Map.of("values", facet)));
    return buckets(facets(query(params)), "values");
  }

  /** The values of every facet dimension, for compiling facet fields in queries. */
  List<String> values(String dimension) {
    try {
      return valueCounts(dimension).stream().map(Count::value).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Up to 64 indexed unstemmed words starting with {@code prefix}, those in the most articles
   * first, as the embedded index completes a word being typed.
   */
  List<String> completions(String prefix) {
    ModifiableSolrParams params = handler("/terms");
    params.set("terms.fl", ArticleSchema.WORDS);
    params.set("terms.prefix", prefix);
    params.set("terms.sort", "count");
    params.set("terms.limit", 64);
    try {
      return query(params).getTermsResponse().getTerms(ArticleSchema.WORDS).stream()
          .map(term -> term.getTerm())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A more common unstemmed word a letter or two from {@code word}, by the configset's {@code
   * /spell} handler (Solr's direct spell checker, set up as the embedded index's). Kept for a
   * moment as the other words are: the page asks again for the same words at every keystroke.
   */
  Optional<String> moreCommonNear(String word) throws IOException {
    return respellings.get(word, this::readMoreCommonNear);
  }

  private Optional<String> readMoreCommonNear(String word) throws IOException {
    ModifiableSolrParams params = handler("/spell");
    params.set("q", SolrQueryCompiler.EVERYTHING);
    params.set("spellcheck.q", word);
    // Each shard proposes only its best few words and the merge ranks what they propose: with one
    // each, a shard that lacks the nearest word ("mistral") put a further one ("mistake") first.
    params.set("spellcheck.count", PROPOSALS);
    SpellCheckResponse spelling = query(params).getSpellCheckResponse();
    if (spelling == null || spelling.getSuggestions().isEmpty()) {
      return Optional.empty();
    }
    List<String> alternatives = spelling.getSuggestions().getFirst().getAlternatives();
    return alternatives.isEmpty() ? Optional.empty() : Optional.of(alternatives.getFirst());
  }

  /**
   * Whether some article holds the unstemmed {@code word}, as the embedded index tells; a search
   * asks it for its matches, its partial matches and its other words alike.
   */
  @Override
  public boolean holds(String word) {
    try {
      return words.get(word, held -> !wordsFrom(held, held, true, 1).isEmpty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> numbered(String name) {
    try {
      // the digits are '0' to '9' and ':' follows them, so these are the words name0… to name9…
      return numbered.get(name, held -> wordsFrom(held + "0", held + ":", false, MOST_NUMBERED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request to the request handler at {@code path} on every shard. */
  static ModifiableSolrParams handler(String path) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("qt", path);
    params.set("shards.qt", path);
    return params;
  }

  /** Up to {@code limit} unstemmed words from {@code lower} on, below {@code upper}, A to Z. */
  private List<String> wordsFrom(String lower, String upper, boolean upperIncluded, int limit)
      throws IOException {
    ModifiableSolrParams params = handler("/terms");
    params.set("terms.fl", ArticleSchema.WORDS);
    params.set("terms.lower", lower);
    params.set("terms.upper", upper);
    params.set("terms.upper.incl", upperIncluded);
    params.set("terms.sort", "index");
    params.set("terms.limit", limit);
    List<TermsResponse.Term> terms = query(params).getTermsResponse().getTerms(ArticleSchema.WORDS);
    return terms == null ? List.of() : terms.stream().map(TermsResponse.Term::getTerm).toList();
  }

  /**
   * A terms facet on {@code field}: its {@code limit} most frequent values, with counts refined
   * across shards so that they are exact. Each shard proposes {@link #OVERREQUEST} values more than
   * the limit: with Solr's default (a tenth more, plus four) a value as frequent as the tenth but
   * spread evenly over the shards was left out when many values tie on each shard.
   */
  static Map<String, Object> terms(String field, int limit) {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("type", "terms");
    terms.put("field", field);
    terms.put("limit", limit);
    terms.put("overrequest", OVERREQUEST);
    terms.put("refine", true);
    return terms;
  }

  /** The {@code facets} section of a JSON Facet API response. */
  @SuppressWarnings("unchecked")
  static NamedList<Object> facets(QueryResponse response) {
    NamedList<Object> facets = (NamedList<Object>) response.getResponse().get("facets");
    return facets == null ? new NamedList<>() : facets;
  }

  /** The buckets of the terms facet {@code name} as value counts. */
  static List<Count> buckets(NamedList<Object> facets, String name) {
    return buckets(facets, name, "count");
  }

  /**
   * The buckets of the terms facet {@code name}, each counted by its {@code counted} statistic
   * ({@code count} for articles).
   */
  @SuppressWarnings("unchecked")
  static List<Count> buckets(NamedList<Object> facets, String name, String counted) {
    List<Count> counts = new ArrayList<>();
    NamedList<Object> facet = (NamedList<Object>) facets.get(name);
    if (facet == null) {
      return counts;
    }
    for (NamedList<Object> bucket : (List<NamedList<Object>>) facet.get("buckets")) {
      counts.add(new Count(bucket.get("val").toString(), number(bucket, counted)));
    }
    return counts;
  }

  /** The article count of the query facet {@code name}, 0 when absent. */
  static long count(NamedList<Object> facets, String name) {
    return count(facets, name, "count");
  }

  /**
   * The {@code counted} statistic of the query facet {@code name} ({@code count} for articles), 0
   * when absent.
   */
  @SuppressWarnings("unchecked")
  static long count(NamedList<Object> facets, String name, String counted) {
    Object facet = facets.get(name);
    return facet instanceof NamedList<?> list ? number((NamedList<Object>) list, counted) : 0;
  }

  /**
   * The number {@code name} in a facet's response, 0 when absent (Solr leaves out an empty one).
   */
  static long number(NamedList<Object> facet, String name) {
    Object value = facet.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
