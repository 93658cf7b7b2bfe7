package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyTaggerTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  static CompanyTagger tagger;

  @BeforeAll
  static void loadTheArchivesOwnTable() throws Exception {
    tagger = CompanyTagger.load(CORPUS.resolve("companies.tsv"));
  }

  private static List<String> tag(String text) {
    return tagger.tag("", text);
  }

  @Test
  void theTableHasAtLeastFortyFiveCompanies() {
    assertTrue(tagger.companies().size() >= 45, tagger.companies().toString());
  }

  @Test
  void commonWordsInLowerCaseNeverTagTheCompanyOfThatName() {
    assertEquals(
        List.of(),
        tag(
            "We ate pineapple and an apple, read the metadata, flew over the amazon rainforest,"
                + " asked the oracle, cut some slack, broke an arm, saw a snowflake, and measured"
                + " perplexity at the micron scale with intel from a meta-analysis."));
  }

  @Test
  void ambiguousNamesWrittenAsTheCompanyWritesThemCountInABusinessArticle() {
    assertEquals(
        List.of("Apple", "Meta", "Amazon", "Oracle", "Slack", "Arm"),
        tag(
            "Apple, Meta, Amazon, Oracle, Slack and Arm all reported quarterly earnings on"
                + " Tuesday, and their shares rose."));
  }

  @Test
  void aNameWrittenInLowerCaseInAnArticleThatCapitalisesNamesNeedsEvidence() {
    assertEquals(
        List.of(),
        tagger.tag(
            "Fans stage a crowd strike as Rovers lose again",
            "Supporters stayed silent for fifteen minutes. The hashtag #crowdstrike trended before"
                + " kick-off, and the manager pleaded for patience."));
    assertEquals(
        List.of("CrowdStrike"),
        tagger.tag(
            "Airlines ground flights",
            "Posts tagged #crowdstrike filled feeds as the cybersecurity company's software"
                + " update crashed computers at airlines and banks."));
    assertEquals(List.of("CrowdStrike"), tag("CrowdStrike shares fell 11% on Friday."));
  }

  @Test
  void postsQuotedInLowerCaseNameCompaniesAsLowerCaseArticlesDo() {
    assertEquals(
        List.of("Anthropic", "Apple"),
        tagger.tag(
            "How users reacted to the new model",
            "Developers posted their verdicts within minutes of the launch.\n\n"
                + "\"claude still writes cleaner code than this\" - a user on a forum\n\n"
                + "\"will it run on my iphone without draining the battery\""));
    assertEquals(
        List.of(),
        tagger.tag(
            "Readers share their autumn recipes",
            "One reader sent a poem.\n\nan apple for the teacher, a pear for the road"));
  }

  @Test
  void aDescriptionAsTheMakerOfATradesProductsNamesTheCompany() {
    assertEquals(
        List.of("Cohere"),
        tagger.tag(
            "Cohere Health raises $90 million",
            "Cohere Health's software reviews requests from doctors. Cohere Health is not related"
                + " to Cohere, the Toronto-based developer of large language models."));
  }

  @Test
  void aDescriptionSpeaksForTheCompanyInAnArticleUsingTheNameInItsOtherSense() {
    assertEquals(
        List.of("Oracle"),
        tag(
            "For centuries pilgrims asked the oracle at Delphi.\n\nOracle, the U.S. software"
                + " company, told the forum that demand from banks was growing."));
    assertEquals(
        List.of("Arm"),
        tagger.tag(
            "Stroke rows through arm injury as Arm renews sponsorship",
            "The club said that Arm, the chip designer based in Cambridge, renewed its deal."));
    assertEquals(
        List.of(),
        tagger.tag(
            "Stroke rows through arm injury as Arm renews sponsorship",
            "The club said that Arm, the fashion designer's son, rows at six."));
  }

  @Test
  void aNameOfSeveralWordsTheArticleAlsoWritesInLowerCaseIsTheCommonPhrase() {
    assertEquals(
        List.of(),
        tag(
            "The parish's old apple store, a stone barn by the church, opens on Saturday as a tea"
                + " room.\n\nWalkers calling at the Apple Store can borrow maps."));
    assertEquals(
        List.of("Apple"),
        tag("Walkers queued at the Apple Store on Fifth Avenue, and some borrowed maps."));
  }

  @Test
  void ambiguousNamesWithoutEvidenceAreNotTagged() {
    assertEquals(List.of(), tag("Apple and Amazon met Oracle on Tuesday."));
  }

  @Test
  void threeOrMoreCompaniesNamesInAListAreCompanies() {
    assertEquals(
        List.of("Apple", "Meta", "Amazon", "Oracle", "Slack", "Arm"),
        tag("Apple, Meta, Amazon, Oracle, Slack and Arm met on Tuesday."));
    assertEquals(
        List.of("Google", "Anthropic", "Microsoft", "xAI"),
        tagger.tag("i used gemini, claude, copilot and grok for a week", "here's what stuck."));
    assertEquals(List.of(), tag("Gemini and Leo rise early; Apple, pear and plum trees blossom."));
  }

  @Test
  void aNameThatBeginsAnotherFirmsNameIsNotTheCompany() {
    assertEquals(
        List.of("Nvidia"),
        tag(
            "Cadence Bank agreed to buy a Texas lender, Meta Financial reported record lending,"
                + " Arm & Hammer lifted Church & Dwight's sales, and Nvidia shares rose."));
    assertEquals(
        List.of(),
        tag("Hyatt agreed to buy Apple Leisure Group, the company behind Apple Vacations."));
    // The Beatles' company, and the computer maker it once sued, by its old name.
    assertEquals(
        List.of(), tag("The last Beatles single will be released by Apple Corps on Thursday."));
    assertEquals(
        List.of("Apple"),
        tag(
            "Apple Corps, the Beatles' company, said streaming revenue rose. It first sued Apple"
                + " Computer in 1978."));
    // Homes to let are named as firms are, and the building's other mentions mean it too.
    assertEquals(
        List.of(),
        tag(
            "A Dallas investor bought the Helion Apartments for $72 million. Helion, named for the"
                + " sun god, was 91% occupied at the time of the deal."));
    // Law firms and drink makers: "Cadence Law", and two words on, "Oracle Bay Cider".
    assertEquals(
        List.of(),
        tag(
            "Harrow LLP and Cadence Law agreed to merge; Cadence specialises in employment work."
                + " A brewer bought Oracle Bay Cider, a cidery whose founders stay on."));
  }

  @Test
  void aNameInAQuotedTitleIsTheTitlesNotTheCompanys() {
    // Single marks, a comma inside the marks, and a title of a few capitalised words.
    assertEquals(
        List.of(),
        tag(
            "A Leeds band signed a £1.2 million deal with an independent label, whose revenue"
                + " doubled last year. Their single 'Copilot' will be released in May. The single,"
                + " \"Copilot,\" follows \"Arm's Length\" and ‘Snowflake Sky’, both streamed"
                + " millions of times, the label's chief executive said."));
    // A quotation that is a sentence, or holds a lower-case word, is not a title.
    assertEquals(
        List.of("Microsoft", "Arm"),
        tag(
            "\"Copilot is now in every Office app,\" the company said, and the chip designer's"
                + " \"Arm is everywhere\" campaign ran in several markets."));
  }

  @Test
  void aNameFollowedByTwoWordsEndingAPartnershipIsAnotherFirms() {
    assertEquals(
        List.of("Salesforce"),
        tag(
            "Oracle Capital Partners, a private equity firm, bought an HVAC contractor whose"
                + " records will move onto Salesforce. Oracle Capital said it would invest."));
    assertEquals(List.of("Oracle"), tag("Oracle Cloud Infrastructure partners with a bank."));
  }

  @Test
  void aProductNamesItsMakerWhereTheNameAloneIsAnotherThing() {
    assertEquals(
        List.of("Amazon"),
        tag("The game, streamed nationally on Amazon's Prime Video, drew loud boos."));
    assertEquals(
        List.of("Dell"),
        tag(
            "The Dell Rapids City Council approved 14 Dell Latitude laptops for City Hall and"
                + " a licence for Dell Rapids Quarry Days."));
  }

  @Test
  void onceAnotherFirmBearsTheNameItsSharesAndOfficersAreThatFirms() {
    assertEquals(
        List.of(),
        tag(
            "Cadence Bank said on Monday it would buy a Texas lender. Cadence shares (NYSE: CADE)"
                + " fell 1%, and the lender's chief executive will join Cadence."));
    // A description as the vendor still speaks for it.
    assertEquals(
        List.of("Cadence"),
        tag(
            "Cadence Bank lent to a start-up that licenses tools from Cadence, the chip design"
                + " software company."));
    assertEquals(
        List.of(),
        tag("For Hassan Fawaz, owner of Alibaba Grill, the cost of frying falafel has doubled."));
  }

  @Test
  void anExecutivesNameIsAlsoOtherPeoplesAndNeedsEvidence() {
    assertEquals(
        List.of(),
        tag("Tim Cook has unclogged a lot of drains in forty years as a plumber in Ohio."));
    assertEquals(
        List.of("Apple"), tag("Tim Cook told analysts that iPhone revenue rose in the quarter."));
  }

  @Test
  void anOfficerOrLegalFormBeyondAnotherNameBelongsToThatName() {
    assertEquals(
        List.of(),
        tag(
            "PARIS - Maison Verlaine, the fashion house, named Claude Aubert as chief executive"
                + " on Monday."));
    assertEquals(List.of(), tag("The Cisco Development Corporation courted the food group."));
    assertEquals(
        Set.of("Oracle", "Apple"),
        Set.copyOf(
            tag(
                "Oracle co-founder Larry Ellison spoke; later Apple chief executive Tim Cook did.")));
  }

  @Test
  void aNameBeginningALongerNameNeedsMoreThanTheArticlesBusinessWords() {
    assertEquals(
        List.of(),
        tag(
            "Sales at the autumn auction rose to a record, and revenue beat the forecast. A grey"
                + " filly named Snowflake Dancer fetched 180,000 guineas.\n\nSnowflake will"
                + " race next spring."));
    assertEquals(
        List.of("Snowflake"),
        tag("Snowflake said quarterly revenue rose, and sales of its data platform grew."));
    assertEquals(
        List.of("Apple", "Google"),
        tag("The touchscreen supports Apple CarPlay and Android Auto, though only with a cable."));
    assertEquals(
        List.of("Snowflake"),
        tagger.tag(
            "Snowflake Reports Record Revenue As Sales Rise",
            "Snowflake's product sales rose, and investors cheered the software results."),
        "a headline's capitals say nothing");
  }

  @Test
  void aCompanysProductNamedWithItIsTheCompany() {
    assertEquals(
        List.of("Adobe"),
        tag(
            "The prints on the garments began as sketches developed with Adobe Firefly, which the"
                + " designer chose because Adobe trains it on licensed images."));
  }

  @Test
  void aDayOrAMonthBeforeANameBeginsNoLongerName() {
    assertEquals(
        List.of("Cisco"),
        tag(
            "In August Cisco confirmed that attackers had breached its network; its shares fell"
                + " 2%, and the software maker said no ransomware was deployed."));
    assertEquals(
        List.of("Oracle"),
        tag("On Monday Oracle said its cloud revenue rose, and its shares gained 4%."));
  }

  @Test
  void aNameDescribedAsACompanyIsTheCompanyWhereTheArticleUsesItOtherwiseToo() {
    assertEquals(
        List.of("Snowflake"),
        tag(
            "In Bozeman the snow is real, and so is Snowflake.\n\nSnowflake, the cloud data"
                + " company valued at tens of billions, lists its office downtown."));
    assertEquals(
        List.of("Amazon"),
        tag(
            "Loggers cleared more of the Amazon this year. Amazon, the e-commerce and cloud"
                + " computing giant, funds a scheme to replant it."));
    // A description of something else does not make it the company.
    assertEquals(
        List.of(),
        tag("The Amazon, the river that feeds the forest, ran low; the Amazon basin dried out."));
    assertEquals(
        List.of(),
        tag(
            "The cooperative sells its fibre through an online marketplace app, and its revenue"
                + " grew, while its young people leave for gold mining in the Amazon lowlands."));
    assertEquals(
        List.of(),
        tag("Mistral, the Manchester law firm, merged with a Leeds practice on Monday."));
  }

  @Test
  void aCommonWordOpeningASentenceIsTheWordWhereTheArticleWritesItInLowerCase() {
    assertEquals(
        List.of("Hugging Face"),
        tag(
            "Perplexity is the oldest way to score a language model. A lower perplexity is"
                + " better, and the leaderboard run by Hugging Face no longer ranks by it."));
    // So does a name that is also a word, however plain the name: a capital says nothing there.
    assertEquals(
        List.of(),
        tagger.tag(
            "Drugmaker expands salesforce to 6,000 reps",
            "The company will add 1,200 representatives to its salesforce this year. Salesforce"
                + " productivity, measured as revenue per representative, rose 9% in the quarter."));
    assertEquals(
        List.of(),
        tagger.tag(
            "Micron-level filters drive air purifier sales",
            "Premium machines capture particles as small as 0.3 micron, retailers said, and"
                + " revenue from them doubled."));
    assertEquals(
        List.of("Salesforce"),
        tagger.tag(
            "Salesforce beats forecasts",
            "Salesforce said revenue rose 11%. Its salesforce of 30,000 sells the cloud software"
                + " Salesforce makes."));
    // A possessive before a product name is the company's, whatever the article's slang.
    assertEquals(
        List.of("Meta"),
        tagger.tag(
            "Meta's Quest 3 is changing the VR fitness meta",
            "Players are rethinking the meta. Meta, for its part, keeps adding fitness software"
                + " to lift its revenue."));
  }

  @Test
  void aCommonWordOpeningASentenceIsTheWordWhereTheArticleWritesItsPluralInLowerCase() {
    // A business article (sales, shop) whose list item opens with the word it calls "snowflakes".
    assertEquals(
        List.of(),
        tagger.tag(
            "Five ways with windfalls",
            "Customers buy by the crate, and farm shop sales are up by a fifth. 4. Snowflake"
                + " bakes. Cut apple slices thin and dry them until crisp: children call them"
                + " snowflakes."));
    assertEquals(
        List.of("Snowflake", "Databricks"),
        tagger.tag(
            "Data stocks rally",
            "Snowflake shares rose 8% after its revenue beat forecasts, while Databricks said it"
                + " had more customers than ever."));
    // A micron, the unit, where the article measures in microns.
    assertEquals(
        List.of(),
        tagger.tag(
            "New Scanner Reveals Micron-Scale Detail",
            "The hospital's new scanner cost $9 million. Micron-level precision is still beyond"
                + " it, but its images resolve about 300 microns, said the company that built it."));
  }

  @Test
  void aRacingReportsNamesAreHorsesUnlessACompanyIsNamedPlainly() {
    // Shares, partners and a syndicate make it read as business news; its names are horses'.
    assertEquals(
        List.of(),
        tagger.tag(
            "Oracle Lands the Feature at Newbury",
            "Oracle, a four-year-old gelding owned by a syndicate of eleven partners, won by a"
                + " length under jockey Sam Hill. Mistral, the even-money favourite, faded in the"
                + " final furlong. The partners' shares in the horse have doubled, their manager"
                + " said, and their revenue from prize money paid the trainer's fees."));
    // WhatsApp names Meta plainly, and so vouches for the syndicate's Slack.
    assertEquals(
        List.of("Meta", "Slack"),
        tagger.tag(
            "Syndicate cheers its gelding on WhatsApp",
            "The owners of the gelding, which won over seven furlongs, followed the race on"
                + " WhatsApp and celebrated in their Slack workspace afterwards."));
  }

  @Test
  void yachtRacesAndSalesOfHorsesAreRacingReportsWhereBuyingAndSellingSayNothing() {
    // A boat's new owner "bought" it; a skippered yacht and a dismasting make it a race report.
    assertEquals(
        List.of(),
        tagger.tag(
            "Gemini Edges Wiz for Line Honours",
            "Skippered by Alan Harcourt, Gemini crossed the line first after a duel with Wiz."
                + " Several boats retired after dismastings. Harcourt, who bought Gemini"
                + " second-hand in 2019, said the crew nearly stayed ashore."));
    // A colt "acquired" at a bloodstock sale is a horse, whatever the price.
    assertEquals(
        List.of(),
        tagger.tag(
            "Record Night at the Yearling Sale",
            "A colt by Frankel, Oracle, was acquired for 1.2 million guineas by a Dubai"
                + " bloodstock agent, the top price of the yearling sale."));
    // Outside such reports the same word still vouches for the company; a word and its plural
    // are one racing word, and one does not make a report of racing.
    assertEquals(
        List.of("Oracle"), tag("Oracle was acquired for $1.2 billion, its investors said."));
    assertEquals(
        List.of("Oracle"),
        tag("Its founder's yacht won again. Yachts aside, Oracle shares rose 4% on the results."));
  }

  @Test
  void anAnimalGivenAVendorsNameIsNotTheVendor() {
    assertEquals(
        List.of(),
        tag(
            "Deputies recovered $400,000 of stolen goods sold through online marketplaces. A K-9"
                + " unit dog named Cisco found a second storeroom hidden behind the inventory."));
    assertEquals(
        List.of("Cisco"), tag("The network unit of Cisco said revenue rose 5% in the quarter."));
  }

  @Test
  void aHeadlineInTitleCaseCapitalisesTheCommonWordTheBodyWritesInLowerCase() {
    assertEquals(
        List.of("Tencent"),
        tagger.tag(
            "Champions Master a Shifting Meta to Win the World Title",
            "Analysts had expected the meta to favour slow teams. The league, owned by Tencent,"
                + " sold its streaming rights for more revenue than ever."));
    assertEquals(
        List.of(),
        tagger.tag(
            "Violent Mistral Shuts Marseille Port and Strands Ferries",
            "If the frost follows the mistral, growers said, the harbour's revenue and the"
                + " software of its booking system will not save the season."));
    // In a headline written as a sentence, the capital still marks the name.
    assertEquals(
        List.of("Meta"),
        tagger.tag(
            "Players chase a new meta as Meta raises spending on VR headsets",
            "Players follow the meta. The company's revenue from software rose 9%."));
    // And the body's own mentions are judged on their own.
    assertEquals(
        List.of("SoftBank", "Arm"),
        tagger.tag(
            "Arm Licenses Its Newest Chip Designs to Three Carmakers",
            "SoftBank's chip design arm said on Monday that Arm would license the designs,"
                + " lifting its revenue."));
  }

  @Test
  void aCapitalAfterADatelineDashSaysNothingWhereTheBodyWritesTheWordInLowerCase() {
    assertEquals(
        List.of("Intel"),
        tagger.tag(
            "Slack PC demand drags on Intel",
            "SANTA CLARA, Calif., Oct. 27, 2022 - Slack demand for personal computers hit Intel's"
                + " results, with revenue down 20%.\n\nHouseholds have little reason to upgrade,"
                + " and slack in spending elsewhere weighs on the software market too."));
    // Without the common word in lower case, the capital after the dash still names the company.
    assertEquals(
        List.of("Slack"),
        tagger.tag(
            "Workplace chat app adds AI summaries",
            "SAN FRANCISCO, Oct. 27, 2022 - Slack said on Thursday its software would summarise"
                + " long threads for paying customers."));
  }

  @Test
  void aNameWithAStateAfterItIsATown() {
    assertEquals(
        List.of("AT&T"),
        tagger.tag(
            "Cisco, Texas, finally gets fibre",
            "AT&T said it would bring fibre broadband to most homes in Cisco by next year, helping"
                + " the town draw remote workers. The company did not give the project's cost."));
    assertEquals(
        List.of(),
        tagger.tag(
            "Orchard festival returns",
            "The orchard in Apple, Calif., reopens to visitors on Saturday, and growers expect"
                + " record sales of cider."));
    // A list, or a possessive, after the comma is no state of a town.
    assertEquals(
        List.of("Dell", "Samsung"),
        tagger.tag(
            "Chipmakers and PC makers hire in Austin",
            "Dell, Texas Instruments and Samsung added jobs as revenue rose."));
  }

  @Test
  void aNameWithTheBeforeItAndNothingAfterItIsAPlace() {
    assertEquals(
        List.of(),
        tagger.tag(
            "Twenty years after the Dell: a club's balance sheet",
            "Southampton won the last match played at the Dell. The Dell had a soul, fans say,"
                + " and the club's revenue and profit have since doubled, its chief executive told"
                + " investors."));
    // "The" before a company's name goes on to what it makes, or to the next name in a list.
    assertEquals(
        List.of("Dell"),
        tagger.tag(
            "Laptop review",
            "The Dell XPS 13 is the best laptop of the year, and its revenue shows it."));
    assertEquals(
        List.of("Amazon", "Microsoft", "Google"),
        tagger.tag(
            "Cloud prices rise",
            "Prices rose on the Amazon, Microsoft and Google clouds as revenue grew."));
  }

  @Test
  void inTextAllInLowerCaseANameSpeltWithACapitalInsideAWordStillNamesTheCompany() {
    // Case says nothing here, so "apple" and "android" need evidence; "iphone" is no word.
    assertEquals(
        List.of("Apple", "Google"),
        tagger.tag(
            "my dad's iphone keeps asking for a password",
            "it started after the update. my sister says get him an android instead.\n\n"
                + "turned it off and on again. no luck."));
    assertEquals(
        List.of(),
        tagger.tag(
            "my dad's phone keeps asking for a password",
            "it started after the update. my sister says get him an android instead.\n\n"
                + "he grows an apple or two in the garden."));
    // Where case speaks, Cisco's IOS is not Apple's iOS.
    assertEquals(
        List.of("Cisco"),
        tag("Cisco Systems said it had patched IOS, the software that runs its routers."));
  }

  @Test
  void aNameUsedInAnotherSenseLeavesTheCompanysOtherNamesToBeJudgedOnTheirOwn() {
    assertEquals(
        List.of("Anthropic"),
        tag(
            "Claude Shannon defined information in 1948.\n\nToday Anthropic, the startup behind"
                + " the Claude models, said its revenue had doubled."));
  }

  @Test
  void aVenueNamedAfterACompanyIsAPlaceNotTheCompany() {
    assertEquals(
        List.of(),
        tag(
            "The Capitals beat the Rangers 4-2 at Capital One Arena, and the Scorchers won the"
                + " final in front of a record crowd at Optus Stadium."));
    assertEquals(
        List.of("AT&T"),
        tag("AT&T renewed its naming deal for AT&T Stadium, the company said on Tuesday."));
    assertEquals(
        List.of(),
        tag(
            "The Giants' bullpen blew a lead at Oracle Park, where the company that sells the"
                + " team's tickets said revenue from the series rose."));
  }

  @Test
  void aTownOrLandmarkNamedLikeACompanyIsAPlace() {
    assertEquals(
        List.of("AT&T"),
        tag(
            "The Dell Rapids council approved a business park and leased land to AT&T for a"
                + " cell tower. Apple Valley and Cisco Springs voted on their budgets."));
    assertEquals(
        List.of("Dell"),
        tag("Dell said revenue from its servers rose, and it will hire 300 people in Austin."));
  }

  @Test
  void aMinerNamedLikeAVendorIsAnotherFirm() {
    assertEquals(
        List.of("Amazon"),
        tag(
            "Oracle Nickel shares doubled after drilling results in Western Australia. The"
                + " explorer keeps its core samples data on Amazon Web Services."));
    assertEquals(
        List.of("Google"), tag("Meta Minerals raised A$12 million and moved its mail to Gmail."));
    assertEquals(
        List.of("Oracle"),
        tag("Oracle said cloud revenue rose 28%, and its shares gained 9% in late trading."));
  }

  @Test
  void aHorseNamedAfterAProductIsNoVouchForTheRestOfTheCard() {
    // "Supercharger" names a Tesla charger only with evidence; here it is a colt, and the horses
    // beside it (Perplexity, Oracle Bay, Mistral Dawn) are no company either.
    assertEquals(
        List.of(),
        tag(
            "Supercharger, the three-year-old colt bought for 18,000 guineas, won the sprint at"
                + " Newbury. The favourite, Oracle Bay, was second, with Mistral Dawn third.\n\n"
                + "Perplexity, last year's winner, finished seventh, connections said."));
    assertEquals(
        List.of("Tesla"),
        tag("Tesla opened its Supercharger network to other carmakers' electric vehicles."));
  }

  @Test
  void theCoOfACoOperativeIsNoLegalForm() {
    // "co-op" is not "Co.": a cooperative led by a man named Tim Cook is no news of Apple's.
    assertEquals(
        List.of(),
        tag(
            "Tim Cook's lobster co-op wins its fight over the town wharf and will pay $38,000 a"
                + " year in rent, members said."));
    assertEquals(
        List.of("Anthropic"),
        tag("Claude Co. is the name Anthropic gave the unit that sells Claude to companies."));
  }

  @Test
  void aNameTheWriterDisclaimsIsNotTheCompanyButTheOneItIsContrastedWithIs() {
    assertEquals(
        List.of(),
        tag(
            "Claude Dell - no relation to the computer maker - said his customers' contracts kept"
                + " the yard busy all winter."));
    assertEquals(
        List.of("Oracle"),
        tag(
            "Oracle Power, which has no connection to the U.S. database and cloud software group"
                + " Oracle, signed a deal for a hydrogen project; its shares rose 40%."));
  }

  @Test
  void aSolarInstallerNamedLikeAVendorIsAnotherFirm() {
    assertEquals(
        List.of("Tesla"),
        tag(
            "Helion Solar will fit home batteries, including Tesla's Powerwall, after demand from"
                + " its customers doubled."));
  }

  @Test
  void aNamesakeWrittenWithHisTradeIsNotTheCompanysMan() {
    // A business article (customers, firm) about a tradesman named like Apple's chief.
    assertEquals(
        List.of(),
        tagger.tag(
            "Award for plumber Tim Cook",
            "The judges praised plumber Tim Cook, whose firm answers customers' calls within an"
                + " hour. Tim Cook said revenue grew as the business took on two apprentices."));
    assertEquals(
        List.of("Apple"), tag("Apple chief executive Tim Cook said revenue from services grew."));
  }

  @Test
  void aNamesakeWrittenWithHisPlaceInAFamilyIsAPerson() {
    // A business article (broadband, customers) naming a farmer's son like Anthropic's model.
    assertEquals(
        List.of(),
        tag(
            "The broadband co-operative now serves 1,200 customers. He is survived by his son"
                + " Claude, who runs the farm, and his daughter Gemini."));
    assertEquals(
        List.of("Anthropic"),
        tag("The broadband provider's customers can ask Anthropic's Claude about their bills."));
  }

  @Test
  void aPowerOrMedicalFirmNamedLikeAVendorIsAnotherFirm() {
    assertEquals(
        List.of(),
        tag(
            "Shares of Oracle Power doubled after investors backed its hydrogen project; the"
                + " company expects revenue from customers in 2028."));
    assertEquals(
        List.of(),
        tag(
            "Shares of Cohere Diagnostics rose after it raised $12 million from investors for its"
                + " blood tests."));
  }

  @Test
  void anInvestorOrCreditFirmNamedLikeAVendorIsAnotherFirm() {
    assertEquals(
        List.of("Nvidia"),
        tag(
            "Shares of Nvidia lifted the fund run by Helion Capital, whose investors gained 31%"
                + " this year."));
    assertEquals(
        List.of(),
        tag("Members of Cadence Community Credit Union will vote on the merger, its board said."));
    // The chipmaker's own venture arm is a name of the table.
    assertEquals(
        List.of("Intel"), tag("Intel Capital led the startup's $40 million funding round."));
  }

  @Test
  void theSpokespersonOfAFirmNamedLikeAVendorSpeaksForThatFirm() {
    assertEquals(
        List.of(),
        tag(
            "The crypto exchange Gemini agreed to pay a $4 million fine. A Gemini spokesperson said"
                + " the firm had fixed its controls."));
  }

  @Test
  void aDescriptionWrittenBeforeTheNameVouchesForTheCompany() {
    // The other firm's name marks the article's "Oracle" as that firm's, unless described.
    assertEquals(
        List.of("Oracle"),
        tag(
            "Oracle Nickel signed a lease for a mine. The cloud software group Oracle was not"
                + " involved in the deal, the miner said."));
  }

  @Test
  void aStarSignBesideTheOtherSignsIsNotTheCompany() {
    assertEquals(
        List.of(),
        tag(
            "Mercury turns retrograde on Tuesday. A Gemini gets a pay rise and a Libra signs a"
                + " deal with a new firm; Pisces should read the contract twice."));
  }

  @Test
  void aCompanyNameThatIsAlsoAFirstNameNeedsEvidence() {
    assertEquals(List.of(), tag("Dell Curry still calls the Hornets' games on television."));
    assertEquals(List.of("Dell"), tag("Dell said its server sales rose 30% in the quarter."));
  }

  @Test
  void aNameAfterAPersonsTitleAndBeforeASurnameIsAFirstNameThroughoutTheArticle() {
    assertEquals(
        List.of("Nuance"),
        tag(
            "Dr. Claude Fitzmaurice dictates his notes with Dragon Medical, software from Nuance"
                + " Communications.\n\n\"Claude the dinosaur is going digital,\" he said."));
    assertEquals(
        List.of("Dell"),
        tag("Michael Dell founded the company in 1984. Mr. Dell said its PC sales rose."),
        "a title before a surname alone is not a first name");
  }

  @Test
  void inTextWrittenAllInLowerCaseNamesCountWithEvidence() {
    assertEquals(
        List.of("Wiz", "Google", "Amazon", "Microsoft"),
        tagger.tag(
            "why google paying $32bn for wiz makes sense",
            "ok so google is buying wiz. wiz sells security software for aws and azure. the"
                + " company has big customers."));
    assertEquals(
        List.of(),
        tagger.tag(
            "just google it, then apple pie",
            "we baked an apple pie. then we looked at the amazon river on a map."));
  }

  @Test
  void slackInTheEconomyIsNotTheCompany() {
    assertEquals(
        List.of("LinkedIn"),
        tag(
            "Slack in the labor market is nearly gone, Federal Reserve officials said, citing job"
                + " postings on LinkedIn."));
  }

  @Test
  void everyCandidateMentionCarriesItsEvidenceAndVerdict() {
    CompanyTags tags =
        tagger.tag(
            Words.of("Growers fear frost"),
            Words.of(
                "Apple growers lit fires in their orchards. Apple Inc. said nothing.\n\n"
                    + "Striker Jordan Apple watched. Nvidia chips sorted the fruit."));

    assertEquals(
        List.of(
            new CompanyTags.Mention(
                "Apple", "Apple", 0, 0, true, false, "counter-cue \"grower*\" nearby"),
            new CompanyTags.Mention("Apple", "Apple Inc", 0, 7, false, true, "unambiguous name"),
            new CompanyTags.Mention(
                "Apple", "Apple", 1, 13, true, false, "part of a longer name (\"Jordan Apple\")"),
            new CompanyTags.Mention("Nvidia", "Nvidia", 1, 15, false, true, "unambiguous name")),
        tags.mentions());
    assertEquals(
        List.of(
            new CompanyTags.Tag("Apple", 1, false, true),
            new CompanyTags.Tag("Nvidia", 1, false, false)),
        tags.tags());
  }

  @Test
  void anAllCapsHeadlineCountsOnlyWhatTheBodyConfirms() {
    assertEquals(
        List.of("Apple"),
        tagger.tag("APPLE AND META SHARES RISE", "Apple Inc. shares rose 3% on Monday."));
    assertEquals(
        List.of(),
        tagger.tag("HANSON TRUST'S U.S. ARM TO SELL UNIT", "Hanson's U.S. arm will sell a unit."));
  }

  @Test
  void aNameOfTwoWordsOrMoreInCapitalsNamesTheCompanyWithEvidence() {
    assertEquals(
        List.of("AMD", "Micron"),
        tag(
            "Chip stocks rose. MICRON TECHNOLOGY (MU) climbed 4.1% and ADVANCED MICRO DEVICES"
                + " (AMD) gained 1.3% as investors bought semiconductor shares."));
    assertEquals(
        List.of(),
        tag("The MICRON TECHNOLOGY club meets on Tuesdays to look at pond water under a lens."));
  }

  @Test
  void oneWordInCapitalsNeverCountsButMayShowTheArticlesSenseOfTheName() {
    assertEquals(
        List.of(),
        tag(
            "ORACLE, Ariz. - The town's council said revenue from the state park's night-sky tours"
                + " rose, and investors in the new lodge expect more visitors."));
    assertEquals(
        List.of("Meta"),
        tag(
            "GEMINI (May 21 - Jun 20): Happy birthday season, twins. A contract moves, but Gemini"
                + " charm writes cheques that Gemini diaries cannot cash.\n\nAsk me live on"
                + " Instagram."));
  }

  @Test
  void oneWordInCapitalsWithATickerInBracketsNamesTheCompanyWithEvidence() {
    assertEquals(
        List.of("Tesla"),
        tag(
            "Elsewhere, TESLA (TSLA) lost 2.5% after the electric-car maker cut prices, and chip"
                + " shares rose."));
    assertEquals(
        List.of("Snowflake"),
        tag(
            "Software shares rose on Tuesday. SNOWFLAKE (SNOW) gained 3.2% ahead of its quarterly"
                + " earnings report, and investors bought cloud stocks."),
        "its own ticker is no counter-cue");
  }

  @Test
  void aNameFollowedByTwoWordsEndingABanksNameIsAnotherFirms() {
    assertEquals(
        List.of(),
        tag(
            "Meta Ridge Bancorp agreed to acquire Azure Coast Savings, a lender with twelve branches,"
                + " for $142 million in cash and shares."));
  }

  @Test
  void aCorporateWordInAnIdiomSaysNothingOfTheCompany() {
    assertEquals(
        List.of(),
        tag(
            "Powell chose his words with care. Nuance is his stock in trade, and the markets"
                + " weigh each one."));
    assertEquals(List.of("Nuance"), tag("Nuance stock rose 4% after the results."));
  }

  @Test
  void aNameRightAfterTheKindOfThingItNamesIsThatThing() {
    assertEquals(
        List.of(),
        tag(
            "The 72-foot yacht Snowflake crossed the line first. Its skipper bought Snowflake for a"
                + " reported A$4.8 million in 2016."));
    assertEquals(List.of("Snowflake"), tag("Snowflake bought the startup for $1 billion."));
    // Or before a word that gives it the name.
    assertEquals(
        List.of(),
        tagger.tag(
            "Cadence fetches top price at yearling sales",
            "At the sales, a yearling filly named Cadence sold for €850,000, the highest price of"
                + " the session. Turnover rose 8%, and the buyer, a bloodstock agent, said the"
                + " company's clearance rate was strong."));
  }

  @Test
  void aNameDescribedAsAKindOfThingIsThatThing() {
    assertEquals(
        List.of(),
        tag(
            "Nuance, a three-year-old filly, won the Rowley Mile Stakes. The win takes Nuance's"
                + " career earnings past £240,000, and Perplexity was third."));
    assertEquals(
        List.of("Nuance"),
        tag("Nuance, a speech recognition company, reported higher earnings."),
        "a description as a company still counts");
    assertEquals(
        List.of(),
        tag(
            "Cadence, the 40-seat Fishtown restaurant, raised $3 million from investors to open"
                + " a second location, and its revenue doubled."));
    assertEquals(
        List.of(),
        tag(
            "Helion, the Swedish synth-pop trio, sold its catalogue for $18 million, and the"
                + " band's manager said the Helion deal closed on Sunday."));
  }

  @Test
  void aFirmOfTheSameNameInATradeTheCompanyIsNotInIsThatFirm() {
    assertEquals(
        List.of("OpenAI"),
        tag(
            "Helion, Poland's best-known publisher of computer books, sold more guides to OpenAI's"
                + " tools than to Java this year, and Helion's editors expect that to last."));
    assertEquals(
        List.of("Helion"),
        tag(
            "Helion, the fusion company backed by Sam Altman, raised $425 million from investors."));
  }

  @Test
  void aDescriptionAsTheCompanyOutweighsAWordOfTheOtherSenseNearby() {
    assertEquals(
        List.of("Tesla"),
        tag(
            "Visitors to the museum of the inventor Nikola Tesla in Belgrade can now charge their"
                + " cars outside: Tesla, the electric-car maker, has opened eight chargers there."));
    assertEquals(
        List.of(),
        tag(
            "Visitors to the museum of the inventor Nikola Tesla in Belgrade can see the coils"
                + " Tesla built, and a replica of the lab where Tesla worked."));
  }

  @Test
  void theCompanysOwnProductsNameItBesideTheInventor() {
    assertEquals(
        List.of("Tesla"),
        tag(
            "The village where the inventor Nikola Tesla was born now has eight Supercharger"
                + " stalls, and the memorial centre runs its lights on a Megapack."));
  }

  @Test
  void aNameAloneInQuotationMarksIsATitle() {
    assertEquals(
        List.of(),
        tag(
            "The catalogue's 96 songs include the 2009 hit \"Snowflake\", streamed 40 million times"
                + " a year; the deal values the rights at 16 times royalties."));
    assertEquals(
        List.of("Snowflake"),
        tag("Snowflake, the cloud data company, reported revenue up 30% for the quarter."));
  }

  @Test
  void aWireStylesLongDescriptionAsACompanyOutweighsTheNamesOtherSense() {
    assertEquals(
        List.of("Amazon"),
        tag(
            "The state will sell credits for cutting the clearing of its share of the Amazon"
                + " forest. Buyers include Amazon, the US e-commerce and cloud computing group,"
                + " and two retailers."));
  }

  @Test
  void anAbbreviationInBracketsAfterOtherWordsIsNotTheCompany() {
    assertEquals(
        List.of(),
        tag("Patients with age-related macular degeneration (AMD) and chip investors alike."));
    assertEquals(List.of("AMD"), tag("Advanced Micro Devices (AMD) shares rose on chip demand."));
  }

  @Test
  void possessivesWithEitherApostropheAreMentions() {
    assertEquals(
        List.of("Microsoft", "OpenAI", "Nvidia"),
        tag("Microsoft's deal with OpenAI\u2019s lab and NVIDIA's chips."));
  }

  @Test
  void theLongestAliasWinsSoAmazonWebServicesIsOneMentionOfAmazon() {
    assertEquals(
        List.of("Google", "Amazon"),
        tag("Amazon Web Services and Google Cloud, Google DeepMind and Alphabet."));
  }

  @Test
  void namesInsideOtherWordsAreNotMentions() {
    assertEquals(
        List.of(), tag("Metaverse dreams, Applebee's menus, Intelligent systems, Armed forces."));
  }

  @Test
  void namesJoinedByHyphensOrDotsAreStillMentions() {
    assertEquals(
        List.of("OpenAI", "Character.AI"),
        tag("OpenAI\u2011backed startups such as Character.AI."));
  }

  @Test
  void theMostMentionedCompanyComesFirst() {
    assertEquals(
        List.of("Nvidia", "Intel"),
        tagger.tag("Intel and Nvidia", "Nvidia rose. Nvidia sold more. Intel fell."));
  }

  @Test
  void givenCompaniesAreBroughtToTheirCanonicalNamesAndUnknownOnesKept() {
    assertEquals(
        List.of("Google", "Amazon", "Mellanox", "Character.AI"),
        tagger.canonical(List.of("Alphabet", "aws", "Google", "Mellanox", "Character AI")));
  }

  @Test
  void aLookAlikeOfAnUnambiguousNameIsAnotherFirm() {
    assertEquals(
        List.of(),
        tagger.tag(
            "Samsung Heavy Industries wins $1.5bn order for LNG carriers",
            "Samsung Heavy Industries said on Monday it had won an order for six carriers."));
    assertEquals(
        List.of("Samsung"),
        tag("Samsung Heavy Industries builds ships; Samsung makes the memory chips in them."));
    assertEquals(List.of(), tag("Nobody agrees what the Hugging Face emoji means."));
    assertEquals(
        List.of(),
        tag(
            "Android Industries, which assembles parts for carmakers, will add 300 jobs, and"
                + " Cohere Health raised $90 million for its prior-authorization software."));
  }

  @Test
  void aCounterCueOfARowWithoutAmbiguousNamesIsRejectedUnlessItHoldsAName(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("companies.tsv"), "Acme\t\tany\t\tAcme Bank\n");
    assertEquals(List.of(), CompanyTagger.load(file).tag("", "Acme Bank raised its rates."));

    Files.writeString(file, "Acme\t\tany\t\tcartoon*\n");
    TaxonomyException error = assertThrows(TaxonomyException.class, () -> CompanyTagger.load(file));
    assertEquals(
        file
            + ":1: counter-cues (\"cartoon*\") need an ambiguous name to apply to, or must hold"
            + " one of the names",
        error.getMessage());
  }

  @Test
  void aTableWithABadCaseColumnIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(dir.resolve("companies.tsv"), "# comment\nAcme\tACME\tsometimes\n");

    TaxonomyException error = assertThrows(TaxonomyException.class, () -> CompanyTagger.load(file));
    assertEquals(
        file + ":2: the case column must be \"exact\" or \"any\", not \"sometimes\"",
        error.getMessage());
  }

  @Test
  void aTableRowWithMissingColumnsIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("companies.tsv"), "Acme ACME any\n");

    TaxonomyException error = assertThrows(TaxonomyException.class, () -> CompanyTagger.load(file));
    assertEquals(
        file
            + ":1: expected 3 to 5 tab-separated columns (company, aliases, case, ambiguous, not),"
            + " found 1",
        error.getMessage());
  }
}
