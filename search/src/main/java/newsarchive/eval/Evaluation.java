package newsarchive.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;

/**
 * A test collection run through the real search service, each query asked as the web page asks
 * {@code /api/search} (relevance order, the last word completed as typed, partial matches after the
 * all-words ones), and scored against the judgments. Only the ranking counts, so the hits come
 * without highlights, which would cost most of the time.
 */
public final class Evaluation {

  /** The ranking and figures of one query. */
  public record Outcome(Topic topic, String runId, List<String> ranking, Effectiveness figures) {}

  private final SearchService search;
  private final int depth;

  /** An evaluation over {@code search} that reads the first {@code depth} ranks of each query. */
  public Evaluation(SearchService search, int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("--k must be 1 or more, got " + depth);
    }
    this.search = search;
    this.depth = depth;
  }

  /**
   * Run every query and score it; a topic without judgments is an error, since it would count as a
   * miss however good the ranking. The queries run side by side on every core, as a server's
   * clients would, and come back in the topics' order.
   */
  public List<Outcome> run(List<Topic> topics, Judgments judgments) throws IOException {
    for (Topic topic : topics) {
      if (!judgments.judged(topic.id())) {
        throw new IllegalArgumentException("topic " + topic.id() + " has no judgments");
      }
    }
    List<List<String>> rankings;
    try {
      rankings = topics.parallelStream().map(topic -> ranking(topic.query())).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Integer> variants = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      int variant = variants.merge(topic.id(), 1, Integer::sum);
      String runId = variant == 1 ? topic.id() : topic.id() + "." + variant;
      List<String> ranking = rankings.get(i);
      outcomes.add(
          new Outcome(topic, runId, ranking, Effectiveness.of(ranking, judgments.of(topic.id()))));
    }
    return outcomes;
  }

  /** The mean figures over {@code outcomes}: every query counts once. */
  public static Effectiveness mean(List<Outcome> outcomes) {
    return Effectiveness.mean(outcomes.stream().map(Outcome::figures).toList());
  }

  /**
   * Write {@code outcomes} in TREC run format ({@code qid Q0 docid rank score tag}); the score
   * falls with the rank, so a standard tool orders the articles as the archive did.
   */
  public static void writeRun(List<Outcome> outcomes, Writer out) throws IOException {
    for (Outcome outcome : outcomes) {
      List<String> ranking = outcome.ranking();
      for (int i = 0; i < ranking.size(); i++) {
        out.write(
            outcome.runId()
                + " Q0 "
                + ranking.get(i)
                + " "
                + (i + 1)
                + " "
                + (ranking.size() - i)
                + " newsarchive\n");
      }
    }
  }

  /** The ids of the first {@link #depth} hits for {@code query}, following the cursor as needed. */
  private List<String> ranking(String query) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      int size = Math.min(SearchRequest.MAX_SIZE, depth - ids.size());
      SearchResult result;
      try {
        result =
            search.search(
                new SearchRequest(
                    query,
                    Prefix.LAST,
                    null,
                    null,
                    null,
                    1,
                    size,
                    cursor,
                    1,
                    null,
                    null,
                    null,
                    null,
                    SearchRequest.EXACT_UP_TO,
                    false));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      result.hits().forEach(hit -> ids.add(hit.id()));
      cursor = result.nextCursor();
    } while (cursor != null && ids.size() < depth);
    return ids;
  }
}
