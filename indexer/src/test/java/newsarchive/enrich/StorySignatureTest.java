package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StorySignatureTest {

  private static final String BODY =
      "Cloudflare said a configuration file grew larger than expected and crashed the software"
          + " that handles traffic across its network, taking down thousands of websites for about"
          + " two hours on Tuesday before the company restored service to its customers.";

  @Test
  void theSketchEstimatesShingleJaccardWithinAFewPoints() {
    SplittableRandom random = new SplittableRandom(7);
    for (double keep : new double[] {0.3, 0.5, 0.7, 0.9}) {
      List<String> a = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        a.add("w" + random.nextInt(5_000));
      }
      List<String> b = new ArrayList<>(a);
      for (int i = 0; i < b.size(); i++) {
        if (random.nextDouble() > keep) {
          b.set(i, "x" + random.nextInt(5_000));
        }
      }
      double exact = jaccard(shingles(a), shingles(b));
      double estimated =
          StorySignature.of("", String.join(" ", a))
              .textSimilarity(StorySignature.of("", String.join(" ", b)));
      assertEquals(exact, estimated, 0.1, "kept " + keep);
    }
  }

  @Test
  void aCopyIsOneStoryWithinAWeekAndAnExactCopyWhenever() {
    StorySignature original = StorySignature.of("Cloudflare outage", BODY);
    StorySignature copy = StorySignature.of("Cloudflare outage", BODY + " It apologised.");

    assertTrue(original.sameStory(copy, 0));
    assertTrue(original.sameStory(copy, 7));
    assertTrue(original.sameStory(copy, -1), "undated");
    assertTrue(original.sameStory(StorySignature.of("Cloudflare outage", BODY), 400));
  }

  @Test
  void anUpdateThatHoldsTheWireCopyIsOneStoryWithinAWeek() {
    SplittableRandom random = new SplittableRandom(11);
    String wire = words(random, 300);
    // "UPDATE 2": the wire copy with as many new words again, so Jaccard is about one half.
    StorySignature original = StorySignature.of("Nvidia forecast", wire);
    StorySignature update =
        StorySignature.of("UPDATE 2-Nvidia forecast", wire + words(random, 330));
    double text = original.textSimilarity(update);

    assertTrue(text < StorySignature.SAME_TEXT, "under the Jaccard bar: " + text);
    assertTrue(original.containment(update, text) >= StorySignature.SAME_UPDATE);
    assertTrue(original.sameStory(update, 1));
    assertFalse(original.sameStory(update, 30), "a month later it is other news");

    // A brief of the wire's first sentences is held too, but too short to tell by its sketch.
    StorySignature brief = StorySignature.of("Nvidia", wire.substring(0, wire.indexOf(' ', 200)));
    assertTrue(original.textSimilarity(brief) < StorySignature.SAME_UPDATE_FLOOR);
    assertFalse(original.sameStory(brief, 0));
  }

  @Test
  void twoPressReleasesSharingTheCompanysBoilerplateAreTwoStories() {
    SplittableRandom random = new SplittableRandom(12);
    String about = words(random, 100);
    // Half of each release is the same "About the company" text: a third by Jaccard.
    StorySignature first = StorySignature.of("AWS launches Trainium3", words(random, 100) + about);
    StorySignature second = StorySignature.of("AWS unveils Graviton5", words(random, 100) + about);
    double text = first.textSimilarity(second);

    assertTrue(text >= StorySignature.SAME_UPDATE_FLOOR, "shares its boilerplate: " + text);
    assertTrue(first.containment(second, text) < StorySignature.SAME_UPDATE);
    assertFalse(first.sameStory(second, 0));
  }

  @Test
  void oneTemplateFilledInWithAnotherCompanysFiguresIsAnotherStory() {
    SplittableRandom random = new SplittableRandom(13);
    List<String> template = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      template.add(words(random, 15));
    }
    String headline = " Announces Preliminary Fourth Quarter Results and Updates Fiscal Outlook";
    StorySignature arclight =
        StorySignature.of("Arclight" + headline, release(template, "Arclight", 318));
    StorySignature reprint =
        StorySignature.of(
            "Arclight" + headline, "Provided by a wire." + release(template, "Arclight", 318));
    StorySignature beaconfield =
        StorySignature.of("Beaconfield" + headline, release(template, "Beaconfield", 142));
    double text = arclight.textSimilarity(beaconfield);

    assertTrue(text >= StorySignature.SAME_TEXT, "the template's words: " + text);
    assertTrue(arclight.containment(beaconfield, text) < StorySignature.WHOLLY_HELD);
    assertTrue(arclight.titleSimilarity(beaconfield) >= StorySignature.SAME_TITLE);
    assertFalse(arclight.sameStory(beaconfield, 1), "another company's figures");
    assertTrue(arclight.sameStory(reprint, 1));
  }

  @Test
  void aLivePageWhoseNewestEntriesComeFirstIsOneStoryThoughItsFirstFiguresAreNew() {
    SplittableRandom random = new SplittableRandom(14);
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      entries.add(words(random, 4));
    }
    String earlier =
        release(List.of(words(random, 60), words(random, 60), words(random, 60)), "Nimbus", 40);
    StorySignature first = StorySignature.of("Live: the keynote", earlier);
    // The newest entries' names and figures fill the facts the page's signature keeps.
    StorySignature later =
        StorySignature.of("Live: the keynote", release(entries, "Veridian", 700) + earlier);
    double text = first.textSimilarity(later);

    assertTrue(first.containment(later, text) >= StorySignature.WHOLLY_HELD);
    assertTrue(text < StorySignature.SAME_COPY);
    assertTrue(first.sameStory(later, 0));
  }

  @Test
  void aBriefKeepingMostOfAReportsFactsInOrderIsOneStoryWithinTwoDays() {
    SplittableRandom random = new SplittableRandom(15);
    StorySignature report =
        StorySignature.of(
            "Nordvale to buy Paylink", release(parts(random, 24, 12), "Nordvale", 100));
    // The report's first twelve facts in other words: a quarter of the report's.
    StorySignature brief =
        StorySignature.of("Nordvale buys Paylink", release(parts(random, 6, 5), "Nordvale", 100));
    // A roundup's paragraph: two thirds of those facts, then another story's.
    StorySignature roundup =
        StorySignature.of(
            "The day in deals",
            release(parts(random, 4, 5), "Nordvale", 100)
                + release(parts(random, 2, 5), "Kestrel", 900));

    assertTrue(report.textSimilarity(brief) < StorySignature.SAME_UPDATE_FLOOR, "other words");
    assertTrue(report.sameStory(brief, 1));
    assertFalse(report.sameStory(brief, 3), "syndication follows within two days");
    assertFalse(report.sameStory(roundup, 1));
  }

  @Test
  void anUpdateRevisingEveryFigureOfOneCompanysReportIsOneStoryWithinTwoDays() {
    SplittableRandom random = new SplittableRandom(16);
    List<String> paragraphs = parts(random, 10, 12);
    String report = release(paragraphs, "Rhenwald", 212);
    // "UPDATE 1": the recall widened, so each figure is new, with a paragraph on why.
    String revised = release(paragraphs, "Rhenwald", 248) + " " + words(random, 25);
    StorySignature first = StorySignature.of("Rhenwald recalls SUVs over brakes", report);
    StorySignature update = StorySignature.of("UPDATE 1-Rhenwald widens SUV recall", revised);
    StorySignature rival =
        StorySignature.of(
            "Arclight recalls SUVs over brakes", release(paragraphs, "Arclight", 248));
    double text = first.textSimilarity(update);
    double held = first.containment(update, text);

    assertTrue(held >= StorySignature.SAME_UPDATE && held < StorySignature.WHOLLY_HELD, "" + held);
    assertTrue(update.sameStory(first, 1));
    assertFalse(update.sameStory(first, 4), "an update follows within two days");
    assertFalse(first.sameStory(rival, 1), "the same words about another company");
  }

  private static List<String> parts(SplittableRandom random, int count, int words) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add(words(random, words));
    }
    return parts;
  }

  /** {@code template}'s parts with the company's name and eight figures from {@code base}. */
  private static String release(List<String> template, String company, int base) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < template.size(); i++) {
      text.append(template.get(i))
          .append(". ")
          .append(company)
          .append(" expects $")
          .append(base + 7 * i)
          .append(" million.");
    }
    return text.toString();
  }

  private static String words(SplittableRandom random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("w" + random.nextInt(5_000));
    }
    return " " + String.join(" ", words);
  }

  @Test
  void aHeadlineInOtherWordsMatchesOnlyWithinTwoDays() {
    StorySignature one =
        StorySignature.of(
            "Microsoft announces multiyear, multibillion-dollar investment in OpenAI", "A.");
    StorySignature other =
        StorySignature.of(
            "Microsoft announces multibillion-dollar, multiyear investments in OpenAI", "B.");

    assertEquals(1.0, one.titleSimilarity(other));
    assertTrue(one.sameStory(other, 2));
    assertFalse(one.sameStory(other, 3));
    assertFalse(one.sameStory(other, -1), "undated");
  }

  @Test
  void factsAreTheNamesAndFiguresInOrder() {
    assertEquals(
        List.of("broadcom", "16%", "14.9", "14.61", "77%", "4.1", "1200"),
        StorySignature.factWords(
            "",
            "In 2025 Broadcom's shares rose 16 percent on March 6, 910B chips aside: $14.9 billion"
                + " against $14.61 billion, up 77% to $4.1 billion. The 1,200 workers"));
  }

  @Test
  void aCommonWordOpeningASentenceIsNoFactButANameIs() {
    assertEquals(
        List.of("meridian", "2400", "germany", "meridian", "450"),
        StorySignature.factWords(
            "",
            "Meridian will cut 2,400 jobs. Most of the cuts fall in Germany, where most staff"
                + " work. Closing sites will take a year; the closing date is open. Meridian"
                + " books 450 million euros."));
  }

  @Test
  void factsLeaveOutTheWiresSlugDatelineAndClosingCreditButNotTheReporters() {
    List<String> report =
        StorySignature.factWords(
            "",
            "LONDON, June 2 (Continental Business Wire) - Orbis Telecom will pay $6.8 billion."
                + "\n\n(Reporting by Sophie Laurent; Editing by Mark Hendry)");
    List<String> brief =
        StorySignature.factWords(
            "", "Orbis Telecom will pay $6.8 billion, it said. (Continental Business Wire)");

    assertEquals(
        List.of(
            "orbis",
            "telecom",
            "6.8",
            "reporting",
            "sophie",
            "laurent",
            "editing",
            "mark",
            "hendry"),
        report);
    assertEquals(List.of("orbis", "telecom", "6.8"), brief);
    assertEquals(
        List.of("orbis", "telecom", "6.8", "orbis", "telecom", "6.8"),
        StorySignature.factWords(
            "BRIEF-Orbis Telecom to pay $6.8 bln",
            "June 2 (Market Brief) - Orbis Telecom will pay $6.8 billion.\n\nSource text for"
                + " Eikon: Continental Business Wire. Further company coverage: ORBS.L"));
    assertEquals(
        List.of("orbis", "telecom", "6.8"),
        StorySignature.factWords("CORRECTED-UPDATE 1-Orbis Telecom to pay $6.8 bln", ""));
    assertEquals(
        List.of("ai-powered", "orbis"),
        StorySignature.factWords("AI-powered Orbis", ""),
        "an acronym opening a headline is no slug");
  }

  @Test
  void aCopyAnotherOutletRewordedIsOneStoryWithinTwoDays() {
    StorySignature wire = StorySignature.of(RewordedCopy.WIRE_TITLE, RewordedCopy.WIRE);
    StorySignature reworded = StorySignature.of(RewordedCopy.REWORDED_TITLE, RewordedCopy.REWORDED);

    assertTrue(wire.textSimilarity(reworded) < StorySignature.SAME_UPDATE_FLOOR, "new wording");
    assertTrue(wire.titleSimilarity(reworded) < StorySignature.SAME_TITLE, "new headline");
    assertTrue(wire.sameStory(reworded, 2));
    assertFalse(wire.sameStory(reworded, 3), "syndication follows within two days");
    assertFalse(wire.sameStory(reworded, -1), "undated");
  }

  @Test
  void anOutletsOwnWriteUpOfTheNewsIsOneStoryWithinTwoDays() {
    StorySignature wire = StorySignature.of("Corvane recalls 38,000 Halden vans", RECALL);
    StorySignature writeUp = StorySignature.of("Faulty hinge sends Halden vans back", WRITE_UP);
    StorySignature nextRecall = StorySignature.of("Corvane recalls 9,400 Halden vans", NEXT_RECALL);

    assertTrue(wire.textSimilarity(writeUp) < StorySignature.SAME_UPDATE_FLOOR, "own sentences");
    assertFalse(wire.sameFacts(writeUp), "the facts in another order");
    assertTrue(wire.wordSimilarity(writeUp) >= StorySignature.SAME_WORDS, "the same words");
    assertTrue(wire.sameStory(writeUp, 1));
    assertTrue(writeUp.sameStory(wire, 0));
    assertFalse(wire.sameStory(writeUp, 3), "write-ups follow within two days");
    assertTrue(
        wire.wordSimilarity(nextRecall) >= StorySignature.SAME_WORDS, "the same company's words");
    assertFalse(wire.sameStory(nextRecall, 1), "the next recall: the same names, other figures");
  }

  @Test
  void aCommentOnTheNewsIsNotTheReportsStoryButItsReprintIs() {
    StorySignature wire = StorySignature.of("Corvane recalls 38,000 Halden vans", RECALL);
    StorySignature comment =
        StorySignature.of("Opinion: Faulty hinge sends Halden vans back", WRITE_UP);
    StorySignature reprint =
        StorySignature.of("OPINION-Faulty hinge sends Halden vans back", WRITE_UP);

    assertTrue(
        wire.sameStory(StorySignature.of("Faulty hinge sends Halden vans back", WRITE_UP), 1),
        "the write-up unlabelled");
    assertFalse(wire.sameStory(comment, 1), "the same names, figures and words, as comment");
    assertFalse(comment.sameStory(wire, 1));
    assertTrue(comment.sameStory(reprint, 1), "the comment piece reprinted");
  }

  @Test
  void aWriteUpGivingAFigureOfItsOwnIsOneStoryWhenTheRareWordsAgree() {
    StorySignature wire = StorySignature.of("Corvane recalls 38,000 Halden vans", RECALL);
    StorySignature brief = StorySignature.of("Corvane hinge fault hits Halden vans", BRIEF);
    StorySignature nextRecall = StorySignature.of("Corvane recalls 9,400 Halden vans", NEXT_RECALL);

    assertTrue(wire.raritySimilarity(brief) >= StorySignature.SAME_RARE_WORDS, "the rare words");
    assertTrue(wire.sameStory(brief, 1), "one figure of seven is the brief's own");
    assertFalse(wire.sameStory(brief, 3), "write-ups follow within two days");
    assertFalse(brief.sameStory(nextRecall, 1), "the next recall: the same names, other figures");
  }

  @Test
  void aWriteUpQuotingItsOwnPeopleIsOneStoryWhenEveryFigureAgrees() {
    StorySignature wire = StorySignature.of("Ardmore to take Tallyworks private", TAKE_PRIVATE);
    StorySignature writeUp = StorySignature.of("Payroll maker goes private", TAKE_PRIVATE_WRITE_UP);
    StorySignature otherDeal = StorySignature.of("Ardmore buys Quillfield", OTHER_TAKE_PRIVATE);

    assertTrue(writeUp.raritySimilarity(wire) >= StorySignature.SAME_RARE_WORDS, "the rare words");
    assertTrue(wire.sameStory(writeUp, 1), "under 60% of the names, but every figure");
    assertFalse(wire.sameStory(otherDeal, 1), "the buyer's other deal: its own figures");
  }

  @Test
  void aWriteUpInWordsOfItsOwnIsOneStoryWhenItsSubjectAndEveryFigureAgree() {
    StorySignature wire =
        StorySignature.of("Halvorsen to close Dunmore bakery, cut 640 jobs", BAKERY_CLOSING);
    StorySignature writeUp =
        StorySignature.of(
            "Dunmore bakers lose their jobs as Halvorsen moves to Poland", BAKERY_WRITE_UP);
    StorySignature nextNews =
        StorySignature.of("Halvorsen to open Wroclaw crispbread line", BAKERY_NEXT_NEWS);

    assertTrue(wire.raritySimilarity(writeUp) < StorySignature.SAME_RARE_WORDS, "own words");
    assertTrue(
        wire.raritySimilarity(writeUp) >= StorySignature.SAME_RARE_OF_EVERY_FIGURE, "the news's");
    assertTrue(wire.sameStory(writeUp, 1), "640 jobs, 85 million crowns, 2.1%: every figure");
    assertFalse(wire.sameStory(writeUp, 3), "write-ups follow within two days");
    assertFalse(writeUp.sameStory(nextNews, 2), "the company's next news: its own figures");
  }

  @Test
  void anUpdateAddingAnalystsAndShareMovesIsOneStoryWhenHalfItsFiguresAndTheRareWordsAgree() {
    StorySignature wire = StorySignature.of("Ardmore to take Tallyworks private", TAKE_PRIVATE);
    StorySignature update =
        StorySignature.of(
            "UPDATE 1-Ardmore to buy Tallyworks as buyouts pick up", TAKE_PRIVATE_UPDATE);
    StorySignature otherDeal = StorySignature.of("Ardmore buys Quillfield", OTHER_TAKE_PRIVATE);

    assertTrue(wire.textSimilarity(update) < StorySignature.SAME_UPDATE_FLOOR, "own sentences");
    assertTrue(update.raritySimilarity(wire) >= StorySignature.SAME_RARE_STORY, "the rare words");
    assertTrue(wire.sameStory(update, 0), "half its figures are the wire's");
    assertFalse(wire.sameStory(update, 3), "updates follow within two days");
    assertFalse(update.sameStory(otherDeal, 1), "the buyer's other deal: its own figures");
  }

  @Test
  void aWriteUpHeadlinedAlikeIsOneStoryWithFewerNamesAndRareWordsInCommon() {
    StorySignature wire =
        StorySignature.of("Halvorsen agrees to buy ferry operator Nordvik", FERRY_DEAL);
    StorySignature writeUp =
        StorySignature.of(
            "Halvorsen to acquire Nordvik in coastal ferry deal", FERRY_DEAL_WRITE_UP);
    StorySignature order =
        StorySignature.of("Halvorsen orders two hybrid ferries from Ulstein", FERRY_ORDER);

    assertTrue(wire.titleSimilarity(writeUp) >= StorySignature.SAME_HEADLINE_WORDS, "headlines");
    assertTrue(wire.raritySimilarity(writeUp) < StorySignature.SAME_RARE_WORDS, "its own words");
    assertTrue(
        wire.sameStory(writeUp, 1), "the deal, its buyer and seller, their chief and founder");
    assertFalse(wire.sameStory(writeUp, 2), "headlined alike within a day");
    assertFalse(wire.sameStory(order, 0), "the buyer's other news that day: another headline");
  }

  @Test
  void aWordThatMostNewsUsesWeighsLessThanOneThatFewUse() {
    assertTrue(weight("company") < weight("dealers"));
    assertTrue(weight("dealers") < weight("hinge"));
  }

  private static float weight(String word) {
    return WordRarity.weight(StorySignature.contentWordHash(word));
  }

  private static final String FERRY_DEAL =
      "OSLO, May 6 - Halvorsen Shipping has agreed to buy Nordvik Ferries, the operator of the"
          + " coastal routes between Bergen and Tromso, the two companies said on Wednesday."
          + " Halvorsen's chief executive Ingrid Solberg said the deal would give the group a fleet of"
          + " 31 vessels and make it the largest passenger operator on the Norwegian coast. The"
          + " purchase still needs the approval of the Norwegian Competition Authority, which has"
          + " questioned consolidation on the coastal routes before. Nordvik's founder, Arne Kjeldsen,"
          + " will stay on as an adviser to Halvorsen. Analysts at DNB Markets said the takeover would"
          + " let Halvorsen cut fuel costs by sharing ports and crews. Shares in Halvorsen rose in"
          + " Oslo trading, while Nordvik, which is owned by the Kjeldsen family, is not listed.";

  private static final String FERRY_DEAL_WRITE_UP =
      "Halvorsen Shipping is buying Nordvik Ferries in a deal that unites two of Norway's"
          + " coastal ferry lines. The takeover, announced on Wednesday, still has to be cleared by"
          + " the Norwegian Competition Authority. Unions at Nordvik's Tromso depot want guarantees"
          + " for crews, said Kari Lunde of the seafarers' union NSF, and the mayor of Bodo, Ida"
          + " Pinnerod, asked for the island timetables to be kept. Ingrid Solberg, Halvorsen's chief"
          + " executive, told NRK that passengers would see more sailings in summer. Nordvik runs"
          + " boats from Bergen to the Lofoten islands; its founder will stay on as an adviser, and"
          + " the combined fleet will share ports and crews to cut fuel costs. The trade paper"
          + " Sjofartstidende reported that Halvorsen had beaten a rival offer from Hurtig Linjer,"
          + " backed by the investor Petter Stordalen. Halvorsen did not say what it would pay.";

  private static final String FERRY_ORDER =
      "Halvorsen Shipping has ordered two battery-hybrid ferries from the Ulstein yard for its"
          + " Bergen routes, chief executive Ingrid Solberg said on Wednesday. The vessels, to be"
          + " delivered in 2028, will each carry 600 passengers and 120 cars, and will cut the routes'"
          + " emissions by about a third, Halvorsen said. Solberg said the order was part of a plan to"
          + " renew half of its fleet by 2030. Ulstein, which builds the ferries at its yard in"
          + " Ulsteinvik, said the order was its largest from a Norwegian operator this year."
          + " Halvorsen's shares rose in Oslo trading. Analysts at DNB Markets said the hybrid ferries"
          + " would qualify for support from the state agency Enova.";

  private static final String RECALL =
      "STUTTGART, March 3 - German carmaker Corvane is recalling about 38,000 Halden electric vans"
          + " because a rear door hinge can crack and let the door swing open while driving, the"
          + " company said on Tuesday. The recall covers vans built between June 2022 and August"
          + " 2024 in Germany, Austria and Poland, and about 14,500 of them are in Germany. Corvane"
          + " said it knew of 23 cracked hinges and no injuries. Dealers will fit a steel hinge"
          + " free of charge, a job of about 90 minutes, and owners will be written to from April."
          + " \"We found the fault in our own checks,\" quality chief Marta Lindqvist said. The"
          + " Halden is Corvane's best-selling van, with about 52,000 delivered last year.";

  private static final String WRITE_UP =
      "Owners of some 38,000 Halden vans will have to take them back to Corvane dealers: the"
          + " Stuttgart company has found that a rear door hinge may crack, so that the door could"
          + " open on the road. Marta Lindqvist, who heads quality, said the company's own checks"
          + " picked up the fault, with 23 hinges found cracked and nobody hurt. Letters go out to"
          + " owners from April, and fitting the new steel hinge takes dealers about 90 minutes at"
          + " no cost. Vans made from June 2022 to August 2024 are affected, 14,500 of them in"
          + " Germany and the rest in Austria and Poland. It is an awkward moment for the Halden,"
          + " which sold about 52,000 last year and is Corvane's most popular van.";

  private static final String BRIEF =
      "Corvane shares slipped 2.1% after the carmaker said a cracked rear door hinge means 38,000"
          + " Halden vans built from June 2022 to August 2024 go back to dealers, 14,500 of them in"
          + " Germany and the rest in Austria and Poland. Quality chief Marta Lindqvist said 23"
          + " hinges had cracked; the repair takes 90 minutes.";

  private static final String NEXT_RECALL =
      "STUTTGART, March 4 - German carmaker Corvane is recalling about 9,400 Halden electric vans"
          + " because a charging port cover can come loose, the company said on Wednesday. The"
          + " recall covers vans built between May 2023 and January 2024 in Germany, Austria and"
          + " Poland, and about 6,100 of them are in Germany. Corvane said it knew of 41 loose"
          + " covers and no injuries. Dealers will fit a new cover free of charge, a job of about"
          + " 30 minutes, and owners will be written to from May. Quality chief Marta Lindqvist"
          + " said the fault was found in the company's own checks. The Halden is Corvane's"
          + " best-selling van, with about 52,000 delivered last year.";

  private static final String TAKE_PRIVATE =
      "NEW YORK, June 12 - Private equity firm Ardmore Partners has agreed to buy payroll software"
          + " maker Tallyworks for $3.1 billion in cash, taking the Nasdaq-listed company private,"
          + " the companies said on Monday. Ardmore will pay $27.40 a share, a premium of 38% to"
          + " Friday's close. Tallyworks, based in Austin, Texas, sells payroll and timesheet"
          + " software to about 18,000 mid-sized businesses. Chief executive Marcus Bell will stay"
          + " on. The deal includes a 30-day go-shop period and is expected to close in the fourth"
          + " quarter. Goldman Sachs advised Tallyworks; Morgan Stanley advised Ardmore.";

  private static final String TAKE_PRIVATE_WRITE_UP =
      "Tallyworks, the Austin payroll and timesheet software maker used by some 18,000 mid-sized"
          + " firms, is leaving the Nasdaq: Ardmore Partners is paying $3.1 billion in cash, or"
          + " $27.40 a share, 38% above where the shares ended last week. Marcus Bell stays as chief"
          + " executive. For Oliver Grant, an analyst at Keswick Research in Chicago, the price is"
          + " generous for a payroll business whose growth has slowed. A 30-day go-shop lets"
          + " Tallyworks look for a better bidder, and the buyout should close in the fourth"
          + " quarter. Priya Raman, who follows buyout funds for Halbrook Capital in London,"
          + " expects more software makers to go private this year.";

  private static final String BAKERY_CLOSING =
      "Halvorsen Foods will close its Dunmore bakery and cut 640 jobs, the Norwegian snack maker"
          + " said on Tuesday, as it moves production of its crispbread to Poland. The plant, which"
          + " Halvorsen bought in 2009, will shut by the end of March, and the company expects a"
          + " one-off charge of 85 million crowns. Chief executive Ingrid Solberg said the site was"
          + " too small to automate. Halvorsen shares rose 2.1% in Oslo. The bakers' union said it"
          + " would fight the closure.";

  private static final String BAKERY_WRITE_UP =
      "Workers at Halvorsen's Dunmore site learned on Tuesday that their jobs will go: all 640 of"
          + " them. The crispbread they bake will come from a new line in Wroclaw instead, and"
          + " Halvorsen has set aside 85 million crowns for severance and writedowns. Solberg, who"
          + " has run Halvorsen since 2019, told staff the old ovens could not be modernised. Union"
          + " organiser Declan Moore called the decision a betrayal and promised a campaign."
          + " Investors approved: Halvorsen's stock gained 2.1%.";

  private static final String BAKERY_NEXT_NEWS =
      "Halvorsen Foods will open a crispbread line in Wroclaw employing 310 people, the snack maker"
          + " said on Thursday, investing 120 million crowns. Chief executive Ingrid Solberg said"
          + " Halvorsen would double its Polish output by 2027. Halvorsen shares fell 0.4% in Oslo.";

  private static final String TAKE_PRIVATE_UPDATE =
      "(Adds analysts' comments, share moves) Ardmore Partners will take payroll and"
          + " timesheet software maker Tallyworks private for $3.1 billion, paying $27.40 a share in"
          + " cash, as buyout firms circle mid-sized software makers. Tallyworks shares jumped 35%"
          + " to $26.95 in morning trading on the Nasdaq. Analyst Oliver Grant of Keswick Research"
          + " said the Austin payroll business, whose timesheet software serves 18,000 mid-sized"
          + " businesses, had seen growth slow for two years. Marcus Bell will stay on as chief"
          + " executive, and a rival bid during the 45-day go-shop period was unlikely, Grant said.";

  private static final String OTHER_TAKE_PRIVATE =
      "NEW YORK, June 13 - Private equity firm Ardmore Partners has agreed to buy expense software"
          + " maker Quillfield for $1.4 billion in cash, taking the Nasdaq-listed company private,"
          + " the companies said on Tuesday. Ardmore will pay $12.10 a share, a premium of 27% to"
          + " Monday's close. Quillfield, based in Denver, Colorado, sells expense software to about"
          + " 9,000 businesses. Chief executive Dana Howe will stay on. The deal includes a 45-day"
          + " go-shop period and is expected to close in the first quarter.";

  @Test
  void aFollowUpGivingTheOriginalsFactsAndAsManyOfItsOwnIsAnotherStory() {
    StorySignature wire = StorySignature.of(RewordedCopy.WIRE_TITLE, RewordedCopy.WIRE);
    StorySignature followUp =
        StorySignature.of(
            "Broadcom shares hit a record as analysts at Morgan Stanley and Jefferies lift targets",
            "Analysts at Morgan Stanley, Jefferies, Bernstein, Citi and UBS raised their price"
                + " targets to $250, $240, $235, $228 and $220, citing Nvidia, Marvell, Alphabet,"
                + " Amazon and Microsoft, whose spending on data centres will reach $320 billion, up"
                + " 46% on last year's $219 billion. Shares rose 9.1% to a record $231.50 on Nasdaq."
                + " On Thursday: "
                + RewordedCopy.REWORDED);

    assertFalse(wire.sameStory(followUp, 1));
  }

  @Test
  void aListOfTheSameNamesWithTheNextDaysFiguresIsAnotherStory() {
    StorySignature monday = StorySignature.of("Chip stocks", wrap(WRAP, 412.5, 3.2, 88.1, 1.4));
    StorySignature reworded =
        StorySignature.of("Chipmakers' day", wrap(WRAP_REWORDED, 412.5, 3.2, 88.1, 1.4));
    StorySignature tuesday =
        StorySignature.of("Chipmakers' day", wrap(WRAP_REWORDED, 407.9, 1.1, 90.6, 2.8));

    assertTrue(monday.textSimilarity(tuesday) < StorySignature.SAME_UPDATE_FLOOR, "other words");
    assertTrue(monday.sameStory(reworded, 1), "the same names and figures");
    assertFalse(monday.sameStory(tuesday, 1), "the same names in order, other figures");
  }

  private static final String WRAP =
      "The Philadelphia Semiconductor Index closed at %.1f, %.1f%% from the day before. Nvidia"
          + " ended at $%.1f after Jensen Huang spoke at Computex in Taipei; AMD moved %.1f%% as"
          + " Lisa Su met Microsoft, Meta and Oracle; Intel, Qualcomm, Broadcom, Micron and Marvell"
          + " followed, while TSMC, ASML and Samsung traded in Asia and Europe.";

  private static final String WRAP_REWORDED =
      "Chip shares: the Philadelphia Semiconductor Index finished the session on %.1f, a move of"
          + " %.1f%%. Nvidia settled on $%.1f once Jensen Huang had addressed Computex in Taipei,"
          + " and AMD went %.1f%% while Lisa Su was meeting Microsoft, Meta and Oracle. Behind"
          + " them came Intel, Qualcomm, Broadcom, Micron and Marvell; overseas, TSMC, ASML and"
          + " Samsung changed hands in Asia and Europe.";

  private static String wrap(
      String template, double index, double change, double price, double move) {
    return template.formatted(index, change, price, move);
  }

  @Test
  void aBriefsFewFactsNeverMatchOnTheirOwn() {
    StorySignature brief = StorySignature.of("", "Broadcom shares rose 16% on Thursday.");

    assertFalse(brief.sameStory(StorySignature.of("", "Broadcom stock climbed 16 percent."), 0));
    assertEquals(0, brief.factBands().length, "no fact bands");
  }

  @Test
  void shortHeadlinesNeverMatchOnTheirOwn() {
    StorySignature one = StorySignature.of("Nvidia results", "Revenue rose.");
    StorySignature other = StorySignature.of("Nvidia results", "Shares fell after the call.");

    assertEquals(1.0, one.titleSimilarity(other));
    assertFalse(one.sameStory(other, 0));
    assertEquals(0, one.titleBands().length, "no headline bands");
  }

  @Test
  void storyIdsAreStableAndDistinct() {
    assertEquals(StorySignature.storyOf("a1"), StorySignature.storyOf("a1"));
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(StorySignature.storyOf("article-" + i));
    }
    assertEquals(100_000, ids.size());
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + StorySignature.SHINGLE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + StorySignature.SHINGLE)));
    }
    return shingles;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / union.size();
  }
}
