package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags articles with taxonomy topics from a table of topics and their cue words and phrases ({@code
 * topics.tsv}: topic, cues separated by semicolons; {@code acquir*} matches every word starting
 * with "acquir"; cues match in any case). Each cue found in the body scores one point, in the title
 * {@value #TITLE_WEIGHT}; topics scoring at least {@value #THRESHOLD} are assigned, at most {@value
 * #MAX_TOPICS}, the best first.
 */
public final class TopicTagger {

  /** A headline names what the article is about, so a cue there counts as much as several below. */
  static final int TITLE_WEIGHT = 3;

  /** One passing mention is not enough to file an article under a topic. */
  static final int THRESHOLD = 3;

  /** More topics than this would make every facet list every article. */
  static final int MAX_TOPICS = 3;

  private static final List<String> COLUMNS = List.of("topic", "cues");

  /** One matcher per topic, so that a phrase cueing two topics ("open-weight") counts for both. */
  private final Map<String, PhraseMatcher<String>> matchers;

  /**
   * Every cue of every topic: where none may start, no topic's matcher needs to look, which spares
   * one lookup per topic for almost every word.
   */
  private final PhraseMatcher<String> anyCue;

  private TopicTagger(
      Map<String, PhraseMatcher<String>> matchers, List<PhraseMatcher.Phrase<String>> allCues) {
    this.matchers = matchers;
    this.anyCue = new PhraseMatcher<>(allCues);
  }

  /** Read the topic table at {@code file}. */
  public static TopicTagger load(Path file) throws IOException {
    Map<String, PhraseMatcher<String>> matchers = new LinkedHashMap<>();
    List<PhraseMatcher.Phrase<String>> allCues = new ArrayList<>();
    for (TaxonomyTable.Row row : TaxonomyTable.read(file, COLUMNS.size(), COLUMNS)) {
      String topic = row.columns().get(0);
      List<PhraseMatcher.Phrase<String>> cues = new ArrayList<>();
      for (String cue : row.items(1)) {
        List<String> words = row.cue(cue);
        cues.add(new PhraseMatcher.Phrase<>(topic, words, false));
      }
      allCues.addAll(cues);
      if (matchers.put(topic, new PhraseMatcher<>(cues)) != null) {
        throw row.error("topic \"" + topic + "\" is listed twice");
      }
    }
    return new TopicTagger(matchers, allCues);
  }

  /**
   * A topic's score in one article and the cues that made it.
   *
   * @param topic the topic
   * @param score {@value #TITLE_WEIGHT} per cue in the title, 1 per cue in the body
   * @param cues the cues found, as written, those in the title first
   * @param assigned whether the article is filed under the topic
   */
  public record Score(String topic, int score, List<String> cues, boolean assigned) {}

  /** Every topic with a cue in the article, the best scoring first. */
  public List<Score> scores(Words title, Words body) {
    List<String> assigned = tag(title, body);
    List<Score> scores = new ArrayList<>();
    matchers.forEach(
        (topic, matcher) -> {
          List<PhraseMatcher.Match<String>> inTitle = matcher.find(title);
          List<PhraseMatcher.Match<String>> inBody = matcher.find(body);
          List<String> cues = new ArrayList<>();
          inTitle.forEach(m -> cues.add(title.span(m.start(), m.start() + m.length())));
          inBody.forEach(m -> cues.add(body.span(m.start(), m.start() + m.length())));
          int score = TITLE_WEIGHT * inTitle.size() + inBody.size();
          if (score > 0) {
            scores.add(new Score(topic, score, cues, assigned.contains(topic)));
          }
        });
    scores.sort(Comparator.comparingInt(score -> -score.score()));
    return scores;
  }

  /** A tagger that knows no topics. */
  public static TopicTagger none() {
    return new TopicTagger(Map.of(), List.of());
  }

  /** The topic names, in table order. */
  public List<String> topics() {
    return List.copyOf(matchers.keySet());
  }

  /** The topics the article is about, the best scoring first. */
  public List<String> tag(String title, String body) {
    return tag(Words.of(title), Words.of(body));
  }

  /** The topics an article of these words is about, the best scoring first. */
  public List<String> tag(Words titleWords, Words bodyWords) {
    int[] titleStarts = anyCue.starts(titleWords);
    int[] bodyStarts = anyCue.starts(bodyWords);
    Map<String, Integer> scores = new LinkedHashMap<>();
    matchers.forEach(
        (topic, matcher) ->
            scores.put(
                topic,
                TITLE_WEIGHT * matcher.find(titleWords, titleStarts, false).size()
                    + matcher.find(bodyWords, bodyStarts, false).size()));
    // The sort is stable, so topics scoring alike keep the table's order.
    return scores.entrySet().stream()
        .filter(e -> e.getValue() >= THRESHOLD)
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()))
        .limit(MAX_TOPICS)
        .map(Map.Entry::getKey)
        .toList();
  }
}
