package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireMarksTest {

  private static final String LONG_REPORT =
      "Nvidia said on Tuesday that data center revenue (its largest unit) rose. ".repeat(40);

  @Test
  void aSlugBeforeTheHeadlineIsDroppedAndAnAcronymKept() {
    assertEquals(
        "Nvidia beats forecasts", WireMarks.headline("CORRECTED-UPDATE 2-Nvidia beats forecasts"));
    assertEquals("AI-powered search grows", WireMarks.headline("AI-powered search grows"));
  }

  @Test
  void aHeadlineLabelledCommentOrAnalysisMarksItsPiece() {
    for (String labelled :
        List.of(
            "Opinion: Changing the chief won't fix the lithium project",
            "ANALYSIS-Investors doubt the turnaround",
            "Column | Why the deal makes sense",
            "Explainer — what the ruling means",
            "Editorial - A costly delay",
            "  review: the new phone, tried")) {
      assertTrue(WireMarks.comment(labelled), labelled);
    }
    for (String report :
        List.of(
            "Analysis-ready data lands in the lakehouse",
            "Review board clears the merger",
            "Insight Partners leads a $40 million round",
            "Redgum boss out as board moves to fix troubled project")) {
      assertFalse(WireMarks.comment(report), report);
    }
  }

  @Test
  void theDatelineAndTheAgencysCreditAreDroppedFromALongBody() {
    assertEquals(
        LONG_REPORT,
        WireMarks.body(
            "LONDON, June 2 (Reuters) - " + LONG_REPORT + "(Continental Business Wire)"));
    assertEquals(
        LONG_REPORT, WireMarks.body(LONG_REPORT + "\n\nSource text for Eikon: Global Wire .\n\n"));
  }

  @Test
  void bracketsAndLinesBeforeTheEndAreKept() {
    String body = "Intel (the chip maker) cut jobs.\n\nSource: a filing.\n\nShares fell 3%.";
    assertEquals(body, WireMarks.body(body));
  }
}
