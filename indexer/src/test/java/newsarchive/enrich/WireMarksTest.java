package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
