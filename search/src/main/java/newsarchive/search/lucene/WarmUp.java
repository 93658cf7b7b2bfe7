package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Grouping;
import newsarchive.search.IndexStats.Count;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;

/**
 * Representative searches run on a new index version before it answers: words, prefixes while
 * typing, a facet selection, story grouping and completions, each with its facets and histogram.
 * The first version meets a cold JVM, whose first search took about a second while the search path
 * was loaded and compiled, so it is searched for a while; a later version meets compiled code and
 * is searched once, to fill its own per-version state (completions of short prefixes).
 */
final class WarmUp implements LiveIndex.Warmer {

  /** How long the first version is searched before the server answers. */
  static final Duration FIRST_VERSION = Duration.ofSeconds(2);

  /** Enough rounds for the search path to be compiled, when they take less than the time above. */
  private static final int MAX_ROUNDS = 40;

  /** What a user types first: the page searches at every keystroke. */
  private static final List<String> TYPED = List.of("m", "ma", "mar", "s", "c");

  private final Duration timeLimit;

  /** Warm-up searches stopping after {@code timeLimit} each, as the user's do. */
  WarmUp(Duration timeLimit) {
    this.timeLimit = timeLimit;
  }

  /**
   * Search {@code snapshot} with the representative requests: for {@link #FIRST_VERSION} (or {@link
   * #MAX_ROUNDS}) on the {@code first} version, once on later ones. A failure ends the warm-up and
   * the version still opens: the requests that meet the same failure report it.
   */
  @Override
  public void warm(IndexSnapshot snapshot, boolean first) {
    long end = System.nanoTime() + (first ? FIRST_VERSION.toNanos() : 0);
    try {
      List<SearchRequest> requests = requests(snapshot);
      int rounds = 0;
      do {
        for (SearchRequest request : requests) {
          LuceneSearch.search(
              snapshot, request, LuceneSearch.parse(request), timeLimit, System.nanoTime());
        }
        Completions.complete(snapshot, TYPED.get(1));
      } while (++rounds < MAX_ROUNDS && System.nanoTime() < end);
    } catch (IOException | RuntimeException e) {
      // Deliberately not rethrown: see the Javadoc.
    }
  }

  /** The requests of one round, with words and values this version holds. */
  private static List<SearchRequest> requests(IndexSnapshot snapshot) throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    requests.add(SearchRequest.of(""));
    for (String typed : TYPED) {
      requests.add(request(typed, Prefix.LAST, Map.of(), Grouping.NONE));
    }
    List<String> frequent = snapshot.vocabulary().completions(TYPED.get(1));
    if (!frequent.isEmpty()) {
      String word = frequent.getFirst();
      requests.add(request(word, Prefix.NONE, Map.of(), Grouping.NONE));
      requests.add(request(word, Prefix.NONE, Map.of(), Grouping.STORY));
      List<Count> companies = snapshot.valueCounts(ArticleSchema.COMPANY);
      if (!companies.isEmpty()) {
        Map<String, List<String>> selected =
            Map.of(ArticleSchema.COMPANY, List.of(companies.getFirst().value()));
        requests.add(request(word, Prefix.NONE, selected, Grouping.NONE));
      }
    }
    return requests;
  }

  private static SearchRequest request(
      String text, Prefix prefix, Map<String, List<String>> selections, Grouping group) {
    return new SearchRequest(
        text, prefix, selections, null, null, 1, 10, null, 10, null, group, null, null);
  }
}
