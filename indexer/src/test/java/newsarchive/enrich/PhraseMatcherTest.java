package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static PhraseMatcher.Phrase<String> phrase(String value, String words) {
    return new PhraseMatcher.Phrase<>(value, PhraseMatcher.pattern(words), false);
  }

  @Test
  void startsByValueGivesEachValueOnlyThePositionsWhereItsPhrasesMayStart() {
    PhraseMatcher<String> matcher =
        new PhraseMatcher<>(
            List.of(
                phrase("Acquisitions", "acquir*"),
                phrase("Acquisitions", "agrees to buy"),
                phrase("Acquisitions", "agrees to merge"),
                phrase("Partnerships", "agrees to work with"),
                phrase("Chips", "chips")));

    Map<String, int[]> starts =
        matcher.startsByValue(Words.of("Arm agrees to buy chips; acquisition agreed"));

    assertArrayEquals(new int[] {1, 5}, starts.get("Acquisitions"), "each position once");
    assertArrayEquals(new int[] {1}, starts.get("Partnerships"));
    assertArrayEquals(new int[] {4}, starts.get("Chips"));
    assertEquals(3, starts.size());
  }

  /**
   * The topic tagger looks for each topic's cues only where {@code startsByValue} of all cues puts
   * that topic; on random text over words that start, continue and overlap phrases, that must find
   * exactly what looking at every word finds.
   */
  @Test
  void eachValuesMatchesAtItsOwnStartsAreTheMatchesAtEveryWord() {
    List<String> vocabulary =
        List.of(
            "cloud",
            "clouds",
            "deal",
            "deals",
            "chip",
            "chips",
            "maker",
            "open",
            "source",
            "the",
            "a",
            "signs",
            "acquires",
            "acquisition",
            "data",
            "center");
    Map<String, List<PhraseMatcher.Phrase<String>>> byTopic =
        Map.of(
            "Cloud", List.of(phrase("Cloud", "cloud"), phrase("Cloud", "cloud deal*")),
            "Chips", List.of(phrase("Chips", "chip*"), phrase("Chips", "chip maker")),
            "Open source", List.of(phrase("Open source", "open source")),
            "Acquisitions",
                List.of(phrase("Acquisitions", "acquir*"), phrase("Acquisitions", "signs a deal")),
            "Data centers",
                List.of(phrase("Data centers", "data center"), phrase("Data centers", "cloud")));
    List<PhraseMatcher.Phrase<String>> all = new ArrayList<>();
    byTopic.values().forEach(all::addAll);
    PhraseMatcher<String> anyCue = new PhraseMatcher<>(all);
    Random random = new Random(20261204);
    for (int text = 0; text < 500; text++) {
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < 1 + random.nextInt(30); w++) {
        sentence.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      }
      Words words = Words.of(sentence.toString());
      Map<String, int[]> starts = anyCue.startsByValue(words);
      byTopic.forEach(
          (topic, phrases) -> {
            PhraseMatcher<String> own = new PhraseMatcher<>(phrases);
            assertEquals(
                own.find(words),
                own.find(words, starts.getOrDefault(topic, new int[0]), false),
                topic + " in \"" + sentence + "\"");
          });
    }
  }
}
