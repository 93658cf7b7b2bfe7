package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsarchive.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Topic tagging measured on the labelled articles, split by who wrote them and when (see the
 * README): the cues alone, and the cues with a topic model learnt without the split it is measured
 * on (cross-validation by split), since the shipped model has learnt from every split.
 */
class TopicTaggingQualityTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  /** The labelled articles the shipped model learns from, each set of them a split. */
  private static final String LABELLED = "/tagging/topics.jsonl";

  @TempDir Path dir;

  @Test
  void topicTaggingReachesF1OfNinetyFiveOnTheDevSplitWithNoTrapFiled() throws Exception {
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(), CORPUS);
    ArticleTagger cues = tagger.withTopicModel(TopicModel.none());
    LabelledSet cuesAlone =
        LabelledSet.read(LABELLED)
            .score(item -> cues.tag(article(item)).topics(), LabelledSet.Item::topics);
    System.out.println(cuesAlone.report("Topic tagging, the cues alone"));

    LabelledSet labelled = LabelledSet.read(LABELLED);
    Map<String, TopicModel> learntWithout = learntWithoutEachSplit();
    labelled.score(
        item -> tagger.withTopicModel(learntWithout.get(item.split())).tag(article(item)).topics(),
        LabelledSet.Item::topics);
    String report = labelled.report("Topic tagging, the cues and a model learnt without the split");
    System.out.println(report);

    assertTrue(labelled.items.size() >= 40, "at least 40 labelled articles");
    assertEquals(0, labelled.total("dev trap").falsePositives(), report);
    assertTrue(labelled.total("dev").f1() >= 0.95, report);
    assertTrue(labelled.total("blind").f1() >= 0.85, report);
    assertTrue(
        labelled.total("").f1() > cuesAlone.total("").f1(),
        "the model must earn its place on articles it has not learnt from");
  }

  /**
   * The sets written blind after the model and measured unseen, as users got the tagger then, which
   * joined its examples on 2026-12-05: each tagged by a model learnt from every other split.
   * Unseen, with the shipped tagger of their day: the thirteenth (50 short briefs from every trade,
   * 15 traps) 0.941; the fourteenth (50 broadcast transcripts, newsletters and columns, 15 traps)
   * 0.953, one trap tagged (a poker "chip leader"); the fifteenth (50 articles from other trades,
   * half without the topic's plain word) 0.860, one trap tagged ("kettle chips"); the sixteenth
   * (half from other industries and in paraphrase) 0.913, one trap tagged (two charity choirs'
   * "merger"); the seventeenth (two thirds in paraphrase) 0.913; the eighteenth (every trade, 16
   * traps) 0.931, 2 traps tagged (an athlete's "earnings", a council's purchase of farmland); the
   * nineteenth (every trade and outlet, half in its own jargon, 16 traps) 0.940, 3 traps tagged (a
   * school's new headteacher, a football club's "acquisition" of a striker, a burst water main's
   * "outage"); the twentieth (36 ordinary from every trade, half without their topics' plain words,
   * 14 traps) 0.819 (precision 0.956, recall 0.717), one trap tagged (again a striker's
   * "acquisition"). Each learnt without, from the 922 other articles: thirteenth 0.958 → 0.967,
   * fourteenth 0.953 → 0.962, fifteenth 0.882 → 0.918, sixteenth 0.925 → 0.980, seventeenth 0.923 →
   * 0.963, eighteenth 0.950 → 0.971, nineteenth 0.940 → 0.970, twentieth 0.819 → 0.887 (each
   * against the model of the 572 earlier articles, shipped until then, which learnt from none of
   * them): hence the model of all 972. Then the table's words of other senses (a "chips" beside
   * "crisps", a "funding" beside a "charity", an "acquisition" beside a "striker" or a "gallery")
   * cancelled 13 of the 21 trap articles' topics across the splits and no right one: fifteenth →
   * 0.928, sixteenth → 0.990, eighteenth → 0.980, nineteenth → 0.980, twentieth → 0.895, the older
   * splits up to 0.025, none lower; cross-validation over the 972 articles 0.942 → 0.948.
   */
  @ParameterizedTest
  @CsvSource({
    "thirteenth, 50, 0.95, 1",
    "fourteenth, 50, 0.95, 1",
    "fifteenth, 50, 0.9, 1",
    "sixteenth, 50, 0.95, 1",
    "seventeenth, 50, 0.95, 1",
    "eighteenth, 50, 0.95, 1",
    "nineteenth, 50, 0.95, 1",
    "twentieth, 50, 0.85, 1"
  })
  void aModelLearntWithoutALaterSetFilesItsArticles(
      String split, int articles, double f1, int trapTopics) throws Exception {
    ArticleTagger tagger =
        ArticleTagger.forCorpora(List.of(), CORPUS)
            .withTopicModel(learntWithoutEachSplit().get(split));
    assertFiles(
        tagger,
        LabelledSet.read(LABELLED).of(split),
        "Topic tagging of a set with a model learnt without it",
        split,
        articles,
        f1,
        trapTopics);
  }

  /**
   * Sets written blind after the model and kept out of its examples: the shipped tagger as users
   * get it, on articles it never learnt from. The tenth (60 articles, 14 traps, half paraphrased)
   * measured F1 0.867 with the cues alone and 0.974 with the model learnt from 512 articles; the
   * twelfth (50 long articles on real events, 12 traps), measured before it was read, 0.889 with
   * the cues alone and 0.929 with that model. With the model learnt from 572 articles in 500
   * rounds: 0.974 and 0.929; with the model of 972 articles: 0.966 (one more wrong topic) and
   * 0.944. The twenty-first (36 ordinary, 14 traps), written blind after that model, measured 0.920
   * unseen (0.898 with the model of 572), 3 traps tagged, which prompted the senses column; read,
   * 0.939. The twenty-second (36 ordinary from every kind of outlet, 14 traps), written blind and
   * measured once after the senses: 0.926 (0.917 without them, 0.885 with the model of 572). The
   * twenty-fifth (36 ordinary, half paraphrased, many from trades outside the vendors', 14 traps),
   * written blind on the next round, measured 0.878 unseen (precision 0.935, recall 0.827), 3 traps
   * tagged: its misses are paraphrase (a state's grant to a fab as Funding, a freight firm's
   * seven-year Google Cloud contract as Partnerships, a county "running on paper" after ransomware
   * as an Outage). Learning from it as well moved the other never-learnt sets by less than 0.01
   * either way (tenth 0.957, twelfth 0.937, twenty-first 0.949, twenty-second 0.926), so the model
   * stays learnt from the 972 and the set stays unseen. The twenty-sixth (36 ordinary, 14 traps),
   * written with it, measured 0.927 unseen. Read, both sets' misses were topics whose cues the
   * article held too few of while the model leaned to them below 0.3; with the model adding such a
   * topic at 0.2 (set by cross-validation: 0.948 → 0.953), twenty-fifth 0.889, twenty-sixth 0.956,
   * twelfth 0.952, twenty-second 0.917 (one more trap: a school's "leadership academy" under
   * Funding). The twenty-seventh (36 ordinary, half about other trades, 14 traps), written blind
   * after that change, measured 0.883 unseen (0.873 without it), 4 traps tagged. The twenty-eighth
   * (the same brief), written while grants, clergy and login queues joined the table, measured once
   * after them: 0.906 (0.897 with the tagger of the day's start), 6 traps tagged; read, its traps'
   * other senses joined the table: 0.930. The twenty-ninth (the same brief), written after that,
   * measured 0.870 unseen, the same as with the tagger of the day's start, 5 traps tagged. The
   * thirtieth (36 ordinary, at least half in paraphrase, 14 subtler traps), written blind on the
   * next round with the tagger unchanged, measured 0.959 unseen (precision 0.979, recall 0.940), no
   * trap tagged: an acqui-hire ("taking over" a startup whose team joins), a cloud's stake with a
   * five-year commitment to its capacity (Partnerships) and a ministry's subsidies to a foundry
   * (Funding) missed, an IPO's market value taken for Earnings. The thirty-first (the same brief),
   * written blind on the round after, measured 0.931 unseen (precision 0.922, recall 0.940), 3
   * traps tagged (wood chips for biomass boilers, a warehouse's power and water as Data centers, a
   * football club's "record acquisition" and village sides' "merger"); one ordinary article's
   * "payment processors" taken for Chips; missed, a council's "automated helper" (AI models), a
   * carmaker's "control-circuit supply" (Chips) and a council's halt to new "server halls"
   * (Regulation). Read: payment, card, food, data and word processors joined the counter phrases of
   * Chips: 0.940, no other set and no bundled article changed. The thirty-second (the same brief),
   * written blind after that, measured 0.889 unseen (precision 0.917, recall 0.863), 3 traps
   * tagged, among them again a football club's "club-record acquisition" in the headline, whose
   * striker stood in the lead, and a school's "names new head" over a lead about its pupils: a
   * headline's cues now do not count when the lead holds a word of the topic's other senses. That
   * raised the thirty-second to 0.898, the thirty-first to 0.949, the twenty-seventh 0.893 → 0.901
   * and the twenty-ninth 0.870 → 0.879 (both unread), the cues alone on the eleventh 0.779 → 0.785,
   * and changed no other set and no bundled article. The thirty-third (the same brief), written
   * blind after that, measured 0.928 unseen (precision 1.000, recall 0.865), no trap tagged; never
   * read. The thirty-fourth (the same brief), written blind in the next session, measured 0.918
   * unseen (precision 0.957, recall 0.882), 1 trap tagged (an opera house's co-production
   * partnership, by the model); missed, paraphrase: a council renting "capacity" from a cloud, a
   * bank's "automated assistant", a "speech-model startup", "AI-generated images". Read: speech,
   * voice and video models and "AI-generated" joined the AI models cues: 0.940, the thirty-second
   * 0.898 → 0.909 and the fifth 0.805 → 0.818; no other set changed. The thirty-fifth (the same
   * brief), written blind on the round after, measured 0.907 unseen (precision 0.978, recall 0.846;
   * the same with the session's first table), no trap tagged; missed, paraphrase again (a city
   * putting its app's "code online for any city to reuse", a "number-cruncher" in a paper mill, a
   * studio "to become part of" its bidder). Read: "tender offer" and "become part of" joined the
   * Acquisitions cues: 0.918, no other set changed. The thirty-sixth (the same brief), written
   * blind after every change of the session, measured 0.928 unseen (precision 0.957, recall 0.900;
   * the same with the session's first table), 2 traps tagged; never read. The thirty-seventh (the
   * same brief), written blind in the next session, measured 0.925 unseen (precision 0.956, recall
   * 0.896), 2 traps tagged (three opera houses' "partnership", a seed library's "open source"
   * pledge); missed, paraphrase: a council to "rent computing from Microsoft", a founder "back in
   * charge", a chatbot called a "website helper", a start-up brought "in-house". Read: renting
   * computing joined the Cloud cues, "back in charge", "back at the helm" and returning as chief
   * executive the Leadership cues: 0.947, the thirty-second 0.909 → 0.920; no other set changed.
   * The thirty-eighth (the same brief), written blind on the round after, measured 0.884 unseen
   * (precision 0.977, recall 0.808; the same with the session's first table), no trap tagged;
   * missed, paraphrase from other trades again: a county's "moratorium" on data centre permits, a
   * city's "ordinance" against face matching, a privacy "guardian" ordering a fine, a "markets
   * watchdog" against a ticket seller "freezing out" rivals, a "website helper" inventing a refund.
   * Read: moratorium and ordinance joined the Regulation cues: 0.896, and, unread, the thirty-third
   * 0.928 → 0.939; no other set changed. The fortieth (the same brief), written blind on the round
   * after, measured 0.929 unseen (precision 0.958, recall 0.902; the same with the session's first
   * table), 2 traps tagged (village football clubs' "merger", a seed library's "open source"
   * pledge); missed, again a "website helper" that promised refunds and a farm helpline's "tireless
   * new assistant", as three earlier sets had a "website helper", an "automated helper" and an
   * "automated assistant". Read: website, online, virtual, digital and automated helpers and
   * virtual, digital and automated assistants joined the AI models cues: 0.940, and the
   * thirty-first 0.949 → 0.960, thirty-fourth 0.940 → 0.950, thirty-seventh 0.947 → 0.958,
   * thirty-eighth 0.896 → 0.907, and, never read, the thirty-third 0.939 → 0.949 and thirty-sixth
   * 0.928 → 0.939; no other set changed, no trap more. The thirty-ninth (the same brief), written
   * blind beside the thirty-eighth, measured once, after every change of the session, 0.939 unseen
   * (precision 0.958, recall 0.920; 0.928 with the session's first table), 1 trap tagged; never
   * read. The forty-first (the same brief), written blind at the session's end, measured 0.939
   * unseen (precision 0.939, recall 0.939; the same with the session's first table), 1 trap tagged
   * ("Wood-chip prices"). The forty-second (the same brief), written blind at the next session's
   * start, measured 0.962 unseen (precision 0.962, recall 0.962), 1 trap tagged (hockey clubs'
   * "merger"); missed: a water regulator's fine, a council's pause on data centre approvals, a
   * founder "coming back to lead" her insurer. Read: "regulator" and "regulators" joined the
   * Regulation cues (not a voltage or pressure regulator): the thirty-fifth 0.918 → 0.929 and the
   * twenty-first 0.939 → 0.949, and one trap more in the labelled set (bank regulators' capital
   * rules); the forty-second itself unchanged (the topic model gives the water story 0.01). "Take
   * charge" for Leadership and zoning for Regulation changed no set and were not kept. The
   * forty-third (the same brief), written blind beside it, measured 0.893 unseen (precision 0.885,
   * recall 0.902) before and after that change, 3 traps tagged; never read. The forty-fourth (the
   * same brief), written blind on the round after, measured 0.948 unseen (precision 1.000, recall
   * 0.902; the same with the session's first table), no trap tagged; its misses left as they are
   * (the model gives a county's data centre moratorium 0.00). The forty-fifth (the same brief),
   * written blind in the next session, measured 0.900 unseen (precision 0.938, recall 0.865), 3
   * traps tagged (an opera duo's "partnership", a seed pledge's "open-source", a model agency's
   * "models"); missed, paraphrase: a hospital "back on pen and paper" after a ransom, a research
   * computer switched on, a telecoms regulator's order after an outage (the model 0.01), a county's
   * pause on server farms, a publisher to "absorb" a studio, "intruders" reading staff mailboxes.
   * Read: "intruder" joined the Security cues beside "intrusion": 0.911; no other set changed. The
   * forty-sixth (the same brief), written blind beside it, measured 0.949 unseen (precision 0.922,
   * recall 0.979), 3 traps tagged, the same after that change; never read. The forty-seventh (the
   * same brief), written blind at that session's end, measured 0.911 unseen (precision 0.939,
   * recall 0.885; the same with the session's first table), 2 traps tagged; never read. The
   * forty-eighth (the same brief), written blind in the next session, measured 0.950 unseen
   * (precision 0.941, recall 0.960), 2 traps tagged (a school's new head, which the model added at
   * 0.41 though the lead's "headteacher" had cancelled the headline's cue, and a seed pledge's
   * "open source"). Read: the model adds no topic whose other senses the body's first paragraph
   * names: 0.960, and one wrong topic fewer each on the twenty-second, twenty-seventh,
   * twenty-ninth, thirty-second and thirty-sixth; no set lower. The forty-ninth (the same brief),
   * written blind beside it, measured 0.902 unseen (precision 0.902, recall 0.902), 5 traps tagged,
   * 0.911 after that change; never read. "Open source seed" (a seed library's pledge, the Open
   * Source Seed Initiative, which four blind sets had as a trap) then joined the counter phrases of
   * Open source: the forty-eighth 0.960 → 0.970, the thirty-seventh 0.958 → 0.968, forty-fifth
   * 0.911 → 0.920 and, never read, the forty-sixth 0.949 → 0.959 and forty-ninth 0.911 → 0.920; no
   * other set changed. The fiftieth (the same brief), written blind at that session's end, measured
   * 0.928 unseen (precision 0.957, recall 0.900; the same with the session's first table), 2 traps
   * tagged; never read. The fifty-first (the same brief), written blind in the next session,
   * measured 0.898 unseen (precision 0.957, recall 0.846), no trap tagged; read, its misses left as
   * paraphrase from other trades (a bank that "chooses" a vendor to run its accounts, controllers
   * that "run short" at a carmaker, a studio's "takings", strangers ordering on customers'
   * accounts, a team that "heads to" a buyer as its app winds down). The fifty-second, written
   * blind beside it, measured 0.958 unseen (precision 1.000, recall 0.920), no trap tagged; never
   * read. The fifty-third (the same brief), written blind at that session's end, measured 0.925
   * unseen (precision 0.977, recall 0.878; the same with the session's first table), no trap
   * tagged; never read. The fifty-fourth (the same brief), written blind in the next session,
   * measured 0.926 unseen (precision 0.978, recall 0.880), no trap tagged; read, its misses left as
   * paraphrase (a city that publishes "the complete code" of its app for others to copy, a bank's
   * ledger moved to "computing capacity rented" from Amazon, a regulator's fine for files kept too
   * long). The fifty-fifth, written blind beside it, measured 0.969 unseen (precision 0.959, recall
   * 0.979), no trap tagged; never read. The fifty-sixth (the same brief), written blind at that
   * session's end, measured 0.957 unseen (precision 1.000, recall 0.917; the same with the
   * session's first table), no trap tagged; never read. The fifty-seventh (the same brief), written
   * blind in the next session, measured 0.898 unseen (precision 0.917, recall 0.880), 1 trap tagged
   * (the National Snow and Ice Data Center's sea-ice report); read: a research computer described
   * by its "petaflops" and as "high-performance" was missed, so "petaflop*", "exaflop*",
   * "high-performance computer*" and "high-performance computing" joined the Data centers cues
   * beside "supercomputer*": 0.909, the forty-first 0.939 → 0.949 and fifty-fourth 0.926 → 0.938,
   * no set lower; its trap then cleared, as a lower-case cue the body writes within a name no
   * longer counts: 0.918, no other set changed; the other misses left as paraphrase (an office's
   * "last server room" closed for rented capacity, a watchdog's fine for "squeezing out" rival
   * apps, the "sole right to sell" a device). The fifty-eighth, written blind beside it, measured
   * 0.941 unseen (precision 0.980, recall 0.906), 1 trap tagged, the same after those changes;
   * never read. The fifty-ninth (the same brief), written blind at that session's end, measured
   * 0.940 unseen (precision 0.979, recall 0.904; the same with the session's first table), 1 trap
   * tagged; never read. The sixtieth and sixty-first, written blind to a brief rewritten for a
   * later session (the topics defined in a line each, plain or indirect words asked for), measured
   * unseen at 0.952 (precision 0.943, recall 0.962), no trap tagged, and 0.964 (0.964, 0.964), one
   * trap tagged (a volcanic ash cloud filed under Cloud). The sixtieth, read, left its misses (a
   * council's ban on police face scanning, a bakery giving up its server cupboard) to paraphrase,
   * which the cues cannot follow; the sixty-first is never read. The sixty-second (the same brief),
   * written blind at that session's end, measured 0.962 unseen (precision 0.980, recall 0.943; the
   * same with the session's first table), no trap tagged; never read. The sixty-third and
   * sixty-fourth (the same brief), written blind in a later session, measured unseen at 0.981
   * (precision 1.000, recall 0.962) and 0.962 (1.000, 0.927), no trap tagged. The sixty-third,
   * read: its two misses (a "server-rental arm", a clinic's booking system moved to Google) are
   * paraphrase again, left. The sixty-fourth is never read. The sixty-fifth (the same brief),
   * written blind at that session's end, measured 0.962 unseen (precision 1.000, recall 0.926; the
   * same with the session's first table), no trap tagged; never read. The sixty-sixth and
   * sixty-seventh (the same brief), written blind in a later session, measured unseen at 0.971
   * (precision 0.981, recall 0.962), no trap tagged, and 0.964 (0.946, 0.981), one trap tagged. The
   * sixty-sixth, read: a private equity firm taking a company private was also filed under Funding,
   * by "equity" in "private equity" and two other words of investing; "private equity" became a
   * counter phrase of Funding (a kind of buyer, not money raised): 0.981, no other set changed. Its
   * two misses (a bank clerk copying customers' files, an insurer's last mainframe switched off for
   * "Google's public computing platform") are paraphrase, left. The sixty-seventh is never read.
   * The sixty-eighth (the same brief), written blind at that session's end, measured 0.944 unseen
   * (precision 0.927, recall 0.962; the same with the session's first table), 2 traps tagged; never
   * read. The sixty-ninth (the same brief), written blind in a later session, measured unseen at
   * 0.964 (precision 0.964, recall 0.964), one trap tagged (a sawmill's wood-chip supply deal as a
   * partnership); read: an IPO filed under Earnings by the company's past revenue and loss, a
   * ministry's order to leave foreign clouds and a start-up's first backers missed, left. The
   * seventieth, written blind beside it, measured unseen at 0.973 (precision 0.964, recall 0.982),
   * no trap tagged, the same after the session's changes; never read. The seventy-first (the same
   * brief), written blind at that session's end, measured unseen at 0.964 (precision 0.946, recall
   * 0.981; the same with the session's first table), 2 traps tagged; never read. The seventy-second
   * and seventy-third (the same brief), written blind in a later session, measured unseen at 0.964
   * (precision 0.947, recall 0.982) and 0.970 (0.980, 0.961), no trap tagged. The seventy-second,
   * read: acquisitions also filed under Funding by the bought firm's backers and valuation, and
   * memory prices rising a third straight quarter filed under Earnings by the model; left. The
   * model's threshold for adding a topic the article cues too weakly then fell from 0.2 to 0.15,
   * set on the 27 read sets (see {@code TopicTagger.MODEL_ADDS_WITH_CUES}): 20 sets up, 6 down (the
   * thirty-seventh 0.979 → 0.958, the fiftieth 0.928 → 0.918, the fifty-second 0.958 → 0.948 with a
   * trap tagged, the fifty-eighth a second trap), the seventy-second 0.973 and the seventy-third,
   * never read, 0.980. Then "quarter" and "quarterly" left Earnings' cues (prices and market
   * spending counted per quarter are no results): 12 sets up, none lower (the thirty-ninth 0.940 →
   * 0.959, the fifty-seventh 0.929 → 0.948, the thirty-seventh 0.958 → 0.968). The seventy-fourth
   * (the same brief), written blind during that session and measured after its last change,
   * measured unseen at 0.944 (precision 0.944, recall 0.944; the same with the session's first
   * table), no trap tagged; never read. The seventy-fifth and seventy-sixth (the same brief),
   * written blind in a later session, measured unseen at 0.961 (precision 0.980, recall 0.942), a
   * sawmill's wood chips filed under Chips (its one trap tagged), and 0.953 (0.962, 0.944), no trap
   * tagged. The seventy-fifth, read: the wood chips' senses ("sawmill", "timber", "pulp",
   * "biomass") were tried, but its body's other "chips" still scored the topic; its two misses
   * paraphrase a cloud provider; left. The seventy-sixth is never read. The seventy-seventh (the
   * same brief), written blind during that session, measured unseen at 0.981 (0.963, 1.000), no
   * trap tagged (the session changed no topic rule); never read. The seventy-eighth and
   * seventy-ninth (the same brief), written blind in a later session, measured unseen at 0.971
   * (precision 0.981, recall 0.962), no trap tagged, and 0.972 (0.981, 0.963), one trap tagged. The
   * seventy-eighth, read: an AI lab agreeing "to buy hundreds of thousands of AI accelerator chips"
   * filed under Acquisitions, as "buy chips" and "buy GPUs" already were not ("buy accelerators",
   * "buy processors" and buying in hundreds, thousands or millions joined them), and a city's app
   * put on "a public code repository" missed as open source ("code repository", "public
   * repository", "GPL", "GNU", "copyleft" and "public licence" joined its cues): 0.990, no other
   * set changed. The seventy-ninth is never read (measuring it printed the titles of its misses; it
   * was the same after those changes). The eightieth (the same brief), written blind during that
   * session and measured after its topic changes, measured unseen at 0.952 (precision 0.962, recall
   * 0.943), two traps tagged; never read. The eighty-first and eighty-second (the same brief),
   * written blind later in that session, measured unseen at 0.981 (precision 1.000, recall 0.963)
   * and 0.973 (0.947, 1.000), no trap tagged. The eighty-first, read: "memory makers" raided by a
   * watchdog missed Chips ("memory maker*", "memory chipmaker*" and "memory-chip*" joined its
   * cues): 0.991, and the seventy-sixth, never read, 0.953 → 0.963, no set lower. Its other miss is
   * a county's moratorium on data-centre rezonings, which the model, though the cues give
   * Regulation, puts under 0.03 (as in eight more of the read sets); lowering that bar to 0.02 was
   * tried and lowered the read and never-read sets' mean F1 (0.9577 → 0.9550 and 0.9579 → 0.9573).
   * The eighty-second is never read. The eighty-third and eighty-fourth (the same brief), written
   * blind in a later session, measured unseen at 0.980 (precision 0.980, recall 0.980), one trap
   * tagged, and 0.955 (0.946, 0.964), none. The eighty-third, read: a tech chief who "departs" and
   * "had left the company" missed Leadership ("departs" and leaving the company joined its cues;
   * "departing" and "departed" were tried too and filed a "departing employee" who took customers'
   * data): 0.990, no other set changed. Its trap tagged is two solicitors setting up "in
   * partnership", a firm rather than a deal; left. The eighty-fourth is never read. The
   * eighty-fifth (the same brief), written blind during that session and measured after its topic
   * change, measured unseen at 0.944 (precision 0.944, recall 0.944), no trap tagged; never read.
   * The eighty-sixth and eighty-seventh (the same brief), written blind in a later session,
   * measured unseen at 0.974 (precision 0.982, recall 0.966) and 0.936 (0.944, 0.927), no trap
   * tagged. The eighty-sixth, read: a bank buying 60% of a start-up also filed under Funding, an
   * insider selling tenants' records missed Security and a hospital locked by ransomware missed
   * Outages, each in words no cue holds alone; left. The eighty-seventh is never read. Three sets
   * of long articles (40 each, 30 ordinary and 10 traps, 670-680 words on average, written as full
   * newspaper and wire stories that mention other topics in passing; "longfirst" to "longthird"),
   * written blind in that session to a brief of their own, measured unseen at 0.958 (precision
   * 0.920, recall 1.000), 0.943 (0.926, 0.962) and 0.933 (0.875, 1.000), one trap tagged in each:
   * on long news the tagger errs by adding a topic met in passing. The first, read: a breach
   * reported to the privacy regulator also filed under Regulation, a results story under Data
   * centers, a database maker's IPO under Cloud, a food bank's "open source" cookbook under Open
   * source. The other two are never read. They showed that a model learnt from the 32 sets read
   * until then as well (2,572 articles) fits only news written to those sets' brief: it raised the
   * never-read sets of that brief from a mean F1 of 0.958 to 0.971, but lowered these three (0.958
   * to 0.929, 0.943 to 0.937, 0.933 to 0.925), the tenth and twelfth (written to other briefs;
   * 0.967 to 0.951, 0.954 to 0.934) and the early splits in cross-validation, and gave 24 more
   * topics to the bundled corpus, many in passing; so the model still learns from the 972 articles
   * alone. Dropping a topic that scores under 40% of the leading topic's cues was tried too (read
   * sets 0.9604 to 0.9611, the first long set 0.958 to 0.968) and lowered the never-read sets
   * (0.9561 to 0.9558); not kept. Then a topic the headline does not name needed a cue in the first
   * quarter of a body over 300 words: the first long set 0.968, the second, never read, 0.952, the
   * third the same, every other set the same. A fourth and a fifth long set, written blind later in
   * that session, measured unseen at 0.961 (precision 0.942, recall 0.980), one trap tagged, and
   * 1.000. The fourth, read: a brewery's "open source" beer under Open source, as the first set's
   * food bank cookbook; "recipe*", "cookbook*", "brewer*" and "beer*" joined its senses, and each
   * long set lost its one trap topic (first 0.979, second, never read, 0.962, third, never read,
   * 0.942, fourth 0.970), no other set or bundled article changed. Its other misses (Funding for a
   * cloud pact and an acquisition, a network collapse missed as an outage) were left. The
   * eighty-eighth (the usual brief), written blind during that session and measured after its
   * changes, measured unseen at 0.973 (precision 1.000, recall 0.947), no trap tagged; never read.
   * The eighty-ninth and ninetieth (the usual brief), written blind in a later session, measured
   * unseen at 0.964 (precision 0.982, recall 0.947) and 0.972 (0.963, 0.981), no trap tagged. The
   * eighty-ninth, read: its misses are a city's move to LibreOffice and Linux (two cues, one kind),
   * a language model licensed to a telecom without Cloud, a data-centre build without AI models,
   * and a fab's state subsidy filed under Funding; none a rule for many articles, left. The
   * ninetieth is never read. The ninety-first (the usual brief) and a sixth long set, written blind
   * during that session, measured unseen at 0.971 (0.962, 0.980), no trap tagged, and 0.942 (0.925,
   * 0.961), none. The sixth long set, read: three of its four wrong topics are named in the
   * headline (Chips in "deepens chip and cloud ties", Cloud in "Cloud giants back Valkey fork"),
   * which its writer did not file under them, and the fourth is Funding for a cloud contract whose
   * story recounts the buyer's funding round; left. The ninety-first is never read. The
   * ninety-second and ninety-third (the usual brief), written blind in a later session, measured
   * unseen at 0.972 (precision 0.964, recall 0.981) and 0.980 (1.000, 0.961), no trap tagged. The
   * ninety-second, read: a county's move to LibreOffice and Linux missed Open source again (its
   * body describes "programs whose code anyone may read, copy and change"), a wafer plant's state
   * subsidy and a buyout firm's take-private deal were also filed under Funding, which this brief
   * does not count them as, though earlier briefs counted subsidies and grants; left. The
   * ninety-third is never read. The ninety-fourth (the usual brief) and a seventh long set, written
   * blind during that session, measured once after its changes at 0.971 (0.981, 0.962), no trap
   * tagged, and 0.977 (0.977, 0.977), one trap tagged, the same with the session's first tagger;
   * never read. The ninety-fifth and ninety-sixth (the usual brief), written blind at the start of
   * a later session, measured unseen at 0.953 (0.944, 0.962), one trap tagged, and 1.000. The
   * ninety-fifth, read: two solicitors who "go into partnership" to open a law practice filed under
   * Partnerships (the word's headline and body cues, a trap of its own sense); a bank closing its
   * own server halls also under Data centers; a share debut also under Earnings (its market value,
   * revenue and profits); a law on labelling machine-made images missed AI models (one cue, the
   * model at 0.09); a cloud division's quarter missed Data centers. Each a single article's
   * judgement, left. The ninety-sixth is never read. The ninety-seventh (the usual brief) and an
   * eighth long set, written blind during that session, measured once after its changes at 0.919
   * (0.895, 0.944), one trap tagged, and 0.952 (0.909, 1.000), one trap tagged, the same with the
   * session's first tagger. The ninety-seventh, read: law-firm associates "made partners" filed
   * under Partnerships, as the ninety-fifth's solicitors; a council's move to programs "anyone can
   * copy and change" missed Open source, as in the eighty-ninth and ninety-second; a 60% stake
   * "giving it control" and a take-private buyout also filed under Funding, as in the
   * ninety-second. So a law firm, solicitors, barristers and accountancy became senses of
   * Partnerships ("made partner", "promoted to partner" and equity partners counter phrases),
   * "anyone can copy", "modified by anyone" and the like cues of Open source, and buyouts, taking
   * private and majority or controlling stakes senses of Funding: nine sets up (the sixty-eighth,
   * seventy-first, seventy-ninth, eightieth and eighty-eighth never read) and the long third, none
   * lower; the ninety-seventh at 0.945, no trap tagged. The long eighth is never read. The
   * ninety-eighth (a brief rewritten from scratch, 36 ordinary and 14 traps), written blind at the
   * start of a later session, measured once at 0.966 (0.983, 0.950), no trap tagged; never read.
   * The ninety-ninth (the same brief), written blind during that session, measured once after its
   * changes at 0.976 (0.984, 0.969), one trap given a topic, the same with the session's first
   * tagger; never read. The hundredth (the same brief), written blind at the start of the next
   * session and measured before any change: 0.991 (0.983, 1.000), no trap tagged; never read. The
   * hundred-and-first (the same brief), written blind later in that session, measured once: 0.992
   * (0.983, 1.000), no trap tagged, the same with the session's first tagger; never read. The
   * hundred-and-second and hundred-and-third (the same brief), written blind at the start of the
   * next session, measured once: 0.977 (0.970, 0.985), one trap given a topic, and 0.975 (0.967,
   * 0.983), no trap, each the same with that session's first tagger; never read. The
   * hundred-and-fourth (the same brief), written blind after that session's changes, measured once:
   * 0.975 (0.951, 1.000), one trap given a topic, the same with its first tagger; never read. The
   * hundred-and-fifth (the same brief), written blind at the start of the next session, measured
   * once: 0.975 (0.967, 0.983), no trap given a topic; its two misses were seen in the measure's
   * output, nothing changed for them. The hundred-and-sixth (the same brief), written blind later
   * in that session, after its company changes, measured once: 0.983 (1.000, 0.967), no trap given
   * a topic; never read. The hundred-and-seventh (the same brief), written blind at the start of
   * the next session, measured once: 0.968 (0.952, 0.984), one trap given a topic; never read. The
   * hundred-and-eighth (the same brief), written blind at the start of the session after, measured
   * once: 0.983 (0.983, 0.983), no trap given a topic; never read. The hundred-and-ninth (the same
   * brief), written blind at the start of the next session, measured once: 0.976 (0.968, 0.984),
   * one trap given a topic; never read. The hundred-and-tenth (the same brief), written blind at
   * the start of the session after, measured once: 0.940 (0.913, 0.969), two traps given a topic (a
   * council leader ousted, a coalition's "leadership pact"); its misses were seen in the measure's
   * output, nothing changed for them. The hundred-and-eleventh (the same brief), written blind
   * later in that session, measured once: 0.983 (1.000, 0.967), no trap given a topic; never read.
   * The hundred-and-twelfth (a brief written anew to the same plan, the old one lost with its
   * machine), written blind at the start of the next session, measured once: 0.980 (0.980, 0.980),
   * no trap given a topic; never read. The hundred-and-thirteenth (the same brief), written blind
   * at the start of the session after, measured once: 0.990 (0.981, 1.000), one trap given a topic;
   * never read. The hundred-and-fourteenth (the same brief), written blind at the start of the next
   * session, measured once: 0.961 (0.961, 0.961), one trap given a topic; never read.
   */
  @ParameterizedTest
  @CsvSource({
    "tenth, 60, 0.9, 1",
    "twelfth, 50, 0.9, 1",
    "twentyfirst, 50, 0.9, 1",
    "twentysecond, 50, 0.9, 2",
    "twentyfifth, 50, 0.86, 3",
    "twentysixth, 50, 0.9, 3",
    "twentyseventh, 50, 0.87, 4",
    "twentyeighth, 50, 0.88, 6",
    "twentyninth, 50, 0.85, 5",
    "thirtieth, 50, 0.93, 0",
    "thirtyfirst, 50, 0.95, 2",
    "thirtysecond, 50, 0.91, 2",
    "thirtythird, 50, 0.92, 0",
    "thirtyfourth, 50, 0.93, 1",
    "thirtyfifth, 50, 0.91, 0",
    "thirtysixth, 50, 0.92, 2",
    "thirtyseventh, 50, 0.96, 0",
    "thirtyeighth, 50, 0.9, 0",
    "fortieth, 50, 0.93, 2",
    "thirtyninth, 50, 0.93, 1",
    "fortyfirst, 50, 0.93, 1",
    "fortysecond, 50, 0.96, 1",
    "fortythird, 50, 0.89, 3",
    "fortyfourth, 50, 0.94, 0",
    "fortyfifth, 50, 0.91, 2",
    "fortysixth, 50, 0.95, 2",
    "fortyseventh, 50, 0.91, 2",
    "fortyeighth, 50, 0.96, 0",
    "fortyninth, 50, 0.92, 3",
    "fiftieth, 50, 0.91, 2",
    "fiftyfirst, 50, 0.89, 0",
    "fiftysecond, 50, 0.94, 1",
    "fiftythird, 50, 0.92, 0",
    "fiftyfourth, 50, 0.92, 0",
    "fiftyfifth, 50, 0.96, 0",
    "fiftysixth, 50, 0.95, 0",
    "fiftyseventh, 50, 0.91, 0",
    "fiftyeighth, 50, 0.94, 2",
    "fiftyninth, 50, 0.93, 1",
    "sixtieth, 50, 0.95, 0",
    "sixtyfirst, 50, 0.96, 1",
    "sixtysecond, 50, 0.96, 0",
    "sixtythird, 50, 0.98, 0",
    "sixtyfourth, 50, 0.96, 0",
    "sixtyfifth, 50, 0.96, 0",
    "sixtysixth, 50, 0.98, 0",
    "sixtyseventh, 50, 0.96, 1",
    "sixtyeighth, 50, 0.95, 1",
    "sixtyninth, 50, 0.96, 1",
    "seventieth, 50, 0.97, 0",
    "seventyfirst, 50, 0.97, 1",
    "seventysecond, 50, 0.97, 0",
    "seventythird, 50, 0.97, 0",
    "seventyfourth, 50, 0.94, 0",
    "seventyfifth, 50, 0.96, 1",
    "seventysixth, 50, 0.95, 0",
    "seventyseventh, 50, 0.98, 0",
    "seventyeighth, 50, 0.99, 0",
    "seventyninth, 50, 0.98, 0",
    "eightieth, 50, 0.96, 1",
    "eightyfirst, 50, 0.99, 0",
    "eightysecond, 50, 0.97, 0",
    "eightythird, 50, 0.99, 0",
    "eightyfourth, 50, 0.95, 0",
    "eightyfifth, 50, 0.94, 0",
    "eightysixth, 50, 0.97, 0",
    "eightyseventh, 50, 0.93, 0",
    "longfirst, 40, 0.97, 0",
    "longsecond, 40, 0.96, 0",
    "longthird, 40, 0.95, 0",
    "longfourth, 40, 0.96, 0",
    "longfifth, 40, 0.99, 0",
    "eightyeighth, 50, 0.98, 0",
    "eightyninth, 50, 0.97, 0",
    "ninetieth, 50, 0.97, 0",
    "ninetyfirst, 50, 0.97, 0",
    "longsixth, 40, 0.94, 0",
    "ninetysecond, 50, 0.97, 0",
    "ninetythird, 50, 0.97, 0",
    "ninetyfourth, 50, 0.97, 0",
    "longseventh, 40, 0.97, 1",
    "ninetyfifth, 50, 0.96, 0",
    "ninetysixth, 50, 0.99, 0",
    "ninetyseventh, 50, 0.94, 0",
    "longeighth, 40, 0.95, 1",
    "ninetyeighth, 50, 0.96, 0",
    "ninetyninth, 50, 0.97, 1",
    "hundredth, 50, 0.98, 0",
    "hundredfirst, 50, 0.98, 0",
    "hundredsecond, 50, 0.97, 1",
    "hundredthird, 50, 0.97, 0",
    "hundredfourth, 50, 0.97, 1",
    "hundredfifth, 50, 0.97, 0",
    "hundredsixth, 50, 0.98, 0",
    "hundredseventh, 50, 0.96, 1",
    "hundredeighth, 50, 0.98, 0",
    "hundredninth, 50, 0.97, 1",
    "hundredtenth, 50, 0.94, 2",
    "hundredeleventh, 50, 0.98, 0",
    "hundredtwelfth, 50, 0.97, 0",
    "hundredthirteenth, 50, 0.98, 1",
    "hundredfourteenth, 50, 0.96, 1"
  })
  void theShippedTaggerFilesArticlesItNeverLearntFrom(
      String split, int articles, double f1, int trapTopics) throws Exception {
    assertFiles(
        ArticleTagger.forCorpora(List.of(), CORPUS),
        LabelledSet.read("/tagging/topics-" + split + ".jsonl"),
        "Topic tagging of a set the model never learnt from",
        split,
        articles,
        f1,
        trapTopics);
  }

  /** {@code tagger} files the split's articles with at least F1 {@code f1}, few traps tagged. */
  private static void assertFiles(
      ArticleTagger tagger,
      LabelledSet split,
      String title,
      String name,
      int articles,
      double f1,
      int trapTopics) {
    split.score(item -> tagger.tag(article(item)).topics(), LabelledSet.Item::topics);
    String report = split.report(title);
    System.out.println(report);

    assertEquals(articles, split.items.size());
    assertTrue(split.total(name).f1() >= f1, report);
    assertTrue(split.total(name + " trap").falsePositives() <= trapTopics, report);
  }

  private static Map<String, TopicModel> learntWithoutEachSplit;

  /**
   * For each split, a model learnt from every other split: learnt once for all the tests, two at a
   * time, since each takes seconds.
   */
  private static synchronized Map<String, TopicModel> learntWithoutEachSplit() throws Exception {
    if (learntWithoutEachSplit == null) {
      List<LabelledSet.Item> items = LabelledSet.read(LABELLED).items;
      List<String> topics = TopicTagger.load(CORPUS.resolve(ArticleTagger.TOPICS_FILE)).topics();
      learntWithoutEachSplit =
          items.stream().map(LabelledSet.Item::split).distinct().toList().parallelStream()
              .collect(
                  Collectors.toConcurrentMap(
                      split -> split,
                      split ->
                          TopicModel.learn(
                              examples(
                                  items.stream().filter(i -> !i.split().equals(split)).toList()),
                              topics)));
    }
    return learntWithoutEachSplit;
  }

  /**
   * The shipped model is what {@code learn-topics} makes of the labelled articles, to the digit.
   */
  @Test
  void theShippedModelIsLearntFromTheLabelledArticles() throws Exception {
    LabelledSet labelled = LabelledSet.read(LABELLED);
    List<String> topics = TopicTagger.load(CORPUS.resolve(ArticleTagger.TOPICS_FILE)).topics();
    Path learnt = dir.resolve(TopicModel.FILE);
    TopicModel.learn(examples(labelled.items), topics).write(learnt, List.of());

    List<String> shipped = weights(CORPUS.resolve(TopicModel.FILE));
    List<String> again = weights(learnt);
    int differs = 0;
    while (differs < Math.min(shipped.size(), again.size())
        && shipped.get(differs).equals(again.get(differs))) {
      differs++;
    }
    assertTrue(
        shipped.equals(again),
        "corpus/topics-model.tsv is not what the labelled articles teach (weight line "
            + (differs + 1)
            + "): run ./archive learn-topics indexer/src/test/resources/tagging/topics.jsonl");
  }

  private static List<String> weights(Path model) throws Exception {
    return Files.readAllLines(model).stream().filter(line -> !line.startsWith("#")).toList();
  }

  private static List<TopicModel.Example> examples(List<LabelledSet.Item> items) {
    return items.stream()
        .map(item -> new TopicModel.Example(item.title(), item.body(), item.topics()))
        .toList();
  }

  private static Article article(LabelledSet.Item item) {
    return ArticleTaggerTest.article(item.title(), item.body());
  }
}
