package newsarchive.search.solr;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers SolrCloud gave a moment ago, reused while they are younger than a time to live: one
 * search asks some questions several times (the facet values, whether a word is in the collection),
 * and a new commit's answers need only be seen that soon.
 *
 * @param <K> what was asked
 * @param <V> the answer
 */
final class RecentAnswers<K, V> {

  /** How an answer is read from SolrCloud. */
  @FunctionalInterface
  interface Question<K, V> {
    V ask(K key) throws IOException;
  }

  /** More answers than this are all dropped at once, so the map never grows past it. */
  private static final int MOST = 10_000;

  private final long ttlNanos;
  private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

  private record Answer<V>(V value, long readAt) {}

  RecentAnswers(long ttlNanos) {
    this.ttlNanos = ttlNanos;
  }

  /** The answer for {@code key}, asked again when it is missing or too old. */
  V get(K key, Question<K, V> question) throws IOException {
    Answer<V> recent = answers.get(key);
    if (recent != null && System.nanoTime() - recent.readAt() < ttlNanos) {
      return recent.value();
    }
    V value = question.ask(key);
    if (answers.size() >= MOST) {
      answers.clear();
    }
    answers.put(key, new Answer<>(value, System.nanoTime()));
    return value;
  }
}
