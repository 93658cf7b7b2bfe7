package newsarchive.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A feed entry's summary is the article's first whole sentences. */
class LeadTest {

  @Test
  void takesWholeSentencesUntilTheLeadIsLongEnough() {
    String body =
        "Amazon will invest up to four billion dollars in Anthropic.\n\nThe start-up picks"
            + " Amazon Web Services as its primary cloud provider.  It will use Trainium and"
            + " Inferentia chips to train its future models, the companies said. Analysts"
            + " expect more deals of this kind. A fifth sentence is never reached.";
    assertEquals(
        "Amazon will invest up to four billion dollars in Anthropic. The start-up picks Amazon"
            + " Web Services as its primary cloud provider. It will use Trainium and Inferentia"
            + " chips to train its future models, the companies said.",
        Lead.of(body));
  }

  @Test
  void aShortBodyIsItsOwnLeadAndNoBodyNone() {
    assertEquals("Short news. Really.", Lead.of("  Short news.\r\n\tReally.\u0007 "));
    assertEquals("", Lead.of(""));
  }

  @Test
  void aFirstSentenceTooLongIsCutAtAWord() {
    String sentence = "word ".repeat(120) + "end.";
    assertEquals("word ".repeat(80).strip() + "…", Lead.of(sentence));
  }

  @Test
  void aSecondSentenceThatWouldMakeTheLeadTooLongIsLeftOut() {
    String first = "A first sentence that is not quite long enough on its own to be a lead.";
    String second = "Then " + "a very long clause ".repeat(30) + "ends.";
    assertEquals(first, Lead.of(first + " " + second));
  }
}
