package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags articles with taxonomy topics from a table of topics, their cue words and phrases, and their
 * counter phrases ({@code topics.tsv}: topic, cues separated by semicolons, and optionally counter
 * phrases; {@code acquir*} matches every word starting with "acquir"). A cue in lower case matches
 * in any case, one with a capital only as written ("Gemini", not "gemini"), except in an all-caps
 * headline. A cue does not count where a counter phrase overlaps it ("buy power" for "agrees to
 * buy"), nor where it is a company name that the company tagger found to mean something else
 * ("Claude" in "Claude Monet"). Each cue found in the body scores one point, in the title {@value
 * #TITLE_WEIGHT}; topics scoring at least {@value #THRESHOLD} with a cue in the body (or an empty
 * body) are assigned, at most {@value #MAX_TOPICS}, the best first: a headline word the body never
 * takes up ("Quarter of voters undecided") is a pun or a passing word, not the subject.
 */
public final class TopicTagger {

  /** A headline names what the article is about, so a cue there counts as much as several below. */
  static final int TITLE_WEIGHT = 3;

  /** One passing mention is not enough to file an article under a topic. */
  static final int THRESHOLD = 3;

  /** More topics than this would make every facet list every article. */
  static final int MAX_TOPICS = 3;

  private static final List<String> COLUMNS = List.of("topic", "cues", "not");

  /** A topic's cues and the counter phrases that cancel a cue they overlap (null for none). */
  private record Cues(PhraseMatcher<String> cues, PhraseMatcher<String> counter) {}

  /** One matcher per topic, so that a phrase cueing two topics ("open-weight") counts for both. */
  private final Map<String, Cues> topics;

  /**
   * Every cue of every topic: where none may start, no topic's matcher needs to look, which spares
   * one lookup per topic for almost every word.
   */
  private final PhraseMatcher<String> anyCue;

  private TopicTagger(Map<String, Cues> topics, List<PhraseMatcher.Phrase<String>> allCues) {
    this.topics = topics;
    this.anyCue = new PhraseMatcher<>(allCues);
  }

  /** Read the topic table at {@code file}. */
  public static TopicTagger load(Path file) throws IOException {
    Map<String, Cues> topics = new LinkedHashMap<>();
    List<PhraseMatcher.Phrase<String>> allCues = new ArrayList<>();
    for (TaxonomyTable.Row row : TaxonomyTable.read(file, 2, COLUMNS)) {
      String topic = row.columns().get(0);
      List<PhraseMatcher.Phrase<String>> cues = phrases(row, 1, topic);
      List<PhraseMatcher.Phrase<String>> counter = phrases(row, 2, topic);
      allCues.addAll(cues);
      Cues matchers =
          new Cues(
              new PhraseMatcher<>(cues), counter.isEmpty() ? null : new PhraseMatcher<>(counter));
      if (topics.put(topic, matchers) != null) {
        throw row.error("topic \"" + topic + "\" is listed twice");
      }
    }
    return new TopicTagger(topics, allCues);
  }

  /** The phrases of one column; a phrase with a capital letter matches only as written. */
  private static List<PhraseMatcher.Phrase<String>> phrases(
      TaxonomyTable.Row row, int column, String topic) {
    List<PhraseMatcher.Phrase<String>> phrases = new ArrayList<>();
    for (String cue : row.items(column)) {
      phrases.add(new PhraseMatcher.Phrase<>(topic, row.cue(cue), !cue.equals(cue.toLowerCase())));
    }
    return phrases;
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

  /** A tagger that knows no topics. */
  public static TopicTagger none() {
    return new TopicTagger(Map.of(), List.of());
  }

  /** The topic names, in table order. */
  public List<String> topics() {
    return List.copyOf(topics.keySet());
  }

  /** The topics the article is about, the best scoring first. */
  public List<String> tag(String title, String body) {
    Words titleWords = Words.of(title);
    Words bodyWords = Words.of(body);
    return tag(titleWords, bodyWords, new CompanyTags(List.of(), List.of()));
  }

  /**
   * The topics an article of these words is about, the best scoring first; {@code companies} says
   * which company names in it mean something else.
   */
  public List<String> tag(Words title, Words body, CompanyTags companies) {
    return scores(title, body, companies, false).stream()
        .filter(Score::assigned)
        .map(Score::topic)
        .toList();
  }

  /** Every topic with a cue in the article, the best scoring first, with the cues found. */
  public List<Score> scores(Words title, Words body, CompanyTags companies) {
    return scores(title, body, companies, true);
  }

  /**
   * Every topic with a cue in the article, the best scoring first; the cues as written only when
   * {@code withCues} (tagging needs only the scores, and spares a string per cue).
   */
  private List<Score> scores(Words title, Words body, CompanyTags companies, boolean withCues) {
    boolean shouting = title.shouting();
    int[] titleStarts = anyCue.starts(title);
    int[] bodyStarts = anyCue.starts(body);
    List<Score> scores = new ArrayList<>();
    Set<String> bodyAgrees = new HashSet<>();
    topics.forEach(
        (topic, cues) -> {
          List<String> found = withCues ? new ArrayList<>() : null;
          int inTitle = count(cues, title, titleStarts, true, shouting, companies, found);
          int inBody = count(cues, body, bodyStarts, false, false, companies, found);
          int score = TITLE_WEIGHT * inTitle + inBody;
          if (inBody > 0 || body.size() == 0) {
            bodyAgrees.add(topic);
          }
          if (score > 0) {
            scores.add(new Score(topic, score, withCues ? found : List.of(), false));
          }
        });
    // The sort is stable, so topics scoring alike keep the table's order.
    scores.sort(Comparator.comparingInt(score -> -score.score()));
    List<Score> ranked = new ArrayList<>();
    for (Score score : scores) {
      boolean assigned =
          score.score() >= THRESHOLD
              && bodyAgrees.contains(score.topic())
              && ranked.stream().filter(Score::assigned).count() < MAX_TOPICS;
      ranked.add(new Score(score.topic(), score.score(), score.cues(), assigned));
    }
    return ranked;
  }

  /**
   * The cues of one topic that count in {@code words}, added as written to {@code found} unless it
   * is null.
   */
  private static int count(
      Cues cues,
      Words words,
      int[] starts,
      boolean inTitle,
      boolean shouting,
      CompanyTags companies,
      List<String> found) {
    List<PhraseMatcher.Match<String>> matches = cues.cues().find(words, starts, shouting);
    if (matches.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (PhraseMatcher.Match<String> match : matches) {
      boolean cancelled =
          companies.rejectedAt(inTitle, match.start())
              || (cues.counter() != null && cues.counter().overlaps(words, match));
      if (!cancelled) {
        count++;
        if (found != null) {
          found.add(words.span(match.start(), match.start() + match.length()));
        }
      }
    }
    return count;
  }
}
