package newsarchive.enrich;

import static java.util.stream.Collectors.toSet;

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
 * #TITLE_WEIGHT}; topics scoring at least {@value #THRESHOLD} ({@value #BRIEF_THRESHOLD} in a
 * brief; one per {@value #WORDS_PER_MENTION} words of a longer body for a topic the headline does
 * not name, which must then have a cue in the body's first {@value #LEAD_SHARE}) with a cue in the
 * body (or an empty body, or the model's reading of the body: {@link #MODEL_CONFIRMS}) are
 * assigned, at most {@value #MAX_TOPICS}, the best first: a headline word the body never takes up
 * ("Quarter of voters undecided") is a pun or a passing word, not the subject.
 *
 * <p>With a {@link TopicModel} learnt from labelled articles, a topic the cues give is dropped when
 * the model gives it under {@value #MODEL_VETO} ({@value #MODEL_VETO_HEADLINE} when the headline
 * names it), and a topic the cues missed is added when the model gives it at least {@value
 * #MODEL_ADDS}, or {@value #MODEL_ADDS_WITH_CUES} when the article holds some of its cues (the
 * likeliest first, while fewer than {@value #MAX_TOPICS} are assigned): the cues are precise where
 * the table has the writer's words, the model reads the words the table lacks. A topic the model
 * does not know is left to the cues.
 */
public final class TopicTagger {

  /** A headline names what the article is about, so a cue there counts as much as several below. */
  static final int TITLE_WEIGHT = 3;

  /** One passing mention is not enough to file an article under a topic. */
  static final int THRESHOLD = 3;

  /**
   * A body of at most this many words is a brief, where two mentions are as telling as three in a
   * full article: it has no room for passing ones.
   */
  static final int BRIEF_WORDS = 150;

  /** What a topic must score in a brief. */
  static final int BRIEF_THRESHOLD = 2;

  /**
   * A full article must mention a topic its headline does not name at least once per this many
   * words of its body (and never less than {@value #THRESHOLD} times): three passing mentions of
   * revenue or chips in 700 words of background are context, not the subject.
   */
  static final int WORDS_PER_MENTION = 100;

  /**
   * In a full article (a body over {@value #THRESHOLD} × {@value #WORDS_PER_MENTION} words, where a
   * topic needs a mention per {@value #WORDS_PER_MENTION} words), a topic the headline does not
   * name must have a cue in this first share of the body: news states its subject in the lead, and
   * a topic met only further down is background (a breach story's closing paragraphs on the privacy
   * regulator it told). Set on the first set of long articles (0.958 → 0.968); the other two, never
   * read, 0.943 → 0.952 and 0.933 (the same); every set of shorter articles, read or not, and every
   * bundled article kept its topics.
   */
  static final double LEAD_SHARE = 0.25;

  /** More topics than this would make every facet list every article. */
  static final int MAX_TOPICS = 3;

  /**
   * Below this probability the model overrules the cues of a topic the headline does not name: in
   * cross-validation over the labelled sets the cues' topics it gave under 3% were mostly wrong (a
   * word in another sense, a passing mention), those between 3% and 30% mostly right.
   */
  static final double MODEL_VETO = 0.03;

  /**
   * Below this probability the model overrules even a headline's cue ("Chip shops warn of dearer
   * portions", "Museum's new acquisitions"): in cross-validation the headline topics it gave under
   * 1% were all wrong (9 of 347), while between 1% and 3% it would have dropped right ones too,
   * such as a long real article about a company's ChatGPT ban, whose length the shorter labelled
   * articles do not teach the model.
   */
  static final double MODEL_VETO_HEADLINE = 0.01;

  /**
   * At or above this probability the model confirms a headline's topic whose body has no cue of its
   * own, as a cue there would: a body that calls the headline's server farm "the facility" and
   * talks of its cooling still takes it up. Set on the fifteenth labelled set (written in
   * paraphrase) between the vetoes and {@link #MODEL_ADDS}; no other set changed.
   */
  static final double MODEL_CONFIRMS = 0.1;

  /** At or above this probability the model adds a topic the cues missed. */
  static final double MODEL_ADDS = 0.3;

  /**
   * At or above this probability the model adds a topic whose cues the article holds, too few to
   * give it ("a supply agreement" once in a long article, a watchdog's "GDPR" twice): two weak
   * signals that agree. Cross-validation over the 972 labelled articles found 0.2 (F1 0.948 at 0.3,
   * 0.953 at 0.2, 0.949 at 0.15); but there each model was learnt from the other folds' news, alike
   * in words. On the 1,350 articles of the 27 later sets read, which the shipped model never learnt
   * from, as users' news will be, the cued topics it gave between 0.15 and 0.2 were right 17 times
   * in 25.
   */
  static final double MODEL_ADDS_WITH_CUES = 0.15;

  private static final List<String> COLUMNS =
      List.of("topic", "cues", "not", "ambiguous", "senses");

  /**
   * A topic's cues, each marked whether it is ambiguous, the counter phrases that cancel a cue they
   * overlap, and the words of other senses that cancel a cue near them (null for none).
   */
  private record Cues(
      PhraseMatcher<Boolean> cues, PhraseMatcher<String> counter, PhraseMatcher<String> senses) {}

  /** A cue found in the title or the body. */
  private record Found(PhraseMatcher.Match<Boolean> match, boolean inTitle) {

    boolean ambiguous() {
      return match.value();
    }

    int start() {
      return match.start();
    }

    int end() {
      return match.start() + match.length();
    }
  }

  /** One matcher per topic, so that a phrase cueing two topics ("open-weight") counts for both. */
  private final Map<String, Cues> topics;

  /**
   * Every cue of every topic, valued by its topic: it finds where each topic's cues may start in
   * one pass, so that each topic's matcher looks only there, not once per topic at every word.
   */
  private final PhraseMatcher<String> anyCue;

  /** Every word of another sense of every topic, valued by its topic, as {@link #anyCue}. */
  private final PhraseMatcher<String> anySense;

  private final TopicModel model;

  private static final int[] NOWHERE = {};

  private TopicTagger(
      Map<String, Cues> topics,
      PhraseMatcher<String> anyCue,
      PhraseMatcher<String> anySense,
      TopicModel model) {
    this.topics = topics;
    this.anyCue = anyCue;
    this.anySense = anySense;
    this.model = model;
  }

  /** This tagger with {@code model} weighing in on each of its topics the model knows. */
  public TopicTagger withModel(TopicModel model) {
    return new TopicTagger(topics, anyCue, anySense, model);
  }

  /** Read the topic table at {@code file}. */
  public static TopicTagger load(Path file) throws IOException {
    Map<String, Cues> topics = new LinkedHashMap<>();
    List<PhraseMatcher.Phrase<String>> allCues = new ArrayList<>();
    List<PhraseMatcher.Phrase<String>> allSenses = new ArrayList<>();
    for (TaxonomyTable.Row row : TaxonomyTable.read(file, 2, COLUMNS)) {
      String topic = row.columns().get(0);
      List<PhraseMatcher.Phrase<String>> cues = phrases(row, 1, topic);
      List<PhraseMatcher.Phrase<String>> counter = phrases(row, 2, topic);
      List<PhraseMatcher.Phrase<String>> senses = phrases(row, 4, topic);
      allCues.addAll(cues);
      allSenses.addAll(senses);
      Cues matchers =
          new Cues(
              new PhraseMatcher<>(markAmbiguous(row, cues)),
              counter.isEmpty() ? null : new PhraseMatcher<>(counter),
              senses.isEmpty() ? null : new PhraseMatcher<>(senses));
      if (topics.put(topic, matchers) != null) {
        throw row.error("topic \"" + topic + "\" is listed twice");
      }
    }
    return new TopicTagger(
        topics, new PhraseMatcher<>(allCues), new PhraseMatcher<>(allSenses), TopicModel.none());
  }

  /**
   * The cues, each valued whether the ambiguous column lists it; an error for one it lists alone.
   */
  private static List<PhraseMatcher.Phrase<Boolean>> markAmbiguous(
      TaxonomyTable.Row row, List<PhraseMatcher.Phrase<String>> cues) {
    Set<List<String>> ambiguous = new HashSet<>();
    for (String cue : row.items(3)) {
      ambiguous.add(row.cue(cue));
    }
    List<PhraseMatcher.Phrase<Boolean>> marked = new ArrayList<>();
    for (PhraseMatcher.Phrase<String> cue : cues) {
      marked.add(
          new PhraseMatcher.Phrase<>(ambiguous.remove(cue.words()), cue.words(), cue.exactCase()));
    }
    if (!ambiguous.isEmpty()) {
      throw row.error(
          "ambiguous cues must also be in the cues column: "
              + ambiguous.stream().map(words -> String.join(" ", words)).sorted().toList());
    }
    return marked;
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
   * @param likelihood the model's probability of the topic, or NaN when it has none
   */
  public record Score(
      String topic, int score, List<String> cues, boolean assigned, double likelihood) {}

  /** A tagger that knows no topics. */
  public static TopicTagger none() {
    return new TopicTagger(
        Map.of(),
        new PhraseMatcher<>(List.of()),
        new PhraseMatcher<>(List.of()),
        TopicModel.none());
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
    Map<String, int[]> titleStarts = anyCue.startsByValue(title);
    Map<String, int[]> bodyStarts = anyCue.startsByValue(body);
    Map<String, int[]> leadSenseStarts = anySense.startsByValue(body, leadEnd(body));
    Map<String, List<Found>> found = new LinkedHashMap<>();
    Set<String> leadInOtherSense = new HashSet<>();
    boolean plainCue = false;
    boolean ambiguousCue = false;
    for (Map.Entry<String, Cues> topic : topics.entrySet()) {
      List<Found> cues = new ArrayList<>();
      int[] inTitle = titleStarts.getOrDefault(topic.getKey(), NOWHERE);
      int[] inBody = bodyStarts.getOrDefault(topic.getKey(), NOWHERE);
      if (leadInOtherSense(
          topic.getValue(), body, leadSenseStarts.getOrDefault(topic.getKey(), NOWHERE))) {
        leadInOtherSense.add(topic.getKey());
      } else if (inTitle.length > 0) {
        find(topic.getValue(), title, inTitle, true, shouting, companies, cues);
      }
      find(topic.getValue(), body, inBody, false, false, companies, cues);
      if (!cues.isEmpty()) {
        found.put(topic.getKey(), cues);
        plainCue |= cues.stream().anyMatch(cue -> !cue.ambiguous());
        ambiguousCue |= cues.stream().anyMatch(Found::ambiguous);
      }
    }
    // An ambiguous cue ("partner", "security", "chips") counts only in an article about business
    // or technology, as an ambiguous company name does; the words are looked for only if needed.
    boolean industry =
        !ambiguousCue
            || plainCue
            || !companies.companies().isEmpty()
            || Evidence.businessWords(title, body).size() >= Evidence.BUSINESS_WORDS;
    List<Score> scores = new ArrayList<>();
    Set<String> bodyAgrees = new HashSet<>();
    Set<String> inHeadline = new HashSet<>();
    Set<String> inLead = new HashSet<>();
    double leadEnd = LEAD_SHARE * body.size();
    found.forEach(
        (topic, cues) -> {
          List<Found> counted = cues.stream().filter(cue -> industry || !cue.ambiguous()).toList();
          long inTitle = counted.stream().filter(Found::inTitle).count();
          int score = (int) (TITLE_WEIGHT * inTitle + counted.size() - inTitle);
          if (counted.size() > inTitle || body.size() == 0) {
            bodyAgrees.add(topic);
          }
          if (inTitle > 0) {
            inHeadline.add(topic);
          }
          if (counted.stream().anyMatch(cue -> !cue.inTitle() && cue.start() < leadEnd)) {
            inLead.add(topic);
          }
          if (score > 0) {
            List<String> written =
                withCues
                    ? counted.stream()
                        .map(cue -> (cue.inTitle() ? title : body).span(cue.start(), cue.end()))
                        .toList()
                    : List.of();
            scores.add(new Score(topic, score, written, false, Double.NaN));
          }
        });
    // The sort is stable, so topics scoring alike keep the table's order.
    scores.sort(Comparator.comparingInt(score -> -score.score()));
    Map<String, Double> likelihoods = likelihoods(title, body);
    List<Score> ranked = new ArrayList<>();
    for (Score score : scores) {
      double likelihood = likelihoods.getOrDefault(score.topic(), Double.NaN);
      boolean assigned =
          score.score() >= threshold(body.size(), inHeadline.contains(score.topic()))
              && (inHeadline.contains(score.topic())
                  || inLead.contains(score.topic())
                  || body.size() <= THRESHOLD * WORDS_PER_MENTION)
              && (bodyAgrees.contains(score.topic()) || likelihood >= MODEL_CONFIRMS)
              && !(likelihood
                  < (inHeadline.contains(score.topic()) ? MODEL_VETO_HEADLINE : MODEL_VETO))
              && ranked.stream().filter(Score::assigned).count() < MAX_TOPICS;
      ranked.add(new Score(score.topic(), score.score(), score.cues(), assigned, likelihood));
    }
    addLikely(ranked, likelihoods, leadInOtherSense);
    return ranked;
  }

  /** The model's probability of each topic of the table it knows (none without a model). */
  private Map<String, Double> likelihoods(Words title, Words body) {
    if (model.topics().isEmpty()) {
      return Map.of();
    }
    double[] p = model.probabilities(title, body);
    Map<String, Double> likelihoods = new LinkedHashMap<>();
    for (int t = 0; t < p.length; t++) {
      if (topics.containsKey(model.topics().get(t))) {
        likelihoods.put(model.topics().get(t), p[t]);
      }
    }
    return likelihoods;
  }

  /**
   * Assign the topics the model finds likely and the cues did not give, the likeliest first, while
   * fewer than {@value #MAX_TOPICS} are assigned; one the cues never found joins the list. Not
   * those whose other sense the body's lead shows ({@link #leadInOtherSense}): the model reads a
   * school's new head or a museum's acquisition with the words of a company's.
   */
  private static void addLikely(
      List<Score> ranked, Map<String, Double> likelihoods, Set<String> otherSense) {
    Set<String> cued =
        ranked.stream().filter(score -> score.score() > 0).map(Score::topic).collect(toSet());
    List<Map.Entry<String, Double>> likely =
        likelihoods.entrySet().stream()
            .filter(
                e ->
                    !otherSense.contains(e.getKey())
                        && e.getValue()
                            >= (cued.contains(e.getKey()) ? MODEL_ADDS_WITH_CUES : MODEL_ADDS))
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .toList();
    for (Map.Entry<String, Double> topic : likely) {
      if (ranked.stream().filter(Score::assigned).count() >= MAX_TOPICS) {
        return;
      }
      int at = -1;
      for (int i = 0; i < ranked.size(); i++) {
        at = ranked.get(i).topic().equals(topic.getKey()) ? i : at;
      }
      if (at < 0) {
        ranked.add(new Score(topic.getKey(), 0, List.of(), true, topic.getValue()));
      } else if (!ranked.get(at).assigned()) {
        Score cues = ranked.remove(at);
        ranked.add(new Score(cues.topic(), cues.score(), cues.cues(), true, topic.getValue()));
      }
    }
  }

  /**
   * What a topic must score in an article whose body has {@code bodyWords} words, {@code
   * inHeadline} when the headline names it.
   */
  static int threshold(int bodyWords, boolean inHeadline) {
    if (bodyWords <= BRIEF_WORDS) {
      return BRIEF_THRESHOLD;
    }
    return inHeadline ? THRESHOLD : Math.max(THRESHOLD, Math.ceilDiv(bodyWords, WORDS_PER_MENTION));
  }

  /**
   * Whether the word at {@code start} of a body is within a name: capitalised where a capital says
   * something (not opening a sentence) and right after another capitalised word, as "Data Center"
   * in "the National Snow and Ice Data Center said" or "Security" in "the UN Security Council". A
   * cue the table gives in lower case then names an institution, not the topic; a headline's cue
   * that the body takes up only within names is left to the model, as one the body never takes up.
   */
  private static boolean inName(Words words, int start) {
    return start > 0
        && Character.isUpperCase(words.written().get(start).charAt(0))
        && !words.opensSentence(start)
        && Character.isUpperCase(words.written().get(start - 1).charAt(0))
        && words.gapBefore(start).isBlank();
  }

  /**
   * Whether the body's first paragraph holds a word of the topic's other senses: the headline's
   * cues are then of that sense too, however far from it ("names new head" over a school's
   * "1,100-pupil" lead, a "club-record acquisition" over a striker's).
   */
  private static boolean leadInOtherSense(Cues cues, Words body, int[] leadStarts) {
    return leadStarts.length > 0 && !cues.senses().find(body, leadStarts, false).isEmpty();
  }

  /** The number of words in the body's first paragraph. */
  private static int leadEnd(Words body) {
    int end = 0;
    while (end < body.size() && body.paragraphs()[end] == 0) {
      end++;
    }
    return end;
  }

  /**
   * Add to {@code into} the cues of one topic in {@code words} that are not cancelled by a counter
   * phrase, by a word of another sense within {@value Evidence#COUNTER_WINDOW} words in their
   * paragraph ("chips" beside "crisps", a "funding round" beside a "charity"), by being a company
   * name used in another sense, or, in the body, by being within a name ({@link #inName}).
   */
  private static void find(
      Cues cues,
      Words words,
      int[] starts,
      boolean inTitle,
      boolean shouting,
      CompanyTags companies,
      List<Found> into) {
    for (PhraseMatcher.Match<Boolean> match : cues.cues().find(words, starts, shouting)) {
      boolean cancelled =
          companies.rejectedAt(inTitle, match.start())
              || !inTitle && !match.exactCase() && inName(words, match.start())
              || (cues.counter() != null && cues.counter().overlaps(words, match))
              || Evidence.counterCue(
                      words, match.start(), match.start() + match.length(), cues.senses())
                  != null;
      if (!cancelled) {
        into.add(new Found(match, inTitle));
      }
    }
  }
}
