package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grouping of near-duplicates into stories, measured on a labelled development set: wire copies
 * with different ledes, corrected headlines, re-published feed items, updates and independent
 * write-ups of one announcement (same story); follow-ups, reactions on the same event, the same
 * template a quarter or a year later, and other companies' news the same week (not the same story).
 * Every pair of articles counts; an article's {@code story} label is its truth.
 */
class StoryGroupingTest {

  @TempDir Path dir;

  @Test
  void groupingIsPreciseOnTheLabelledSet() throws Exception {
    assertPrecise(measureInOneReindex("stories", "in one reindex"), 45, 0.85);
  }

  /**
   * A second set, written afterwards by someone who had not seen the rules (60 articles, 24
   * stories: reprints, updates, corrections, rewrites with new ledes and independent write-ups;
   * follow-ups, next-day reactions, columns, a rival's launch, the same template a quarter and a
   * year later). Its independent write-ups share almost no text and few headline words, so recall
   * is low; what must hold is that nothing is grouped wrongly.
   */
  @Test
  void groupingIsPreciseOnASetWrittenBlind() throws Exception {
    assertPrecise(measureInOneReindex("stories-blind", "written blind"), 60, 0.68);
  }

  /**
   * A third set written blind, on what the archive promises to group: copies of one report as sites
   * and versions carry it (71 articles, 26 stories: wire copies with site boilerplate, cuts and new
   * headlines, updates, corrections, reprinted press releases, reworded syndication; and, close in
   * time and wording, follow-ups, rivals' news, the same template a quarter later, roundups and
   * analysis pieces).
   */
  @Test
  void groupingIsPreciseOnCopiesWrittenBlind() throws Exception {
    assertPrecise(measureInOneReindex("stories-copies", "of copies written blind"), 71, 0.95);
  }

  /**
   * A fourth set written blind, mostly of hard negatives within days of each other (62 articles, 48
   * stories): press releases sharing half their text as boilerplate, follow-ups quoting the
   * original's paragraphs, results and IPOs from one wire template, roundups summarising stories of
   * the set, briefs with a standard closing paragraph; and eleven stories of true copies.
   */
  @Test
  void groupingIsPreciseOnHardNegativesWrittenBlind() throws Exception {
    assertPrecise(measureInOneReindex("stories-traps", "of hard negatives written blind"), 62, 0.5);
  }

  /**
   * A fifth set written blind, on one event written up independently the same day (64 articles, 39
   * stories: twelve events each told by two or three outlets in their own words, four stories of
   * copies; and 23 look-alikes, most the same day: market reactions, opinion and analysis, a
   * rival's launch, the same company's other news, one wire template for another company, a
   * newsletter, next-day follow-ups repeating the facts). The write-ups share no text, and their
   * ledes' names and figures no more than the look-alikes' do (a same-day market reaction held 59%
   * of the launch's), so only the copies group; what must hold is that nothing is grouped wrongly.
   */
  @Test
  void groupingIsPreciseOnIndependentWriteUpsWrittenBlind() throws Exception {
    assertPrecise(measureInOneReindex("stories-events", "of write-ups written blind"), 64, 0.26);
  }

  /**
   * A sixth set written blind, on copies another outlet reworded sentence by sentence (64 articles,
   * 38 stories: ten stories with reworded versions, four of plain copies and updates; and 24 hard
   * negatives within days: market reactions quoting the deal's figures, analyst notes, follow-ups,
   * a rival's announcement, the same template a quarter later, roundups). Measured unseen at recall
   * 0.410 with {@link newsarchive.enrich.StorySignature#SAME_FACTS} at 0.8 (0.359 without the
   * facts), then read: its copies keep 0.54 to 0.79 of their facts in order. 0.718 since a wire's
   * dateline and an agency's name closing a brief are not facts; 0.769 with twelve bands of
   * headline words and of facts, not eight; 0.821 since a common word opening a sentence is not a
   * fact.
   */
  @Test
  void groupingIsPreciseOnRewordedCopiesWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-reworded", "of reworded copies written blind"), 64, 1.0);
  }

  /**
   * A seventh set written blind after the facts rule, of every kind of copy the archive promises to
   * group (70 articles, 40 stories: wire copies with sites' headlines and boilerplate, updates,
   * corrections, reprinted press releases, shortened briefs, reworded versions; 24 hard negatives
   * within days, among them one template filled in on consecutive days and roundups). Measured
   * once, unseen: recall 0.500 with the rules before the facts, 0.761 with them, precision 1.000;
   * 0.935 since a wire's dateline and an agency's name closing a brief are not facts.
   */
  @Test
  void groupingIsPreciseOnEveryKindOfCopyWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-mixed", "of every kind of copy written blind"), 70, 0.93);
  }

  private Measure measureInOneReindex(String fixture, String how) throws IOException {
    Path corpus = TestCorpus.copy(fixture, dir.resolve("corpus"));
    Path index = dir.resolve("index");
    TestCorpus.reindex(index, false, corpus);
    return measure(how, labelled(corpus), TestCorpus.stories(index));
  }

  /**
   * Copies arriving in a later reindex are confirmed against signatures recomputed from the indexed
   * articles' stored text, and must group as well as copies met in one run.
   */
  @Test
  void groupingIsAsPreciseWhenCopiesArriveInALaterReindex() throws Exception {
    assertPrecise(measureInTwoReindexes("stories", "in two reindexes"), 45, 0.85);
    assertPrecise(measureInTwoReindexes("stories-copies", "of copies in two reindexes"), 71, 0.95);
  }

  /**
   * An eighth set written blind to the same brief as the seventh, after every rule above (70
   * articles, 40 stories: 18 of two to four copies, among them updates, corrections, reprinted
   * releases, briefs and reworded versions; 22 single articles, most hard negatives within days).
   * Measured once, unseen: precision 1.000, recall 1.000 (43 same-story pairs).
   */
  @Test
  void groupingIsPreciseOnASecondSetOfEveryKindOfCopyWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-mixed-second", "of every kind of copy written blind, again"),
        70,
        0.95);
  }

  /**
   * A ninth set written blind to the same brief on a later round (70 articles, 40 stories: 18 of
   * two to four versions, 22 single articles, most hard negatives within days, in shuffled order).
   * Measured once, unseen: precision 0.944, recall 0.773 (44 same-story pairs). The wrong pairs are
   * a wire's next-day follow-up giving 72% of a resignation's facts in order, as a reworded copy
   * does (one of the set's reworded copies gives 71%). Two of the missed are a copy read before the
   * original: it starts a story, the original then joins the earliest of the two it copies, and
   * stories are not merged afterwards. The rest are reworded versions keeping under 70% of the
   * facts and briefs a third of the report's length. Since a brief keeping 85% of a report's facts
   * in order is the report cut short (found reading the eleventh), recall 0.818 and precision
   * 0.923: the follow-up's group now also holds the report's brief, so the one wrong grouping makes
   * three wrong pairs. Recall 0.864, precision 0.927, since documents are built earliest published
   * first among the articles read.
   */
  @Test
  void groupingOfANinthSetWrittenBlindHoldsWhatItMeasured() throws Exception {
    assertHolds(
        measureInOneReindex("stories-ninth", "of every kind of copy written blind, a ninth"),
        70,
        0.92,
        0.86);
  }

  /**
   * A tenth set written blind to the same brief (70 articles, 40 stories, 46 same-story pairs).
   * Measured once, unseen: precision 0.946, recall 0.761. The wrong pairs were one company's press
   * release and another's filled into the same template a day later, sharing half the shingles and
   * most of the headline but none of the figures, which the text and headline rules now ask to
   * agree: precision 1.000. The misses are a brief a third of its report's length, which the facts
   * rule groups with it but which shares no band with it (fact bands made of the lede's facts found
   * it, recall 0.826, but lost the fourteenth set 0.11 of its recall), reworded versions under 70%
   * of the facts, and independent write-ups. 0.826 with twelve bands of headline words and of
   * facts, not eight.
   */
  @Test
  void groupingIsPreciseOnATenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-tenth", "of every kind of copy written blind, a tenth"),
        70,
        0.82);
  }

  /**
   * An eleventh set written blind to the same brief after the tenth's change (70 articles, 40
   * stories, 45 same-story pairs). Measured once, unseen: precision 1.000, recall 0.756. Most of
   * the missed were one outlet's briefs of about 90 words, in its own words, of reports three times
   * as long: each keeps 0.88 to 0.94 of its facts in the report's order, a third of the report's,
   * where the facts rule asked half of the longer's. A brief keeping 85% of the shorter's facts in
   * order now counts however little of the longer it keeps (an article of another story keeps at
   * most 0.81 in the labelled sets): recall 0.889; 0.933 since a common word opening a sentence is
   * not a fact.
   */
  @Test
  void groupingIsPreciseOnAnEleventhSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-eleventh", "of every kind of copy written blind, an eleventh"),
        70,
        0.93);
  }

  /**
   * A twelfth set written blind to the same brief after the eleventh's change (70 articles, 40
   * stories, 44 same-story pairs). Measured once, unseen: precision 1.000, recall 1.000, the same
   * with the rules before the tenth's and eleventh's changes.
   */
  @Test
  void groupingIsPreciseOnATwelfthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-twelfth", "of every kind of copy written blind, a twelfth"),
        70,
        0.95);
  }

  /**
   * A thirteenth set written blind to the same brief (70 articles, 40 stories). Measured once,
   * unseen: precision 1.000, recall 1.000.
   */
  @Test
  void groupingIsPreciseOnAThirteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirteenth", "of every kind of copy written blind, a thirteenth"),
        70,
        0.95);
  }

  /**
   * A fourteenth set written blind to the same brief on the round after (70 articles, 39 stories,
   * 46 same-story pairs). Measured once, unseen: precision 1.000, recall 0.826 with the fact bands
   * of every fact, and 0.717 with those of the lede's first 16 facts, which the tenth set's brief
   * had prompted: that change was undone. 0.870 since a band of the run lists up to four articles
   * of a story, not one; 0.913 since documents are built earliest published first among the
   * articles read.
   */
  @Test
  void groupingIsPreciseOnAFourteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fourteenth", "of every kind of copy written blind, a fourteenth"),
        70,
        0.91);
  }

  /**
   * A fifteenth set written blind to the same brief after the fourteenth's round (70 articles, 40
   * stories, 44 same-story pairs). Measured once, unseen: precision 1.000, recall 0.818; never
   * read. 0.886 once the containment rule asked a shingle similarity of 0.15 rather than 0.25;
   * 0.909 since a common word opening a sentence is not a fact.
   */
  @Test
  void groupingIsPreciseOnAFifteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fifteenth", "of every kind of copy written blind, a fifteenth"),
        70,
        0.90);
  }

  /**
   * A sixteenth set written blind to the same brief after the fifteenth (70 articles, 40 stories:
   * 18 of two to four versions, 22 single articles; 45 same-story pairs). Measured once, unseen:
   * precision 1.000, recall 0.800; 0.844 since datelines and agencies' names are not facts; 0.889
   * since a common word opening a sentence is not a fact; 0.867 since documents are built earliest
   * published first among the articles read (a corrected recall's brief, read first, had bridged
   * the report and its correction).
   */
  @Test
  void groupingIsPreciseOnASixteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixteenth", "of every kind of copy written blind, a sixteenth"),
        70,
        0.93);
  }

  /**
   * A seventeenth set written blind to the same brief beside the sixteenth (70 articles, 40
   * stories: 18 of two to four versions, 22 single articles; 44 same-story pairs). Measured once,
   * unseen: precision 1.000, recall 0.818; 0.886 since a wire's slugs, date-only datelines and
   * closing source lines are not facts.
   */
  @Test
  void groupingIsPreciseOnASeventeenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-seventeenth", "of every kind of copy written blind, a seventeenth"),
        70,
        0.88);
  }

  /**
   * An eighteenth set written blind to the same brief (70 articles, 40 stories, 46 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.783; 0.826 since datelines and
   * agencies' names are not facts; 0.870 since documents are built earliest published first among
   * the articles read.
   */
  @Test
  void groupingIsPreciseOnAnEighteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-eighteenth", "of every kind of copy written blind, an eighteenth"),
        70,
        0.86);
  }

  /**
   * A nineteenth set written blind to the same brief (70 articles, 40 stories, 44 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.841; never read. 0.795 since a common
   * word opening a sentence is not a fact: a brief's headline opens with "Data centre operator",
   * whose "data" had been one fact more it shared in order with the report.
   */
  @Test
  void groupingIsPreciseOnANineteenthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-nineteenth", "of every kind of copy written blind, a nineteenth"),
        70,
        0.79);
  }

  /**
   * A twentieth set written blind to the same brief (70 articles, 40 stories, 44 same-story pairs).
   * Measured once, unseen: precision 1.000, recall 0.750 (the same with the session's first rules);
   * 0.841 with twelve bands of headline words and of facts, not eight; 0.795 since documents are
   * built earliest published first among the articles read (an outage's update and its brief no
   * longer bridge the report and its copy); 0.886 since an update revising every figure of one
   * company's report joins it (an outage's "UPDATE 2").
   */
  @Test
  void groupingIsPreciseOnATwentiethSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentieth", "of every kind of copy written blind, a twentieth"),
        70,
        0.88);
  }

  /**
   * A twenty-first set written blind to the same brief (70 articles, 40 stories, 44 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.886; 0.955 since a wire's slugs,
   * date-only datelines and closing source lines are not facts. With sixteen bands of facts, a
   * column restating the story's names and figures in order the next day joined it: the facts rule
   * cannot tell the two, and only the bands kept them apart. Since documents are built earliest
   * published first among the articles read, recall 1.000 and precision 0.917: the column, built
   * after all four versions of the story, meets two of them (42 and 21 facts, 70% and more of the
   * column's 31 in order, text similarity 0.012 and 0.004) and joins it, four wrong pairs.
   */
  @Test
  void groupingOfATwentyFirstSetWrittenBlindHoldsWhatItMeasured() throws Exception {
    assertHolds(
        measureInOneReindex(
            "stories-twentyfirst", "of every kind of copy written blind, a twenty-first"),
        70,
        0.91,
        1.0);
  }

  /**
   * A twenty-second set written blind beside the twenty-first (70 articles, 40 stories, 44
   * same-story pairs), never read. Measured once, unseen, after every change of its session:
   * precision 1.000, recall 0.818 (the same with the session's first rules); 0.864 since a band of
   * the run lists up to four articles of a story, not one.
   */
  @Test
  void groupingIsPreciseOnATwentySecondSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentysecond", "of every kind of copy written blind, a twenty-second"),
        70,
        0.86);
  }

  /**
   * A twenty-third set written blind to the same brief (70 articles, 40 stories, 44 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.795; 0.841 with twelve bands of
   * headline words and of facts, not eight; 0.932 since documents are built earliest published
   * first among the articles read.
   */
  @Test
  void groupingIsPreciseOnATwentyThirdSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentythird", "of every kind of copy written blind, a twenty-third"),
        70,
        0.99);
  }

  /**
   * A twenty-fourth set written blind to the same brief (70 articles, 40 stories, 45 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.800, then read: its briefs move the
   * dateline's agency to their end; 0.867 since datelines and agencies' names are not facts; 0.889
   * since a common word opening a sentence is not a fact; 0.933 since documents are built earliest
   * published first among the articles read.
   */
  @Test
  void groupingIsPreciseOnATwentyFourthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentyfourth", "of every kind of copy written blind, a twenty-fourth"),
        70,
        0.93);
  }

  /**
   * A twenty-fifth set written blind beside the twenty-fourth (70 articles, 40 stories, 45
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.867; 0.889
   * since a common word opening a sentence is not a fact.
   */
  @Test
  void groupingIsPreciseOnATwentyFifthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentyfifth", "of every kind of copy written blind, a twenty-fifth"),
        70,
        0.88);
  }

  /**
   * A twenty-sixth set written blind to the same brief at that session's end (70 articles, 40
   * stories, 45 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.733
   * (the same with the session's first rules), then read: a brief of a report carried its wire's
   * slug ("BRIEF-"), a dateline of only the date and a closing "Source text:" line; 0.800 since a
   * wire's slugs, date-only datelines and closing source lines are not facts; 0.889 since a common
   * word opening a sentence is not a fact ("Closing is expected…", "Most of the cuts…").
   */
  @Test
  void groupingIsPreciseOnATwentySixthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentysixth", "of every kind of copy written blind, a twenty-sixth"),
        70,
        0.88);
  }

  /**
   * A twenty-seventh set written blind to the same brief (70 articles, 40 stories, 44 same-story
   * pairs). Measured once, unseen: precision 1.000, recall 0.841, then read; 0.864 with twelve
   * bands of headline words and of facts, not eight.
   */
  @Test
  void groupingIsPreciseOnATwentySeventhSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentyseventh", "of every kind of copy written blind, a twenty-seventh"),
        70,
        0.86);
  }

  /**
   * A twenty-eighth set written blind beside the twenty-seventh (70 articles, 40 stories, 44
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 1.000, the same
   * after every change of its session.
   */
  @Test
  void groupingIsPreciseOnATwentyEighthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentyeighth", "of every kind of copy written blind, a twenty-eighth"),
        70,
        0.95);
  }

  /**
   * A twenty-ninth set written blind to the same brief at that session's end (70 articles, 40
   * stories, 44 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.773
   * (the same with the session's first rules); 0.818, still unread, since a common word opening a
   * sentence is not a fact.
   */
  @Test
  void groupingIsPreciseOnATwentyNinthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-twentyninth", "of every kind of copy written blind, a twenty-ninth"),
        70,
        0.81);
  }

  /**
   * A thirtieth set written blind to the same brief in the next session (70 articles, 40 stories,
   * 44 same-story pairs). Measured once, unseen: precision 1.000, recall 0.932, then read: its
   * three misses were one brief of a report's update, read before the update and the report (the
   * update, read later, joined the earliest story it matched, the report's, and a story once
   * assigned is not merged with another); 1.000 since documents are built earliest published first
   * among the articles read.
   */
  @Test
  void groupingIsPreciseOnAThirtiethSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtieth", "of every kind of copy written blind, a thirtieth"),
        70,
        1.0);
  }

  /**
   * A thirty-first set written blind beside the thirtieth (70 articles, 40 stories, 45 same-story
   * pairs), never read. Measured once, unseen: precision 1.000, recall 0.800; 0.867, still unread,
   * since documents are built earliest published first among the articles read.
   */
  @Test
  void groupingIsPreciseOnAThirtyFirstSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtyfirst", "of every kind of copy written blind, a thirty-first"),
        70,
        0.86);
  }

  /**
   * A thirty-second set written blind to the same brief at that session's end (70 articles, 40
   * stories, 45 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.978
   * (the same with the session's first rules).
   */
  @Test
  void groupingIsPreciseOnAThirtySecondSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtysecond", "of every kind of copy written blind, a thirty-second"),
        70,
        0.97);
  }

  /**
   * A thirty-third set written blind to the same brief in the next session (70 articles, 40
   * stories, 44 same-story pairs). Measured once, unseen: precision 1.000, recall 0.818; read, its
   * misses left: briefs and rewrites that keep the facts but not their order or words ("In brief:
   * Nordvale buys Paylark", "Hollis & Crane shuts 47 shops").
   */
  @Test
  void groupingIsPreciseOnAThirtyThirdSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtythird", "of every kind of copy written blind, a thirty-third"),
        70,
        0.81);
  }

  /**
   * A thirty-fourth set written blind beside the thirty-third (70 articles, 40 stories, 44
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.909; 0.955
   * since an update revising every figure of one company's report joins it.
   */
  @Test
  void groupingIsPreciseOnAThirtyFourthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtyfourth", "of every kind of copy written blind, a thirty-fourth"),
        70,
        0.95);
  }

  /**
   * A thirty-fifth set written blind to the same brief at that session's end (70 articles, 40
   * stories, 44 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.886
   * (the same with the session's first rules); 0.909 since an update revising every figure of one
   * company's report joins it.
   */
  @Test
  void groupingIsPreciseOnAThirtyFifthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtyfifth", "of every kind of copy written blind, a thirty-fifth"),
        70,
        0.9);
  }

  /**
   * A thirty-sixth set written blind to the same brief (70 articles, 40 stories, 44 same-story
   * pairs), read. Measured once before reading: precision 1.000, recall 0.955 (its two misses were
   * a recall's "UPDATE 1" that widened it, every figure new); 1.000 since such an update joins the
   * report of the company it names most.
   */
  @Test
  void groupingIsPreciseOnAThirtySixthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtysixth", "of every kind of copy written blind, a thirty-sixth"),
        70,
        0.99);
  }

  /**
   * A thirty-seventh set written blind beside the thirty-sixth (70 articles, 40 stories, 44
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.886, the same
   * after the thirty-sixth's change.
   */
  @Test
  void groupingIsPreciseOnAThirtySeventhSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtyseventh", "of every kind of copy written blind, a thirty-seventh"),
        70,
        0.88);
  }

  /**
   * A thirty-eighth set written blind to the same brief at that session's end (70 articles, 40
   * stories, 45 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 1.000
   * (the same with the session's first rules).
   */
  @Test
  void groupingIsPreciseOnAThirtyEighthSetWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-thirtyeighth", "of every kind of copy written blind, a thirty-eighth"),
        70,
        0.99);
  }

  /**
   * A thirty-ninth set written blind to a new brief (70 articles, 40 stories, 42 same-story pairs),
   * read: copies are mostly each outlet's own write-up of the news (a press release and the reports
   * of it, rewrites in new sentences and order, 80-word briefs), traps the same company's other
   * news, one template for two companies, digests. Measured once before reading: precision 1.000,
   * recall 0.357; 0.762 since a write-up that shares a quarter of the words, most of the names and
   * every figure is one story; 0.786 since one whose rare words agree may give a figure of its own.
   */
  @Test
  void groupingIsPreciseOnAThirtyNinthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-thirtyninth", "of outlets' own write-ups written blind"),
        70,
        0.85);
  }

  /**
   * A fortieth set written blind beside the thirty-ninth, to its brief (70 articles, 40 stories, 45
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.200; 0.422
   * after the thirty-ninth's change, 0.556 after the forty-second's, precision unchanged. 0.689
   * since a write-up sharing a figure may weigh 0.40 by rare words ({@code
   * StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFortiethSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex("stories-fortieth", "of outlets' own write-ups written blind, again"),
        70,
        0.68);
  }

  /**
   * A forty-first set written blind to the thirty-ninth's brief at that session's end (70 articles,
   * 40 stories, 43 same-story pairs), never read. Measured once, unseen: precision 1.000, recall
   * 0.651 (0.302 with the session's first rules); 0.721 after the forty-second's change.
   */
  @Test
  void groupingIsPreciseOnAFortyFirstSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyfirst", "of outlets' own write-ups written blind, a third"),
        70,
        0.74);
  }

  /**
   * A forty-second set written blind to the thirty-ninth's brief in a later session (70 articles,
   * 40 stories, 44 same-story pairs), read. Measured once before reading: precision 1.000, recall
   * 0.455; 0.636 since a write-up whose words, weighted by their rarity in news, agree ({@code
   * StorySignature.SAME_RARE_WORDS}) may give one figure in four of its own. The misses left name
   * under 60% of each other's names (their own sources and places) or give more figures of their
   * own. 0.773 since a write-up sharing a figure may weigh 0.40 by rare words ({@code
   * StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFortySecondSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortysecond", "of outlets' own write-ups written blind, a fourth"),
        70,
        0.79);
  }

  /**
   * A forty-third set written blind beside the forty-second, to its brief (70 articles, 40 stories,
   * 44 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.523; 0.636
   * after the forty-second's change, precision unchanged.
   */
  @Test
  void groupingIsPreciseOnAFortyThirdSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortythird", "of outlets' own write-ups written blind, a fifth"),
        70,
        0.70);
  }

  /**
   * A forty-fourth set written blind to the thirty-ninth's brief at the forty-second's session's
   * end (70 articles, 40 stories, 44 same-story pairs), never read. Measured once, unseen:
   * precision 1.000, recall 0.591 (0.523 with the session's first rules).
   */
  @Test
  void groupingIsPreciseOnAFortyFourthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyfourth", "of outlets' own write-ups written blind, a sixth"),
        70,
        0.79);
  }

  /**
   * A forty-fifth set written blind to the thirty-ninth's brief in a later session (70 articles, 40
   * stories, 44 same-story pairs), read. Measured once before reading: precision 1.000, recall
   * 0.795; 0.818 since a write-up naming as few as 30% of the other's names is one story with it
   * when its rare words agree and every one of at least three figures of the fewer is the other's
   * ({@code StorySignature.SAME_NAMES_OF_RECOUNT}). The misses left give figures of their own, or
   * share their rarer words at under 0.45.
   */
  @Test
  void groupingIsPreciseOnAFortyFifthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyfifth", "of outlets' own write-ups written blind, a seventh"),
        70,
        0.84);
  }

  /**
   * A forty-sixth set written blind beside the forty-fifth, to its brief (70 articles, 40 stories,
   * 45 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.444; 0.467
   * after the forty-fifth's change.
   */
  @Test
  void groupingIsPreciseOnAFortySixthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortysixth", "of outlets' own write-ups written blind, an eighth"),
        70,
        0.71);
  }

  /**
   * A forty-seventh set written blind to the forty-fifth's brief at that session's end (70
   * articles, 40 stories, 44 same-story pairs), never read. Measured once, unseen: precision 1.000,
   * recall 0.705 (0.614 with the session's first rules).
   */
  @Test
  void groupingIsPreciseOnAFortySeventhSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyseventh", "of outlets' own write-ups written blind, a ninth"),
        70,
        0.81);
  }

  /**
   * A forty-eighth and a forty-ninth set written blind to the forty-fifth's brief in a later
   * session (70 articles and 40 stories each, 44 and 45 same-story pairs), measured once before any
   * change: precision 1.000, recall 0.727, and 1.000, 0.667. The forty-eighth, read: its misses are
   * write-ups sharing half their figures and rare words 0.44–0.66 alike, below what the nearest
   * pairs of different stories reach. The forty-ninth is never read.
   */
  @Test
  void groupingIsPreciseOnAFortyEighthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyeighth", "of outlets' own write-ups written blind, a tenth"),
        70,
        0.81);
  }

  /** The forty-ninth set of {@link #groupingIsPreciseOnAFortyEighthSetOfWriteUpsWrittenBlind}. */
  @Test
  void groupingIsPreciseOnAFortyNinthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fortyninth", "of outlets' own write-ups written blind, an eleventh"),
        70,
        0.73);
  }

  /**
   * A fiftieth set written blind to the forty-fifth's brief at that session's end (70 articles, 40
   * stories, 45 same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.489
   * (the session changed no grouping rule). 0.578 since a write-up sharing a figure may weigh 0.40
   * by rare words ({@code StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFiftiethSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftieth", "of outlets' own write-ups written blind, a twelfth"),
        70,
        0.57);
  }

  /**
   * A fifty-first and a fifty-second set written blind to the forty-fifth's brief in a later
   * session (70 articles and 40 stories each, 45 and 43 same-story pairs), measured once before any
   * change: precision 1.000, recall 0.756, and 1.000, 0.581. The fifty-first, read: its misses are
   * again write-ups of one event by different outlets (a plant fire, a drug trial, a bank's new
   * chief told by the bank and by a paper) and a wire report's updates; no rule changed. The
   * fifty-second is never read. 0.778 and 0.721 since a write-up sharing a figure may weigh 0.40 by
   * rare words ({@code StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFiftyFirstSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyfirst", "of outlets' own write-ups written blind, a thirteenth"),
        70,
        0.77);
  }

  /** The fifty-second set of {@link #groupingIsPreciseOnAFiftyFirstSetOfWriteUpsWrittenBlind}. */
  @Test
  void groupingIsPreciseOnAFiftySecondSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftysecond", "of outlets' own write-ups written blind, a fourteenth"),
        70,
        0.72);
  }

  /**
   * A fifty-third set written blind to the forty-fifth's brief at that session's end (70 articles,
   * 40 stories, 44 same-story pairs), never read. Measured once, unseen: precision 1.000, recall
   * 0.614 (the session changed no grouping rule).
   */
  @Test
  void groupingIsPreciseOnAFiftyThirdSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftythird", "of outlets' own write-ups written blind, a fifteenth"),
        70,
        0.74);
  }

  /**
   * A fifty-fourth and a fifty-fifth set written blind to the forty-fifth's brief in a later
   * session (70 articles and 40 stories each, 46 and 44 same-story pairs), measured once before any
   * change: precision 1.000, recall 0.696, and 1.000, 0.636. The fifty-fourth, read: its misses are
   * a takeover's wire report, its "UPDATE 1" with unions' and analysts' comments, a newspaper's
   * write-up and the buyer's own announcement (they share a third of their words and about 60% of
   * their figures, each adding its own), a scooter's launch told by its maker, a paper, a review
   * and a brief, a recall and a retailer's collapse told by two outlets; no rule changed, as other
   * stories' pairs of the labelled sets come as close. The fifty-fifth is never read.
   */
  @Test
  void groupingIsPreciseOnAFiftyFourthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyfourth", "of outlets' own write-ups written blind, a sixteenth"),
        70,
        0.89);
  }

  /** The fifty-fifth set of {@link #groupingIsPreciseOnAFiftyFourthSetOfWriteUpsWrittenBlind}. */
  @Test
  void groupingIsPreciseOnAFiftyFifthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyfifth", "of outlets' own write-ups written blind, a seventeenth"),
        70,
        0.7);
  }

  /**
   * A fifty-sixth set written blind to the forty-fifth's brief during the fifty-fourth's session
   * (70 articles, 40 stories, 44 same-story pairs), never read. Measured once, unseen: precision
   * 1.000, recall 0.727 (the session changed no grouping rule). 0.795 since a write-up sharing a
   * figure may weigh 0.40 by rare words ({@code StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFiftySixthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftysixth", "of outlets' own write-ups written blind, an eighteenth"),
        70,
        0.79);
  }

  /**
   * A fifty-seventh set written blind to the forty-fifth's brief in a later session (70 articles,
   * 40 stories, 44 same-story pairs), measured once, unseen: precision 1.000, recall 0.818; read.
   */
  @Test
  void groupingIsPreciseOnAFiftySeventhSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyseventh", "of outlets' own write-ups written blind, a nineteenth"),
        70,
        0.81);
  }

  /**
   * A fifty-eighth set written blind beside the fifty-seventh (45 same-story pairs), never read.
   * Measured once, unseen: precision 1.000, recall 0.844. 0.911 since a write-up sharing a figure
   * may weigh 0.40 by rare words ({@code StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnAFiftyEighthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyeighth", "of outlets' own write-ups written blind, a twentieth"),
        70,
        0.91);
  }

  /**
   * A fifty-ninth set written blind to the forty-fifth's brief during the fifty-seventh's session
   * (70 articles, 40 stories, 44 same-story pairs), never read. Measured once, unseen: precision
   * 1.000, recall 0.659 (the session changed no grouping rule).
   */
  @Test
  void groupingIsPreciseOnAFiftyNinthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-fiftyninth", "of outlets' own write-ups written blind, a twenty-first"),
        70,
        0.81);
  }

  /**
   * A sixtieth set written blind to the forty-fifth's brief in a later session (70 articles, 40
   * stories, 44 same-story pairs), read. Measured once, unseen: precision 1.000, recall 0.545; its
   * misses are write-ups sharing under half their wording, which no rule changed for. 0.750 since a
   * write-up sharing a figure may weigh 0.40 by rare words ({@code
   * StorySignature.SAME_RARE_WITH_FIGURE}).
   */
  @Test
  void groupingIsPreciseOnASixtiethSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtieth", "of outlets' own write-ups written blind, a twenty-second"),
        70,
        0.81);
  }

  /**
   * A sixty-first set written blind beside the sixtieth (45 same-story pairs), never read. Measured
   * once, unseen: precision 1.000, recall 0.689.
   */
  @Test
  void groupingIsPreciseOnASixtyFirstSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtyfirst", "of outlets' own write-ups written blind, a twenty-third"),
        70,
        0.77);
  }

  /**
   * A sixty-second set written blind to the same brief during the sixtieth's session (45 same-story
   * pairs), never read. Measured once, unseen: precision 1.000, recall 0.711 (the session changed
   * no grouping rule).
   */
  @Test
  void groupingIsPreciseOnASixtySecondSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtysecond", "of outlets' own write-ups written blind, a twenty-fourth"),
        70,
        0.82);
  }

  /**
   * A sixty-third and a sixty-fourth set written blind to the same brief in a later session (43 and
   * 44 same-story pairs), neither read. Measured once, unseen: precision 1.000, recall 0.651; and
   * precision 1.000, recall 0.523.
   */
  @Test
  void groupingIsPreciseOnASixtyThirdSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtythird", "of outlets' own write-ups written blind, a twenty-fifth"),
        70,
        0.69);
  }

  @Test
  void groupingIsPreciseOnASixtyFourthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtyfourth", "of outlets' own write-ups written blind, a twenty-sixth"),
        70,
        0.56);
  }

  /**
   * A sixty-fifth set written blind to the same brief during the sixty-third's session (42
   * same-story pairs), never read. Measured once, unseen: precision 1.000, recall 0.619 (the
   * session changed no grouping rule).
   */
  @Test
  void groupingIsPreciseOnASixtyFifthSetOfWriteUpsWrittenBlind() throws Exception {
    assertPrecise(
        measureInOneReindex(
            "stories-sixtyfifth", "of outlets' own write-ups written blind, a twenty-seventh"),
        70,
        0.85);
  }

  /**
   * A sixty-sixth and a sixty-seventh set written blind to the same brief in a later session (43
   * and 44 same-story pairs), measured once before any change: precision 1.000, recall 0.605 and
   * 0.659. The sixty-sixth, read: its missed pairs are write-ups that share 0.36 to 0.59 of their
   * rare words and half to two thirds of the fewer figures, where other stories within two days
   * reach as much; no rule changed. The sixty-seventh is never read. A sixty-eighth (45 pairs),
   * written blind during that session, never read: 1.000 / 0.800. A sixty-ninth and a seventieth
   * (45 pairs each), written blind at the start of the next session, measured once before any
   * change: 1.000 / 0.533 and 1.000 / 0.756. The sixty-ninth, read, missed an "UPDATE 1" beside its
   * wire report, the same lead with analysts' comments and share moves added: their rare words 0.65
   * alike, five of eight figures shared. Pairs of that kind across the labelled sets led to {@code
   * StorySignature.SAME_RARE_STORY}, after which the sixty-sixth is at 0.767, the sixty-eighth at
   * 0.822, the sixty-ninth at 0.556 and the seventieth, never read, the same. A seventy-first (44
   * pairs), written blind during that session, measured once after it: 1.000 / 0.705 (0.659 with
   * the session's first rules); never read. A seventy-second and a seventy-third (44 and 45 pairs),
   * written blind at the start of a later session, measured once before any change: 1.000 / 0.705
   * and 1.000 / 0.867, the same after that session's changes; both never read. A seventy-fourth (45
   * pairs), written blind during that session, measured once after its changes: 1.000 / 0.933, the
   * same with its first rules; never read. A seventy-fifth, seventy-sixth and seventy-seventh (45
   * pairs each), written blind in a later session to a brief rewritten from scratch that asked for
   * most copies to be each outlet's own write-up in new sentences and order, measured once before
   * any change: 1.000 / 0.111, 1.000 / 0.089 and 1.000 / 0.200. The seventy-fifth's missed pairs
   * were read as their measures only: most share no text, a fifth of their content words and a
   * quarter of their rare words, and 17 of its 40 are not even candidates (no band in common). Of
   * the rules tried over every labelled set on names, subject, rare words and the articles' topics,
   * one joined no two stories anywhere: two write-ups within two days that name one subject most,
   * each give {@code MIN_FACTS} facts, share {@code SAME_NAMES} of the fewer names, contradict no
   * figure and weigh {@code SAME_RARE_WORDS} alike by rare words ({@code StorySignature.retold}).
   * With it the seventy-fifth is at 0.133, and ten earlier sets rose, none fell, precision 1.000 in
   * all: the sixteenth 0.867 → 0.933, forty-fourth 0.773 → 0.795, fifty-fourth 0.826 → 0.891,
   * fifty-fifth 0.636 → 0.682, sixtieth 0.591 → 0.659, sixty-first 0.689 → 0.733, sixty-fourth
   * 0.545 → 0.568, sixty-seventh 0.659 → 0.795, seventy-second (never read) 0.705 → 0.750, and the
   * first blind set 0.603 → 0.651. The seventy-sixth and seventy-seventh, never read, are the same
   * with it. A seventy-eighth (the same brief), written blind during that session, measured once
   * after its changes: 1.000 / 0.133, the same with its first rules; never read. A seventy-ninth
   * (45 pairs), written blind at the start of the next session to that brief asking for half the
   * copies to be reprints or edited versions, measured once before any change: 1.000 / 0.444; never
   * read. Then two write-ups that {@code retold} would join but for their rare words, which share a
   * figure (a sum, a count) and weigh 0.40 alike ({@code StorySignature.SAME_RARE_WITH_FIGURE}),
   * are one story too: eleven sets rose, none fell, precision 1.000 in all (the seventy-ninth
   * 0.489, the seventy-fifth 0.156, the sixty-eighth 0.844, the rest in their own tests), once a
   * headline labelled comment or analysis ("Opinion: …") kept its piece from the report's story:
   * the forty-fifth's opinion column on a chief's resignation, the day after it, had joined it
   * (precision 0.947). An eightieth (45 pairs, the seventy-ninth's brief), written blind after
   * these changes, measured once: 1.000 / 0.333, the same with the session's first rules; its
   * missed pairs then read as measures (not text): write-ups giving every figure of the fewer,
   * about one subject, whose rare words weigh 0.30 to 0.45. Two such write-ups within two days are
   * now one story ({@code StorySignature.SAME_RARE_OF_EVERY_FIGURE}): the eightieth 0.422, the
   * seventy-ninth (measured before, its pairs never seen) 0.600, and seventeen more sets rose (the
   * bars of their tests), the seventeenth grouping one wrong pair (precision 0.957): an unlabelled
   * analysis of a merger's effect on phone bills, the same day, with every figure of the report. An
   * eighty-first and an eighty-second (45 pairs each, the same brief), written blind after that,
   * measured once: 1.000 / 0.311 and 1.000 / 0.378 (0.289 and 0.356 with the session's first
   * rules); never read. An eighty-third and an eighty-fourth (the same brief), written blind at the
   * start of the next session, measured once: 1.000 / 0.244 and 1.000 / 0.222. The eighty-third's
   * missed pairs, read as measures (not text), were write-ups within a day about one subject whose
   * headlines share words; scanning every set but the eighty-fourth, such pairs that also share
   * half the fewer names and rare words 0.33 alike were 38 of one story and none of two once their
   * headlines shared a fifth of their words ({@code StorySignature.SAME_HEADLINE_WORDS}). Through
   * the reindex: the eighty-fourth (never read, not scanned) 0.222 &rarr; 0.311, the eighty-third
   * 0.400, and twelve more sets up (the bars of their tests), none lower, precision 1.000 in all.
   * An eighty-fifth and an eighty-sixth (the same brief), written blind after that rule, measured
   * once: 1.000 / 0.400 and 1.000 / 0.267, each the same with the session's first rules; never
   * read. An eighty-seventh and an eighty-eighth (the same brief), written blind at the start of
   * the next session, measured once: 1.000 / 0.378 and 1.000 / 0.244; never read. That session
   * scanned every earlier set's pairs the rules miss for a conjunction of thresholds (days apart,
   * subject, figures, names, rare, headline and content words, facts) adding no wrong pair in half
   * of the sets: the best added 51 of their 433 missed pairs there, and in the other half 46 of 388
   * with 5 wrong, so none was kept. An eighty-ninth and a ninetieth (the same brief), written blind
   * at the start of the session after, measured once: 1.000 / 0.444 and 1.000 / 0.378; never read.
   * That session fitted a logistic regression over the same features to half of the sets: at the
   * threshold adding no wrong pair there, the other half gained 33 of 388 missed pairs with 1 wrong
   * one and, the other way round, 75 of 433 with 1 wrong one: too little for a rule, so none was
   * kept. A ninety-first and a ninety-second (the same brief), written blind at the start of the
   * next session, measured once: 1.000 / 0.311 and 1.000 / 0.511; never read. A ninety-third and a
   * ninety-fourth (the same brief), written blind at the start of the session after, measured once:
   * 1.000 / 0.289 and 1.000 / 0.289; never read. A ninety-fifth and a ninety-sixth (the same
   * brief), written blind at the start of the next session, measured once: 1.000 / 0.400 and 1.000
   * / 0.400; never read. That session fitted the logistic regression again, each set left out in
   * turn, at the threshold adding no wrong pair in the others: 30 of 1,054 missed pairs, 2 wrong. A
   * ninety-seventh and a ninety-eighth (a brief written anew to the same plan, the old one lost
   * with its machine), written blind at the start of the next session, measured once: 1.000 / 0.800
   * and 1.000 / 0.689; never read. A ninety-ninth (71 articles) and a hundredth (the same brief),
   * written blind at the start of the session after, measured once: 1.000 / 0.717 and 1.000 /
   * 0.522; never read. A hundred-and-first and a hundred-and-second (the same brief), written blind
   * at the start of the next session, measured once: 1.000 / 0.756 and 1.000 / 0.844; never read.
   */
  @ParameterizedTest
  @CsvSource({
    "stories-sixtysixth, a twenty-eighth, 70, 0.76",
    "stories-sixtyseventh, a twenty-ninth, 70, 0.79",
    "stories-sixtyeighth, a thirtieth, 70, 0.86",
    "stories-sixtyninth, a thirty-first, 70, 0.62",
    "stories-seventieth, a thirty-second, 70, 0.86",
    "stories-seventyfirst, a thirty-third, 70, 0.70",
    "stories-seventysecond, a thirty-fourth, 70, 0.84",
    "stories-seventythird, a thirty-fifth, 70, 0.86",
    "stories-seventyfourth, a thirty-sixth, 70, 0.93",
    "stories-seventyfifth, a thirty-seventh, 70, 0.17",
    "stories-seventysixth, a thirty-eighth, 70, 0.13",
    "stories-seventyseventh, a thirty-ninth, 70, 0.22",
    "stories-seventyeighth, a fortieth, 70, 0.15",
    "stories-seventyninth, a forty-first, 70, 0.6",
    "stories-eightieth, a forty-second, 70, 0.42",
    "stories-eightyfirst, a forty-third, 70, 0.31",
    "stories-eightysecond, a forty-fourth, 70, 0.37",
    "stories-eightythird, a forty-fifth, 70, 0.4",
    "stories-eightyfourth, a forty-sixth, 70, 0.31",
    "stories-eightyfifth, a forty-seventh, 70, 0.4",
    "stories-eightysixth, a forty-eighth, 70, 0.26",
    "stories-eightyseventh, a forty-ninth, 70, 0.37",
    "stories-eightyeighth, a fiftieth, 70, 0.24",
    "stories-eightyninth, a fifty-first, 70, 0.44",
    "stories-ninetieth, a fifty-second, 70, 0.37",
    "stories-ninetyfirst, a fifty-third, 70, 0.31",
    "stories-ninetysecond, a fifty-fourth, 70, 0.51",
    "stories-ninetythird, a fifty-fifth, 70, 0.28",
    "stories-ninetyfourth, a fifty-sixth, 70, 0.28",
    "stories-ninetyfifth, a fifty-seventh, 70, 0.4",
    "stories-ninetysixth, a fifty-eighth, 70, 0.4",
    "stories-ninetyseventh, a fifty-ninth, 70, 0.8",
    "stories-ninetyeighth, a sixtieth, 70, 0.68",
    "stories-ninetyninth, a sixty-first, 71, 0.71",
    "stories-hundredth, a sixty-second, 70, 0.52",
    "stories-hundredfirst, a sixty-third, 70, 0.75",
    "stories-hundredsecond, a sixty-fourth, 70, 0.84"
  })
  void groupingIsPreciseOnLaterSetsOfWriteUpsWrittenBlind(
      String fixture, String ordinal, int articles, double leastRecall) throws Exception {
    assertPrecise(
        measureInOneReindex(fixture, "of outlets' own write-ups written blind, " + ordinal),
        articles,
        leastRecall);
  }

  /** Every other article indexed first, then the rest in a second reindex. */
  private Measure measureInTwoReindexes(String fixture, String how) throws IOException {
    Path corpus = TestCorpus.copy(fixture, dir.resolve(fixture));
    Path file = corpus.resolve("corpus/labelled.jsonl");
    List<String> lines = Files.readAllLines(file);
    List<String> everyOther = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += 2) {
      everyOther.add(lines.get(i));
    }
    Path index = dir.resolve(fixture + "-index");
    Files.write(file, everyOther);
    TestCorpus.reindex(index, false, corpus);
    Files.write(file, lines);
    TestCorpus.reindex(index, false, corpus);
    return measure(how, labelled(corpus), TestCorpus.stories(index));
  }

  /** Precision and recall over the labelled pairs. */
  private record Measure(double precision, double recall, int stories) {}

  private static Measure measure(String how, List<JsonNode> labelled, Map<String, Long> stories) {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        boolean same = label(labelled.get(i)).equals(label(labelled.get(j)));
        boolean grouped = stories.get(id(labelled.get(i))).equals(stories.get(id(labelled.get(j))));
        if (grouped && same) {
          truePositives++;
        } else if (grouped) {
          falsePositives++;
          System.out.println(
              "grouped, not one story: " + id(labelled.get(i)) + " " + id(labelled.get(j)));
        } else if (same) {
          falseNegatives++;
          System.out.println(
              "one story, not grouped: " + id(labelled.get(i)) + " " + id(labelled.get(j)));
        }
      }
    }
    double precision = (double) truePositives / (truePositives + falsePositives);
    double recall = (double) truePositives / (truePositives + falseNegatives);
    System.out.printf(
        "story grouping %s on %d articles: precision %.3f, recall %.3f (%d same-story pairs)%n",
        how, labelled.size(), precision, recall, truePositives + falseNegatives);
    return new Measure(precision, recall, stories.size());
  }

  private static void assertPrecise(Measure measure, int articles, double leastRecall) {
    assertHolds(measure, articles, 0.95, leastRecall);
  }

  private static void assertHolds(
      Measure measure, int articles, double leastPrecision, double leastRecall) {
    assertEquals(articles, measure.stories());
    assertTrue(measure.precision() >= leastPrecision, "precision " + measure.precision());
    assertTrue(measure.recall() >= leastRecall, "recall " + measure.recall());
  }

  private static List<JsonNode> labelled(Path corpus) throws IOException {
    List<JsonNode> labelled = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus.resolve("corpus/labelled.jsonl"))) {
      labelled.add(json.readTree(line));
    }
    return labelled;
  }

  private static String id(JsonNode article) {
    return article.get("id").asText();
  }

  private static String label(JsonNode article) {
    return article.get("story").asText();
  }
}
