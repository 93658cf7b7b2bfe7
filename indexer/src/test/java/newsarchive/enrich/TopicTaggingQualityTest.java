package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.junit.jupiter.api.Test;

/**
 * Topic tagging measured on a smaller labelled set (ordinary articles, and traps where a cue means
 * something else: zodiac signs, painters, weather, labour agreements, buying power), with the
 * archive's own tables, through the whole article tagger so that company verdicts reach topic cues.
 * The holdout split was written with the rest and never used to tune the table or the rules. The
 * blind split was written later by someone who had not seen the table, measured, and then used for
 * the ambiguous cues; the heldout split was written blind too, measured before and after them, and
 * then used for four phrases. The third, fourth and fifth splits were written blind as well; the
 * fourth (articles of every length) and the fifth (long articles, 350 to 900 words) showed passing
 * mentions filed as subjects, which the rule of one mention per hundred words answers. The sixth
 * was written after those changes and measured them unseen, and so was the seventh, which avoids
 * each topic's obvious word half the time. The eighth is a development set of paraphrase.
 */
class TopicTaggingQualityTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @Test
  void topicTaggingReachesF1OfNinetyFiveOnTheDevSplitWithNoTrapFiled() throws Exception {
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(), CORPUS);
    LabelledSet set =
        LabelledSet.read("/tagging/topics.jsonl")
            .score(
                item ->
                    tagger
                        .tag(
                            new Article(
                                item.id(),
                                item.title(),
                                item.body(),
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                Origin.file(Path.of(""))))
                        .topics(),
                LabelledSet.Item::topics);
    String report = set.report("Topic tagging");
    System.out.println(report);

    assertTrue(set.items.size() >= 40, "at least 40 labelled articles");
    // The holdout split is printed, not gated: it was never used to tune the table.
    assertEquals(0, set.total("dev trap").falsePositives(), report);
    assertTrue(set.total("dev").f1() >= 0.95, report);
    assertTrue(set.total("blind").f1() >= 0.85, report);
  }
}
