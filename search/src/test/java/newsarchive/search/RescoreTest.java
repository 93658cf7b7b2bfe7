package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The order of the best matches that a question for a time or a person asks for. */
class RescoreTest {

  private static final long MARCH_2021 = 1_616_457_600_000L;
  private static final long DECEMBER_2024 = 1_733_097_600_000L;
  private static final long MARCH_2025 = 1_741_737_600_000L;

  @Test
  void aSuccessorsArticleNamingThePredecessorOnceStillCountsAmongTheBest() {
    // His own departure scores 10; the article naming his successor, where his whole name was
    // typed and it names him once, 4.5; an older article on his plans 6.
    float[] scores = {10, 6, 4.5f};
    long[] published = {DECEMBER_2024, MARCH_2021, MARCH_2025};

    assertArrayEquals(
        new int[] {2, 0, 1},
        Rescore.order(scores, new float[3], published, Rescore.Best.NEWEST_FIRST));
    // Under 0.4 of the best, an article is not among the best, however new.
    scores[2] = 3.5f;
    assertArrayEquals(
        new int[] {0, 1, 2},
        Rescore.order(scores, new float[3], published, Rescore.Best.NEWEST_FIRST));
  }
}
