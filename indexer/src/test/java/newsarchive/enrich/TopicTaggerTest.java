package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTaggerTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @Test
  void theTableHasTheFourteenTopicsTheArchiveUses() throws Exception {
    assertEquals(
        List.of(
            "Partnerships",
            "Cloud",
            "AI models",
            "Funding",
            "Acquisitions",
            "Antitrust",
            "Regulation",
            "Chips",
            "Data centers",
            "Outages",
            "Security",
            "Earnings",
            "Leadership",
            "Open source"),
        TopicTagger.load(CORPUS.resolve("topics.tsv")).topics());
  }

  @Test
  void aCueInTheTitleCountsMoreThanOneInTheBody(@TempDir Path dir) throws Exception {
    TopicTagger tagger =
        TopicTagger.load(
            Files.writeString(dir.resolve("topics.tsv"), "Chips\tchip*\nCloud\tcloud\n"));

    assertEquals(List.of("Chips"), tagger.tag("New chips", "A chipmaker said so."));
    assertEquals(List.of(), tagger.tag("News", "One chipmaker and the cloud."));
    assertEquals(
        List.of("Cloud", "Chips"),
        tagger.tag("Cloud news", "Chips, a chipmaker and chipsets; the cloud."));
  }

  @Test
  void aCueOnlyInTheTitleNeedsTheBodyToAgreeUnlessThereIsNoBody(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger =
        TopicTagger.load(Files.writeString(dir.resolve("topics.tsv"), "Earnings\tquarter\n"));

    assertEquals(List.of(), tagger.tag("Quarter of voters undecided", "The poll found so."));
    assertEquals(List.of("Earnings"), tagger.tag("Record quarter", "Its best quarter yet."));
    assertEquals(List.of("Earnings"), tagger.tag("Record quarter", ""));
  }

  @Test
  void stemCuesMatchEveryWordStartingSoAndPhrasesMatchAcrossHyphens(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger =
        TopicTagger.load(
            Files.writeString(
                dir.resolve("topics.tsv"), "Acquisitions\tacquir*\nData centers\tdata center\n"));

    assertEquals(
        List.of("Acquisitions", "Data centers"),
        tagger.tag(
            "",
            "It acquired a firm, is acquiring another and acquires more;"
                + " a data-center, a Data Center and another data center."));
  }

  @Test
  void aStemTooShortIsRejected(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("topics.tsv"), "Chips\tch*\n");

    TaxonomyException error = assertThrows(TaxonomyException.class, () -> TopicTagger.load(file));
    assertEquals(file + ":1: cue \"ch*\" needs at least 3 letters before *", error.getMessage());
  }
}
