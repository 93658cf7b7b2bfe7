package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
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
  void recipesAndBeerSharedAsOpenSourceAreNoSoftware() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "Brewery puts its recipes online as 'open source' beer",
            "The brewery, a startup whose revenue and shares doubled last year, published every"
                + " recipe as open source, free for home brewers to copy and change. Its head"
                + " brewer said open-source beer builds loyal drinkers."));
    assertEquals(
        List.of("Open source"),
        table.tag(
            "Brewery software maker releases its code as open source",
            "The maker of brewery software published its source code under an open-source"
                + " licence on GitHub, inviting contributors to fork it."));
  }

  @Test
  void aCueWithinAnInstitutionsNameIsNotTheTopic() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "Arctic sea ice shrinks to second-lowest extent, Data Center says",
            "Arctic sea ice reached its minimum extent on Tuesday, the National Snow and Ice"
                + " Data Center said. Scientists at the centre blamed a long heatwave."));
    assertEquals(
        List.of("Data centers"),
        table.tag(
            "Utility to power a new data center",
            "The utility will supply the data center, which opens next year. Data Center"
                + " operators asked for more power."));
  }

  @Test
  void aGovernmentGrantToACompanyIsFundingButGrantingSomethingIsNot() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Funding"),
        table.tag(
            "Logistics startup wins $40 million state grant",
            "The grant, paid out as the company hires, will help its software team grow."));
    assertEquals(
        List.of(),
        table.tag(
            "Logistics startup grants warrants to its software customers",
            "The startup grants warrants to customers who buy its software."));
  }

  @Test
  void aPrivateEquityFirmBuyingACompanyIsAnAcquisitionNotFunding() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Acquisitions"),
        table.tag(
            "Buyout firm to take payroll software maker private",
            "Private equity firm Ardmore Partners has agreed to buy payroll software maker"
                + " Tallyworks for $3.1 billion in cash, taking the listed company private. Ardmore"
                + " will pay $27.40 a share, 38% more than Friday's close, and the board backs the"
                + " offer.\n\nTallyworks sells payroll software to about 18,000 mid-sized"
                + " businesses. Its shares had halved since 2021 as investors soured on software"
                + " companies that were growing but not yet reliably profitable.\n\nIts chief"
                + " executive said that as a private company it could invest for the long term,"
                + " and that he would stay on to lead the business and its 2,400 staff from its"
                + " offices in Austin, Texas, where it was founded in 2009 by two former"
                + " accountants who wanted to make running a payroll less tedious for small"
                + " firms.\n\nThe agreement lets Tallyworks look"
                + " for better offers for 30 days. The deal is expected to close in the fourth"
                + " quarter, subject to a vote of shareholders and approval by regulators."));
  }

  @Test
  void buyingAMajorityStakeIsAnAcquisitionNotFunding() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Acquisitions"),
        table.tag(
            "Hartmann Group agrees to buy route-planning software firm Logistra",
            "Hartmann Group has agreed to buy a majority stake in Logistra from its venture"
                + " investors, paying 340 million euros for the developer of route-planning"
                + " software."));
  }

  @Test
  void aQuarterIsATimeNotResults() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Cloud"),
        table.tag(
            "Cloud spending tops $90 billion a quarter as AI lifts demand",
            "Companies spent $91 billion on cloud infrastructure services in the third quarter,"
                + " up 24% on a year earlier, the analysts said, the biggest rise in any quarter"
                + " since 2022.\n\nThe three largest providers took 63% of the quarter's spending."));

    assertEquals(
        List.of("Chips"),
        table.tag(
            "Flash memory prices rise for a fourth straight quarter",
            "Contract prices for the NAND flash memory chips used in phones and laptops rose"
                + " about 9% in the third quarter, the fourth consecutive quarterly increase, as"
                + " chipmakers kept output low after last year's glut.\n\nPhone makers said they"
                + " would pass some of the cost on to buyers."));
    assertEquals(
        List.of("Earnings"),
        table.tag(
            "Harbor Semiconductor's revenue falls for a third straight quarter",
            "Harbor Semiconductor said sales fell 12% in the quarter to June as phone makers"
                + " cut orders, and it expects a loss in the current quarter."));
  }

  @Test
  void aPrivacyAuthorityOrderingAFirmToPayIsRegulation() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Regulation"),
        table.tag(
            "Shoe chain Kestrel ordered to pay EUR 2m over loyalty-card records",
            "The national privacy authority has told shoe chain Kestrel to delete the buying"
                + " histories of 900,000 former loyalty-card holders and to pay EUR 2 million for"
                + " keeping them for years without telling customers how they were used.\n\nKestrel"
                + " said it would not contest the decision."));
  }

  @Test
  void aChurchsSuccessionIsNotACompanysButAGamesLoginQueueIsAnOutage() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "St Mary's names successor as its rector steps down",
            "The rector steps down in May; the church, whose online shop doubled its revenue,"
                + " has named a successor."));
    assertEquals(
        List.of("Outages"),
        table.tag(
            "Online game's launch stalls in login queues",
            "Players waited four hours in login queues as the game's servers failed."));
  }

  @Test
  void operaHousesStagingAProductionTogetherAreNoBusinessPartnership() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "Three opera houses form partnership to stage a Ring cycle",
            "Three opera houses have formed a partnership to share the cost of sets and"
                + " rehearsals. Ticket revenue stays with each house, as public subsidies fall."));
    assertEquals(
        List.of("Partnerships"),
        table.tag(
            "Streaming service forms partnership with cinema chain",
            "The streaming service has formed a partnership with the cinema chain to show its"
                + " films first in its theatres, sharing ticket revenue."));
  }

  @Test
  void aLawFirmsPartnersAreNoBusinessPartnership() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "Two senior associates made partners at Whitcombe & Hale",
            "The law firm has promoted two senior associates to the partnership, bringing its"
                + " partners in Leeds to 14 as revenue grew.\n\nThe firm advises software"
                + " companies on contracts."));
    assertEquals(
        List.of(),
        table.tag(
            "Two solicitors go into partnership to open family law practice",
            "Two solicitors have gone into partnership to open a family law practice in"
                + " Harrogate, where demand and revenue have grown."));
  }

  @Test
  void softwareAnyoneMayCopyAndModifyIsOpenSource() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Open source"),
        table.tag(
            "Council swaps its office software for programs anyone can copy and change",
            "The council will replace the office suite its staff use with free alternatives."
                + " The software can be used, copied, studied and modified by anyone."));
  }

  @Test
  void aLocalGovernmentPausingDataCentresIsRegulation() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Data centers", "Regulation"),
        table.tag(
            "County pauses new data centers as water worries mount",
            "The county's Board of Supervisors voted 4-1 on Monday to stop accepting"
                + " applications for new data centers for a year, while staff draft zoning rules"
                + " on how much water the facilities may pump."));
  }

  @Test
  void newsSaysSupercomputersAndRentingServersInPlainWords() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Data centers"),
        table.tag(
            "University switches on the region's new number-cruncher",
            "The machine, which can do two quintillion sums a second, will model storms."));
    assertEquals(
        List.of("Cloud"),
        table.tag(
            "Town hall to shut its server room",
            "The council will rent capacity by the hour instead of replacing its servers."));
  }

  @Test
  void aCompanyAbsorbingAnotherIsAnAcquisitionButAbsorbingACostIsNot() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("Acquisitions"),
        table.tag(
            "Games publisher to absorb Krakow studio",
            "The publisher will absorb the studio and take ownership of its games."));
    assertEquals(
        List.of(),
        table.tag(
            "Games publisher holds prices",
            "The publisher absorbed the cost of new servers and will absorb the shock of a"
                + " weaker zloty."));
  }

  @Test
  void speechAndVideoModelsAndWhatTheyGenerateAreAiModels() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of("AI models"),
        table.tag(
            "Startup opens its speech model to developers",
            "The speech model transcribes calls in 40 languages, and a video model follows."));
    assertEquals(
        List.of("AI models"),
        table.tag(
            "Museum shows AI-generated portraits",
            "The AI-generated portraits hang beside the painters' own."));
  }

  @Test
  void aBoardGamesMonopolyIsNoCompetitionCase() throws Exception {
    TopicTagger table = TopicTagger.load(CORPUS.resolve("topics.tsv"));

    assertEquals(
        List.of(),
        table.tag(
            "Appeals panel upholds fine in Monopoly championship row",
            "The tournament's appeals panel upheld the fine on a 'hotel cartel' of three players"
                + " who built a dominant position on the board before the last dice fell; the"
                + " sponsor's prize money and its online stream's revenue were split."));
  }

  @Test
  void aCueInTheTitleCountsMoreThanOneInTheBody(@TempDir Path dir) throws Exception {
    TopicTagger tagger = taggerWith(dir, "Chips\tchip*\nCloud\tcloud\n");

    assertEquals(List.of("Chips"), tagger.tag("New chips", "A chipmaker said so."));
    assertEquals(List.of(), tagger.tag("News", "One chipmaker and the cloud."));
    assertEquals(
        List.of("Cloud", "Chips"),
        tagger.tag("Cloud news", "Chips, a chipmaker and chipsets; the cloud."));
  }

  @Test
  void anAmbiguousCueCountsOnlyInABusinessOrTechnologyArticle(@TempDir Path dir) throws Exception {
    TopicTagger tagger =
        taggerWith(dir, "Security\tsecurity; ransomware\t\tsecurity\nChips\tGPU\n");

    assertEquals(
        List.of(),
        tagger.tag("More security at the stadium", "Fans will see more security at the gates."));
    // Evidence of the industry: a cue that is not ambiguous, of any topic …
    assertEquals(
        List.of("Security"),
        tagger.tag("Security scare", "The security team found ransomware on a GPU server."));
    // … or two business or technology words.
    assertEquals(
        List.of("Security"),
        tagger.tag("Security update", "The startup said its software had a security hole."));
  }

  @Test
  void aCueNearAWordOfAnotherSenseDoesNotCount(@TempDir Path dir) throws Exception {
    TopicTagger tagger = taggerWith(dir, "Chips\tchip*\t\t\tpotato*; crisps\nCloud\tcloud\n");

    assertEquals(List.of(), tagger.tag("Crisps and chips lift profit", "Potato chips sold well."));
    // Only near the cue, in its paragraph: a snack maker's chip plant is about chips.
    assertEquals(
        List.of("Chips"),
        tagger.tag(
            "Snack maker turns to chips",
            "Its potato farms are sold.\n\nIt will build chips for cars in a new chip plant."));
  }

  @Test
  void aHeadlinesCueDoesNotCountWhenTheLeadIsOfAnotherSense(@TempDir Path dir) throws Exception {
    TopicTagger tagger = taggerWith(dir, "Acquisitions\tacquisition*; merger\t\t\tstriker*\n");
    String rest = "\n\nThe chairman said the merger was agreed on Friday." + " More.".repeat(60);

    assertEquals(
        List.of(),
        tagger.tag(
            "Rovers complete club-record acquisition",
            "Rovers signed the striker Jonas Eklund from a Swedish side for a fee of £2.4m."
                + rest));
    assertEquals(
        List.of("Acquisitions"),
        tagger.tag(
            "Rovers complete club-record acquisition",
            "Rovers bought the stadium's owner, a property firm, for £2.4m." + rest));
  }

  @Test
  void twoCuesInTheBodyFileABriefButNotAFullArticle(@TempDir Path dir) throws Exception {
    TopicTagger tagger = taggerWith(dir, "Chips\tGPU*\n");
    String brief = "The startup sells GPU servers and rents GPUs by the hour.";

    assertEquals(List.of("Chips"), tagger.tag("Startup news", brief));
    assertEquals(List.of(), tagger.tag("Startup news", brief + " word".repeat(150)));
  }

  @Test
  void aLongArticleNeedsAMentionPerHundredWordsOfATopicItsHeadlineDoesNotName(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger = taggerWith(dir, "Earnings\trevenue\nAcquisitions\tbuy\n");
    String background = " Its revenue grew last year, revenue it needs, and more revenue is due.";
    String story = "Acme will buy Widgetco." + background;

    // Three mentions in 250 words: one of the subjects.
    assertEquals(
        List.of("Acquisitions", "Earnings"),
        tagger.tag("Acme to buy Widgetco", story + " word".repeat(230)));
    // The same three in 700 words are background: seven are needed, where the headline does not
    // name the topic (Acquisitions, named there, needs its three).
    assertEquals(
        List.of("Acquisitions"), tagger.tag("Acme to buy Widgetco", story + " word".repeat(680)));
    assertEquals(
        List.of("Earnings", "Acquisitions"),
        tagger.tag("Acme to buy Widgetco", story + background + background + " word".repeat(670)));
  }

  @Test
  void aLongArticleFilesATopicItsHeadlineDoesNotNameOnlyWithACueInItsLead(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger = taggerWith(dir, "Security\thackers\nRegulation\tregulator\n");
    String story = "Hackers stole the records of Acme's customers, the company said.";
    String regulator = " It has told the regulator.".repeat(5);

    // Five mentions in 400 words are enough, but closing the story they are background …
    assertEquals(
        List.of("Security"),
        tagger.tag("Hackers hit Acme", story + " word".repeat(370) + regulator));
    // … and in its first quarter, part of the subject.
    assertEquals(
        List.of("Regulation", "Security"),
        tagger.tag("Hackers hit Acme", story + regulator + " word".repeat(370)));
  }

  @Test
  void anAmbiguousCueMustAlsoBeACue(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("topics.tsv"), "Chips\tchips\t\tsilicon\n");

    TaxonomyException error = assertThrows(TaxonomyException.class, () -> TopicTagger.load(table));
    assertEquals(
        table + ":1: ambiguous cues must also be in the cues column: [silicon]",
        error.getMessage());
  }

  @Test
  void aCueOnlyInTheTitleNeedsTheBodyToAgreeUnlessThereIsNoBody(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger = taggerWith(dir, "Earnings\tquarter\n");

    assertEquals(List.of(), tagger.tag("Quarter of voters undecided", "The poll found so."));
    assertEquals(List.of("Earnings"), tagger.tag("Record quarter", "Its best quarter yet."));
    assertEquals(List.of("Earnings"), tagger.tag("Record quarter", ""));
  }

  @Test
  void stemCuesMatchEveryWordStartingSoAndPhrasesMatchAcrossHyphens(@TempDir Path dir)
      throws Exception {
    TopicTagger tagger = taggerWith(dir, "Acquisitions\tacquir*\nData centers\tdata center\n");

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

  /** A tagger of the topics table {@code table}, written to {@code dir}. */
  private static TopicTagger taggerWith(Path dir, String table) throws IOException {
    return TopicTagger.load(Files.writeString(dir.resolve("topics.tsv"), table));
  }
}
