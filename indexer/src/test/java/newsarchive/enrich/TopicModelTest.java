package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelTest {

  @TempDir Path dir;

  private static final CompanyTags NONE = new CompanyTags(List.of(), List.of());

  private static final List<String> TOPICS = List.of("Funding", "Outages");

  /**
   * Seeded examples: funding stories say "backers" and "banked", outages "offline" and "spinning
   * wheels", each among filler words, and some say neither.
   */
  private static List<TopicModel.Example> examples() {
    SplittableRandom random = new SplittableRandom(7);
    List<TopicModel.Example> examples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        body.append(" filler").append(random.nextInt(200));
      }
      switch (i % 3) {
        case 0 ->
            examples.add(
                new TopicModel.Example(
                    "Startup banked money", body + " backers banked it", List.of("Funding")));
        case 1 ->
            examples.add(
                new TopicModel.Example(
                    "Users saw spinning wheels", body + " site went offline", List.of("Outages")));
        default ->
            examples.add(new TopicModel.Example("Weather today", body.toString(), List.of()));
      }
    }
    return examples;
  }

  private static double[] probabilities(TopicModel model, String title, String body) {
    return model.probabilities(Words.of(title), Words.of(body));
  }

  @Test
  void learnsTheWordsThatTellATopicWithoutATable() {
    TopicModel model = TopicModel.learn(examples(), TOPICS);

    double[] funding = probabilities(model, "Fintech banked millions", "Its backers banked more.");
    double[] outage = probabilities(model, "Checkout down", "Shoppers saw spinning wheels.");
    double[] neither = probabilities(model, "Rain expected", "Umbrellas advised.");

    assertEquals(TOPICS, model.topics());
    assertTrue(funding[0] > 0.5 && funding[1] < 0.1, "funding " + funding[0] + " " + funding[1]);
    assertTrue(outage[1] > 0.5 && outage[0] < 0.1, "outage " + outage[0] + " " + outage[1]);
    assertTrue(neither[0] < 0.1 && neither[1] < 0.1, "neither");
  }

  @Test
  void aModelReadFromItsFileGivesWhatTheLearntOneGives() throws Exception {
    TopicModel learnt = TopicModel.learn(examples(), TOPICS);
    Path file = dir.resolve(TopicModel.FILE);
    learnt.write(file, List.of("a comment"));
    TopicModel read = TopicModel.read(file);

    assertTrue(Files.readString(file).startsWith("# a comment\n(bias)\t"));
    assertEquals(TOPICS, read.topics());
    for (String body : List.of("Its backers banked more.", "site went offline", "filler3 x")) {
      assertArrayEquals(
          probabilities(learnt, "A headline", body), probabilities(read, "A headline", body));
    }
    assertEquals(
        Files.readAllLines(file).subList(1, Files.readAllLines(file).size()),
        rewritten(TopicModel.learn(examples(), TOPICS)).subList(1, Files.readAllLines(file).size()),
        "the same examples always give the same model");
  }

  private List<String> rewritten(TopicModel model) throws Exception {
    Path again = dir.resolve("again.tsv");
    model.write(again, List.of("another comment"));
    return Files.readAllLines(again);
  }

  @Test
  void aLineThatIsNoWeightIsAnErrorNamingItsLine() throws Exception {
    Path file = dir.resolve(TopicModel.FILE);
    Files.writeString(file, "# model\n(bias)\tFunding:-1.5\nbanked\tFunding:lots\n");

    TaxonomyException error = assertThrows(TaxonomyException.class, () -> TopicModel.read(file));

    assertEquals(file + ":3: not a weight: \"Funding:lots\"", error.getMessage());
  }

  @Test
  void aTaggerWithAModelAddsTheTopicItsCuesMissAndDropsOneTheyGiveInPassing() throws Exception {
    Path table = dir.resolve("topics.tsv");
    Files.writeString(table, "Funding\tfunding round\nOutages\toutage\n");
    TopicTagger cues = TopicTagger.load(table);
    TopicTagger withModel = cues.withModel(TopicModel.learn(examples(), TOPICS));
    Words title = Words.of("Fintech banked millions from backers");
    Words body =
        Words.of("Its backers banked more. An outage, an outage and an outage of filler1.");

    assertEquals(List.of("Outages"), cues.tag(title, body, NONE));
    assertEquals(List.of("Funding"), withModel.tag(title, body, NONE));
  }

  @Test
  void aTopicWithTooFewCuesNeedsLessOfTheModelThanOneWithNone() throws Exception {
    // Every article reads Funding 0.25, between the two bars, and Outages under 1%.
    TopicTagger tagger =
        taggerWithModel(
            "Funding\tfunding round\nOutages\toutage\n",
            "# model\n(bias)\tFunding:-1.1\tOutages:-5\n");
    Words title = Words.of("Fintech opens an office in Leeds");

    assertEquals(
        List.of("Funding"), tagger.tag(title, Words.of("It closed a funding round in May."), NONE));
    assertEquals(List.of(), tagger.tag(title, Words.of("It hired forty people in May."), NONE));
  }

  @Test
  void theModelAddsNoTopicWhoseOtherSenseTheLeadShows() throws Exception {
    // Every article reads Leadership 0.6, over the bar for a topic the cues missed.
    TopicTagger tagger =
        taggerWithModel(
            "Leadership\tsteps down\t\t\tpupil*; headteacher*\n",
            "# model\n(bias)\tLeadership:0.4\n");
    Words title = Words.of("Academy names new head after predecessor's sudden departure");

    assertEquals(
        List.of(),
        tagger.tag(
            title,
            Words.of("The 1,400-pupil school appointed a deputy head from Taunton.\n\nMore."),
            NONE));
    assertEquals(
        List.of("Leadership"),
        tagger.tag(
            title,
            Words.of("The 1,400-staff lender appointed a banker from Taunton.\n\nMore."),
            NONE));
  }

  /** A tagger of the topic table {@code table} with the model file {@code model}. */
  private TopicTagger taggerWithModel(String table, String model) throws Exception {
    Path tableFile = Files.writeString(dir.resolve("topics.tsv"), table);
    Path modelFile = Files.writeString(dir.resolve(TopicModel.FILE), model);
    return TopicTagger.load(tableFile).withModel(TopicModel.read(modelFile));
  }
}
