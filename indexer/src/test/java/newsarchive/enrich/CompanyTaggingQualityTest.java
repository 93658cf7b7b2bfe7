package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Company tagging measured on a labelled set written for it (ordinary technology news, traps where
 * a vendor's name means something else, look-alikes where it means the vendor in a misleading
 * context), with the archive's own table. The holdout split was written with the rest and never
 * used to tune the table or the rules. The blind split was written later by someone who had not
 * seen the rules, measured, and then used for three (venues, Dell as a first name, economic slack);
 * the heldout split was written blind too, measured before and after those, and then used for one
 * (text written all in lower case). The third and fourth splits were written blind as well; the
 * fourth, measured at F1 0.943, then gave Azure, Alibaba and Snapdragon their everyday senses; the
 * fifth, measured at 0.965, rules for other firms' names ("Cadence Bank"), common words opening a
 * sentence, and a name's other sense kept to that name; the sixth, measured at 0.966, Cisco (a
 * Texas town) and Helion (a horse) as ambiguous names, and "Oracle of" someone as a nickname; the
 * seventh, long articles measured at 0.987, Park as a venue word, more other firms' names and a
 * description as a company ("Snowflake, the cloud data company"); the ninth, a markets desk's copy
 * measured at 0.988 with 4 of 20 trap articles tagged, that an officer or legal form beyond another
 * capitalised name is that name's ("Claude Aubert as chief executive") and that a name beginning a
 * longer one ("Snowflake Dancer") needs more than the article's business words.
 */
class CompanyTaggingQualityTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @Test
  void companyTaggingReachesF1OfNinetyFiveWithNoTrapTagged() throws Exception {
    LabelledSet set = measure("/tagging/companies.jsonl");
    String report = set.report("Company tagging");
    System.out.println(report);

    assertTrue(set.items.size() >= 150, "at least 150 labelled articles");
    assertEquals(0, set.total("trap").falsePositives(), report);
    assertTrue(set.total("").f1() >= 0.95, report);
    assertTrue(set.total("dev").f1() >= 0.95, report);
    assertTrue(set.total("blind").f1() >= 0.95, report);
  }

  /**
   * Sets kept apart as the measure of the rules' known weakness, other trades' news where vendors'
   * names are people's, horses', boats' and firms' names: the trap articles tagged may only fall.
   * The eighth, written blind after the seventh's changes (a restaurant's results, two law firms'
   * merger, a racehorse sale, a concert tour), measured unseen at F1 0.951 with 7 of 16 trap
   * articles tagged, 0.954 after the one change it prompted (a description must name a technology
   * trade: "Mistral, the Manchester law firm" is not the vendor), 0.958 with 5 after the ninth
   * set's two. The tenth, written blind after those ("products, people and places": "Apple
   * CarPlay", "Amazon Prime Day" beside a yacht, a horse and a private equity firm named like
   * vendors), measured unseen at 0.952 with 3 of 20 (0.949 with 4 before the ninth's rules), and
   * was not used to change them. The eleventh, written blind on 2026-12-04 (local and regional
   * news, press releases and translated wire copy: a pastor Claude, Cisco in Texas, the mistral
   * wind, "Amazon Roofing", all-lower-case forum posts), measured unseen at 0.963 with 2 of 18 (an
   * obituary of another Tim Cook, "melted fastly"), then 0.977 after the one rule its misses
   * prompted (in text all in lower case, "iphone" still names Apple); "slack" in a lower-case forum
   * post is still missed, rightly needing evidence. The twelfth, written blind on 2026-12-05
   * (minutes, job ads, court filings, recipes, markets copy, reader mail), measured unseen at 0.965
   * (precision 0.954, recall 0.976) with no trap article tagged but 4 of 12 look-alikes ("Alibaba
   * Grill", "Oracle Power", a plumber named Tim Cook, "Cadence Bank" with its NYSE ticker), then
   * 0.982 after the three rules they prompted: restaurants and local trades among other firms'
   * kinds of business, a person's name (Tim Cook, Michael Dell) needing evidence as ambiguous names
   * do, and a legal form or officer no longer speaking for the vendor once another firm bears its
   * name (which also took the eighth to 0.963 and the eleventh, its Tim Cook obituary, to 0.986).
   * The thirteenth, written blind on 2026-12-05 (sport, cooking, council minutes, forum posts,
   * listings; 18 traps, 12 look-alikes), measured unseen at 0.980 (precision 0.990, recall 0.971),
   * no trap article tagged; its misses prompted products naming their maker (Prime Video for
   * Amazon, Dell's laptop and server lines) and two capitalised words ending in Partners, Advisors
   * or Associates making another firm's name ("Oracle Capital Partners"): 0.995, and the tenth
   * 0.952 → 0.956, every other set unchanged or higher. The fourteenth, written blind after those
   * rules (products and units, tickers, lower-case posts; traps from sport, cooking, spelling
   * bees), measured unseen at 0.987 (precision 0.983, recall 0.992), 2 of 16 traps tagged: a
   * "#crowdstrike" hashtag for a fans' protest and the archaic adverb "fastly", which the eleventh
   * set had also tagged. Fastly now matches only as written, capitalised: fourteenth 0.992,
   * eleventh 0.991; then a name written in lower case in an article that capitalises names needs
   * the evidence an ambiguous name needs (the hashtag): 0.996, no trap tagged. The fifteenth,
   * written blind on 2026-12-05 after those rules (60 articles: tickers, hyphenated compounds,
   * quoted posts, sponsors; traps from myth, sailing and sport; 14 look-alikes), measured unseen at
   * 0.976 (precision 0.984, recall 0.968), 1 of 16 traps tagged (a yacht named Helion, "Helion's
   * owner") and one look-alike ("Runway Growth Finance"); its one general miss, users' posts quoted
   * in lower case ("claude", "iphone") in an article that capitalises names, prompted matching
   * those paragraphs as a lower-case article is matched: 0.992, twelfth 0.982 → 0.988. The
   * sixteenth, written blind after that (60 articles of 60 to 650 words: transcripts, job moves,
   * shirt sponsors, quoted posts; traps from myth, horses, boats and people), measured unseen at
   * 0.988 (precision 1.000, recall 0.976), no trap or look-alike tagged; two of its three misses
   * prompted a description as "the developer of" a trade's products ("Cohere, the Toronto-based
   * developer of large language models", beside "Cohere Health") and the products that carry
   * Apple's name (Apple Pay, Apple Watch, Apple TV, …) as Apple's names: 0.996, no other set
   * changed. Matching quoted passages in lower case too (a third wrote: "gemini held up fine") was
   * tried and dropped: in business articles such quotes hold "runway" and "meta" in their common
   * senses, which tagged two more traps. Then "owner" no longer counts as a corporate word next to
   * a name: boats, horses, teams and restaurants have owners ("Helion's owner-skipper", the
   * fifteenth's yacht), and a company's owner is named as another company: fifteenth 0.996, no trap
   * tagged, no other set changed. The seventeenth (60 articles of 78 to 607 words, 15 traps, 13
   * look-alikes), written blind on 2026-12-05 after all of that, measured unseen at 0.995
   * (precision 0.991, recall 1.000), no trap tagged; its one error, the fashion-rental firm "Rent
   * the Runway", joined Runway's look-alikes as "Project Runway" had: 1.000. The eighteenth (60
   * articles of 50 to 800 words: live blogs, transcripts, listicles, filings, all-caps headlines;
   * 16 subtler traps, 14 look-alikes), written blind after that, measured unseen at 0.961
   * (precision 0.949, recall 0.974), 4 traps and 1 look-alike tagged; read, three of its errors
   * were names the table could say more of: "CUDA" is written so (a Plymouth "'Cuda" is a car), the
   * "Hugging Face emoji" and "Samsung Heavy" are look-alikes (look-alikes now apply to unambiguous
   * names), and "loan*" and "lender*" no longer speak against Arm (SoftBank borrows against its Arm
   * shares; the mortgage ARM keeps "mortgage*", "adjustable-rate", "borrower*"): 0.982, no other
   * set changed. Left: "Android" in an essay on science-fiction words (an ambiguous "Android"
   * missed car reviews' Android Auto), a "Perplexity" that opens a stargazer's sentence in an
   * article whose "cloud" and "streaming" are the weather's. The nineteenth (60 articles, 16 traps,
   * 14 look-alikes), written blind after those changes, measured unseen at 0.981 (precision 0.971,
   * recall 0.992), the same with the table of the day's start, one trap tagged: a racehorse named
   * Perplexity "owned by a syndicate", where "owned" vouched for the company as "owner" had for a
   * yacht. "owned" no longer does (it also untagged the tenth's yacht and horse: tenth 0.956 →
   * 0.988), and Mistral's counter-cues gained MBDA's missile: 0.992, no other set changed. The
   * twentieth (60 articles, 16 traps, 14 look-alikes), written blind after that, measured unseen at
   * 0.971 (precision 0.943, recall 1.000), every ordinary article right; its errors are three kinds
   * no rule here separates without losing more elsewhere (each tried on all the sets): an album
   * review whose one real company (Apple Music, in passing) vouched for the titles of its tracks
   * ("Perplexity", "Gemini Rising") and its pianist, Claude; a rugby winger, Tim Cook, in a report
   * whose "deal" and "firm" made it a business article; and "Tesla Grid Equipment Pvt Ltd", an
   * Indian maker of transformers. Asking for a business word beside another company's name cost
   * seven right names in chatbot reviews and posts; three business words instead of two traded
   * three right articles for three traps. The twenty-first (60 articles, 16 traps, 14 look-alikes),
   * written blind later with the table unchanged, measured unseen at 0.992 (precision 0.992, recall
   * 0.992): one horoscope's "Gemini" tagged, one passing Meta missed. The other star signs (not
   * Cancer and Leo, common words and names) and "retrograde" joined Gemini's counter-cues beside
   * "horoscope" and "zodiac": 0.996, no other set changed. The twenty-second (60 articles, 16
   * traps, 14 look-alikes), written blind after that, measured unseen at 0.996 (precision 0.992,
   * recall 1.000), no trap tagged: a country doctor, "Dr. Claude Fitzmaurice", who dictates with
   * Nuance's software, was taken for Anthropic's Claude (another company vouched for it). A first
   * name after a person's title and before a surname is now another sense: 1.000, no other set and
   * no bundled tag changed. The twenty-third (60 articles, 16 traps, 14 look-alikes), written blind
   * on the next round, measured unseen at 0.983 (precision 0.983, recall 0.983): a market wrap's
   * "MICRON TECHNOLOGY (MU)" and "ADVANCED MICRO DEVICES (AMD)" missed (names in capitals matched
   * only in all-caps headlines), a yacht named Snowflake "bought for A$4.8 million" and a
   * horoscope's Gemini, vouched for by the astrologer's Instagram, tagged. Read: a name of two
   * words or more in capitals now counts with evidence (one word in capitals, as often an acronym
   * or a dateline's town, never counts, but a counter-cue beside it shows the article's sense: the
   * horoscope's "GEMINI (May 21 - Jun 20): … twins"), and a kind of named thing right before a name
   * ("the yacht Snowflake") is another sense: 1.000, no other set and no bundled tag changed. The
   * twenty-fourth (60 articles, 16 traps, 14 look-alikes), written blind after that, measured
   * unseen at 0.973 (precision 0.960, recall 0.986), the same with the table of the round's start:
   * a regatta report's boats ("the Swiss maxi Azure", "the British ketch Helion", "the Italian
   * sloop Mistral"), "Azure Coast Savings" bought by a bank, and a market wrap's "TESLA (TSLA)"
   * missed. Read: the kinds of boats joined the named kinds, two capitalised words ending in a
   * bank's or another trade's word after a name are another firm ("Azure Coast Savings"), and one
   * word in capitals followed by a ticker in brackets counts with evidence: 0.990, no other set
   * changed. Left: an astrology app's "Gemini" readers (the article names Anthropic, whose Claude
   * writes them), "Pure Micron Filtration" in a headline (Micron's name is not ambiguous in the
   * table), and a hospital's "Superchargers" for Tesla, which the table does not list. The
   * twenty-fifth (60 articles, 16 traps, 14 look-alikes), written blind after those changes,
   * measured unseen at 0.988 (precision 0.984, recall 0.992), the same with the table of the
   * round's start: two firms sharing a word of a vendor's name ("Snowflake Sports" bought by a ski
   * chain, "Helion Maritime" selling tankers) tagged, one passing Claude missed; never read. The
   * twenty-sixth (60 articles, 16 traps, 14 look-alikes), written blind in the next session,
   * measured unseen at 0.985 (precision 0.970, recall 1.000): a racing report's "Nuance, a
   * three-year-old filly", whose "career earnings" then vouched for Nuance and the article for the
   * horses Tableau and Perplexity, and a children's book's crocodile "called Claude". Read: a name
   * described as a kind of named thing is that thing, as one right after it is: 0.996, and the
   * eighth's racing report lost its Perplexity; no other set and no bundled tag changed. The
   * twenty-seventh (60 articles, 16 traps, 14 look-alikes), written blind on the round after,
   * measured unseen at 0.980 (precision 0.961, recall 1.000), the same with the session's first
   * table: a restaurant "Cadence, the 40-seat Fishtown restaurant" and its wine bar "Nuance, a
   * 30-seat natural-wine bar", a horoscope's Gemini "with the Sun in your sign", a mare
   * "Perplexity, a four-year-old Group 2-winning daughter of Dubawi". Read: a name described as a
   * local trade (restaurant, bar, bakery, bank …) is that trade, and "your sign" joined Gemini's
   * counter-cues: 0.992; no other set changed. The twenty-eighth (60 articles, 16 traps, 14
   * look-alikes), written blind after every change of the session, measured unseen at 0.993
   * (precision 0.986, recall 1.000; 0.983 with the session's first table), 1 trap tagged; never
   * read. The twenty-ninth (60 articles, 16 traps, 14 look-alikes), written blind in the next
   * session, measured unseen at 0.984 (precision 0.976, recall 0.992): an apartment block "the
   * Helion Apartments" taken for Helion, a horoscope page's "Ask the Oracle" tarot column and its
   * Gemini, a prosthetic arm's "Arm-based microcontroller" missed beside "muscles". Read: homes to
   * let (apartments, residences, condominiums, lofts) end other firms' names, and tarot, horoscopes
   * and psychics joined Oracle's counter-cues: 0.992; no other set changed. Left: the horoscope's
   * Gemini (the page names Instagram) and the Arm-based chip. The thirtieth (60 articles, 16 traps,
   * 14 look-alikes), written blind on the round after, measured unseen at 0.989 (precision 0.986,
   * recall 0.993; the same with the session's first table): a synth-pop band "Helion, the Swedish
   * synth-pop trio" and its hit "Snowflake" in quotation marks tagged, and a market wrap's
   * "SNOWFLAKE (SNOW)" vetoed by its own ticker as the counter-cue "snow". Read: bands, trios,
   * duos, quartets and songs are kinds of named things, an ambiguous name alone in quotation marks
   * is a title, and a name's own ticker is no counter-cue: 1.000; the twentieth 0.971 → 0.978, no
   * other set changed. The thirty-second (60 articles, 16 traps, 14 look-alikes), written blind on
   * the round after, measured unseen at 0.967 (precision 0.959, recall 0.975; 0.963 with the
   * session's first table): a racing report's filly Perplexity (which then vouched for the horses
   * "Gemini Rising" and "Mistral Breeze"), an indie band's album "Chrome Horizons", a market wrap's
   * "INTEL" in capitals missed. Read: racing words (filly, mare, yearling, furlong, jockey,
   * handicap, guineas, Stakes …) joined Perplexity's counter-cues: 0.979, the twenty-seventh 0.992
   * → 0.996, no other set changed. Giving a longer name ("Gemini Rising") precedence over another
   * company named was tried and undone: it lost products such as "Claude Sonnet" and "Intel Core"
   * in the tenth set (0.988 → 0.916). The thirty-first (60 articles, 16 traps, 14 look-alikes),
   * written blind beside the thirtieth, measured unseen once, after every change of the session, at
   * 0.989 (precision 0.985, recall 0.993; the same with the session's first table), 2 traps tagged;
   * never read. The thirty-third (60 articles, 16 traps, 14 look-alikes), written blind at the
   * session's end, measured unseen at 0.993 (precision 0.993, recall 0.993; 0.986 with the
   * session's first table): a dessert chain "Snowflake House" tagged, a market wrap's Oracle
   * missed. The thirty-fourth (60 articles, 16 traps, 14 look-alikes), written blind at the next
   * session's start, measured unseen at 0.984 (precision 0.968, recall 1.000), 4 traps tagged: a
   * law firm "Cadence Law", a cidery "Oracle Bay Cider", a band's single "Android Heart", a wind
   * farm's "Mistral" in a quotation. Read: law, cider, brewing and vineyards joined the words that
   * end another firm's name, cidery, distillery and vineyard the local trades: 0.992; no other set
   * changed. The thirty-fifth (60 articles, 16 traps, 14 look-alikes), written blind beside it,
   * measured unseen at 0.974 (precision 0.957, recall 0.991) before and after that change, 0.978
   * after the next; never read. The thirty-sixth (the same brief), written blind on the round
   * after, measured unseen at 0.973 (precision 0.977, recall 0.969; the same with the session's
   * first table): a band's single 'Copilot' in single marks and "Copilot," with the comma inside,
   * and its "Arm's Length", a kebab chain's operations director Tim Cook. Read: a name alone in
   * single marks or before a comma inside the marks, or in a title of up to four capitalised words
   * in quotation marks, does not count: 0.980, and the eighth 0.965 → 0.970, twentieth 0.978 →
   * 0.985, thirty-second 0.979 → 0.983, thirty-fifth 0.974 → 0.978; no name lost anywhere. The
   * thirty-seventh (60 articles, 16 traps, 14 look-alikes), written blind in the next session,
   * measured unseen at 0.981 (precision 0.987, recall 0.975), 2 traps tagged: a yearling bought by
   * "trainer Claude Beaulieu" and a film prop from "the Oracle, the soothsayer"; missed, in its
   * look-alikes: an eco-lodge's order from "Amazon's Brazilian website" beside the river, Slack's
   * outage in a memo on labour-market slack, Oracle's shares in a column on the Oracle of Omaha,
   * Tesla's batteries beside 3-tesla scanners. Read, nothing kept: a corporate word no longer
   * vouching for a name that goes on into a longer one ("bought by … Claude Beaulieu") cleared five
   * wrong tags over the sets and lost five right ones ("Oracle Power shares", "Apple Corps"). The
   * thirty-eighth, written blind beside it, measured unseen at 0.988 (precision 0.984, recall
   * 0.992), 2 traps tagged; never read. The thirty-ninth (the same brief), written blind at that
   * session's end, measured unseen at 0.996 (precision 0.992, recall 1.000; the same with the
   * session's first table), 1 trap tagged; never read. The fortieth (the same brief), written blind
   * in the next session, measured unseen at 0.993 (precision 1.000, recall 0.986), no trap tagged:
   * missed, "Arm, the chip designer" in a rowing report on an arm injury and "Oracle, the U.S.
   * software company" at Delphi's ancient oracle. Read: a description may hold an abbreviation's
   * full stops, and a designer is a company noun: 1.000; no other set changed. The forty-first,
   * written blind beside it, measured unseen at 0.975 (precision 0.975, recall 0.975), 3 traps
   * tagged, the same after that change; never read. The forty-second (the same brief), written
   * blind at that session's end, measured unseen at 0.992 (precision 1.000, recall 0.984; the same
   * with the session's first table), no trap tagged; never read. The forty-third (the same brief),
   * written blind in the next session, measured unseen at 0.986 (precision 0.979, recall 0.993), 3
   * traps tagged: a llama farm's café in its "Apple Store" (the lead's "restored apple store"), a
   * wind farm's crew boat named Mistral beside "the mistral", a Broadway report's song "Paranoid
   * Android"; missed, Apple in a language column setting the company beside the fruit. Read: a name
   * of several words that the article also writes in lower case needs the evidence an ambiguous
   * name needs: 0.989; no other set changed. Measured and not kept: an ambiguous name that the
   * article also writes in lower case needing more than a business article's words cleared four
   * wrong tags over the sets (the boat, a runway extension, a cycle studio, a dessert chain) and
   * lost four right ones to wordplay ("from the dell to the cloud", "cut yourself some slack", "the
   * VR fitness meta", "on the runway"). The forty-fourth, written blind beside it, measured unseen
   * at 0.992 (precision 1.000, recall 0.984), no trap tagged, the same after that change; never
   * read. The forty-fifth (the same brief), written blind at that session's end, measured unseen at
   * 0.982 (precision 0.972, recall 0.993; the same with the session's first table), 3 traps tagged;
   * never read. The forty-sixth (the same brief), written blind in the next session, measured
   * unseen at 0.996 (precision 0.993, recall 1.000), one trap tagged: a racehorse named Copilot, in
   * a report whose "shares" in the horse and "Listed company" race read as business words; read.
   * Measured and not kept: an article that names something else after another company (here the
   * gelding Snapdragon) asking more than business words of its other ambiguous names cleared two
   * wrong tags over the sets and lost a right one. The forty-seventh, written blind beside it,
   * measured unseen at 1.000, no trap tagged; never read. The forty-eighth (the same brief),
   * written blind at that session's end, measured unseen at 0.985 (precision 0.977, recall 0.992;
   * the same with the session's first table), 3 traps tagged; never read. The forty-ninth (the same
   * brief), written blind in the next session, measured unseen at 1.000, no trap tagged; read,
   * nothing to learn. The fiftieth, written blind beside it, measured unseen at 0.986 (precision
   * 0.978, recall 0.993), one trap tagged; never read. The fifty-first (the same brief), written
   * blind at that session's end, measured unseen at 0.989 (precision 0.977, recall 1.000; the same
   * with the session's first table), 2 traps tagged; never read. The fifty-second and fifty-third,
   * written blind to a brief rewritten for a later session, measured unseen at 0.994 (precision
   * 0.994, recall 0.994) and 0.991 (0.988, 0.994), one trap tagged each. The fifty-second, read:
   * its trap, the Beatles' Apple Corps releasing a song, made "Corps" another firm's word, and
   * "Apple Computer" became one of Apple's names (the eighteenth's Apple Corps article names the
   * computer maker so): 0.997, no trap tagged, and the twelfth 0.988 → 0.994. The fifty-third is
   * never read. The fifty-fourth (the same brief), written blind at that session's end, measured
   * unseen at 0.971 (precision 0.962, recall 0.980; the same with the session's first table), 2
   * traps tagged; never read. The fifty-fifth and fifty-sixth (the same brief), written blind in a
   * later session, measured unseen at 0.994 (precision 1.000, recall 0.988) and 0.986 (0.994,
   * 0.977), no trap tagged. The fifty-fifth, read: its misses are Microsoft inferred from "Windows
   * laptops" and Amazon described as "the Seattle-based retailer" in an article whose other Amazons
   * are the river, one example each, left. The fifty-sixth is never read. The fifty-seventh (the
   * same brief), written blind at that session's end, measured unseen at 0.997 (precision 1.000,
   * recall 0.994; the same with the session's first table), no trap tagged; never read. The
   * fifty-eighth and fifty-ninth (the same brief), written blind in a later session, measured
   * unseen at 0.997 (precision 0.994, recall 1.000) and 0.990 (1.000, 0.979), no trap tagged. The
   * fifty-eighth, read: its one wrong tag was Helion for a Polish publisher of computer books of
   * that name, in an article naming OpenAI and GitHub; "publisher" and "publishing" became
   * counter-cues of Helion, the fusion company (not of names any publisher on the list bears):
   * 1.000, and the fifty-third and fifty-fourth +0.003. The fifty-ninth is never read (the title of
   * its one miss was seen when measuring; nothing was changed for it). The sixtieth (the same
   * brief), written blind at that session's end, measured unseen at 0.997 (precision 1.000, recall
   * 0.994; the same with the session's first table), no trap tagged; never read. The sixty-first
   * and sixty-second (the same brief), written blind in a later session, measured unseen at 0.997
   * (precision 1.000, recall 0.995), no trap tagged, and 0.991 (0.994, 0.988), one trap tagged. The
   * sixty-first, read: its one miss is Tesla in an article on Nikola Tesla's birthplace, where the
   * carmaker built a charging station (the inventor's name makes every bare "Tesla" his unless a
   * description says otherwise), left. The sixty-second is never read (the titles of its two misses
   * were seen when measuring: again Tesla beside Nikola Tesla, and Adobe; nothing was changed). The
   * sixty-third (the same brief), written blind at that session's end, measured unseen at 0.993
   * (precision 0.993, recall 0.993), one trap tagged; 0.990 with the session's first table; never
   * read. The sixty-fourth and sixty-fifth (the same brief), written blind in a later session,
   * measured unseen at 0.996 (precision 1.000, recall 0.993), no trap tagged, and 0.991 (0.994,
   * 0.988), one trap tagged. The sixty-fourth, read: its one miss is Microsoft named only by
   * "Windows laptops"; "Windows" as Microsoft's name was tried on every set (6 up, 12 down: most
   * labels do not name Microsoft where only Windows is mentioned), not kept. The sixty-fifth is
   * never read. The sixty-sixth (the same brief), written blind at that session's end, measured
   * unseen at 0.988 (precision 0.988, recall 0.988; the session changed no company rule), two traps
   * tagged; never read. The sixty-seventh and sixty-eighth (the same brief), written blind in a
   * later session, measured unseen at 0.983 (precision 0.993, recall 0.974), and 0.997 (0.994,
   * 1.000), one trap tagged each. The sixty-seventh, read: one miss was Cisco in "In August Cisco
   * confirmed …", where the month had made "August Cisco" a longer name that vetoed every Cisco of
   * the article; days and months now begin no name: 0.987, and the sixty-third 0.993 → 0.997, no
   * set lower. Its trap, Amazon for "the Amazon lowlands", added "lowland*", "Andes", "Andean" and
   * the region named by its countries ("Peruvian Amazon", "Brazilian Amazon", …) to Amazon's
   * counter-cues: 0.990, no trap tagged, no other set changed. "Adobe Firefly" was the start of a
   * longer name that vetoed Adobe: Adobe's products named with it ("Adobe Firefly", "Adobe
   * Acrobat", "Creative Cloud", "Lightroom", …) joined its names, as Apple's have: 0.993, and the
   * sixty-second (never read, whose Adobe miss's title had been seen) 0.991 → 0.994, no set lower.
   * Left: Perplexity the metric in an explainer that also names the company, Microsoft named only
   * by "Windows PCs". The sixty-eighth is never read. The sixty-ninth (the same brief), written
   * blind during that session after its company change, measured unseen at 0.991 (precision 0.994,
   * recall 0.988), one trap tagged; never read. The seventieth and seventy-first (the same brief),
   * written blind in a later session, measured unseen at 0.991 (precision 0.983, recall 1.000) with
   * three traps tagged, and 0.989 (1.000, 0.978) with none. The seventieth, read: a yearling filly
   * "named Cadence" (a name after a kind of thing and "named", "called" or "dubbed" is that
   * thing's), and a drugmaker's "Salesforce productivity" beside "its salesforce" and "Micron-level
   * filters" for particles of "0.3 micron" (a name that is also a word, opening a sentence where
   * the article writes the word in lower case, needs evidence, ambiguous or not): 1.000, no trap
   * tagged; the twenty-eighth, forty-third and forty-fifth went up, no set down. The seventy-first
   * is never read (measuring it printed the titles of its two misses). The seventy-second (the same
   * brief), written blind during that session and measured after its company rules, measured unseen
   * at 0.993 (precision 1.000, recall 0.985), no trap tagged; never read (measuring it printed the
   * title of one miss). The seventy-third and seventy-fourth (the same brief), written blind later
   * in that session, measured unseen at 0.990 (precision 0.987, recall 0.993), one trap tagged, and
   * 0.997 (0.993, 1.000), none. The seventy-third, read: a column's "Nuance is his stock in trade"
   * counted as the company, "stock" being a corporate word; a corporate word in an idiom ("stock in
   * trade", "take stock", "laughing stock") no longer vouches for a name: 0.993, no other set
   * changed. Its trap still tagged is "Slack is the key word" in the same column; left. The
   * seventy-fourth is never read. The seventy-fifth and seventy-sixth (the same brief), written
   * blind in a later session, measured unseen at 1.000, no trap tagged, and 0.991 (precision 0.994,
   * recall 0.988), none; the seventy-fifth was read and prompted no change, the seventy-sixth is
   * never read (measuring it printed the title of one miss). The seventy-seventh (the same brief),
   * written blind during that session, measured unseen at 0.992 (precision 1.000, recall 0.984), no
   * trap tagged; never read. The seventy-eighth and seventy-ninth (the same brief), written blind
   * in a later session, measured unseen at 0.997 (precision 0.994, recall 1.000), no trap tagged,
   * and 0.994 (0.994, 0.994), one trap tagged. The seventy-eighth, read: its one wrong tag is Intel
   * in military slang ("raw Intel", "drowning in Intel") beside words the counter-cues do not hold;
   * left, as "military" and "battle" also name Intel's own business. The seventy-ninth is never
   * read. The eightieth (the same brief), written blind during that session, measured unseen at
   * 0.997 (precision 0.993, recall 1.000), no trap tagged; never read. The eighty-first and
   * eighty-second (the same brief), written blind in a later session, measured unseen at 0.994
   * (precision 0.994, recall 0.994), one trap tagged, and 0.997 (0.993, 1.000), none. The
   * eighty-first, read: its trap is a llama "named Claude, bought at a fair", the verb taken for a
   * corporate word, and its miss Constellation Energy written "Constellation"; both single
   * examples, left. The eighty-second is never read. The eighty-third (the same brief), written
   * blind during that session, measured unseen at 0.997 (1.000, 0.994), no trap tagged; never read.
   * The eighty-fourth and eighty-fifth (the same brief), written blind in a later session, measured
   * unseen at 0.997 (1.000, 0.994), no trap tagged, and 0.991 (0.988, 0.994), one trap tagged. The
   * eighty-fourth, read: its miss is Amazon buying rainforest credits in the state that holds "the
   * Amazon forest", its senses beside the name, though the article also calls it "the US e-commerce
   * and cloud computing group": a description as a company, but of seven words where six were read.
   * Reading eight, as wire copy's descriptions run, the eighty-fourth is at 1.000 and the
   * eighty-fifth, never read, at 0.994 (one more article right); no other set changed. The
   * eighty-fifth is never read. The eighty-sixth (the same brief), written blind during that
   * session, measured once after its changes at 0.997 (1.000, 0.993), no trap tagged (the same with
   * the session's first tagger); never read. The eighty-seventh and eighty-eighth (the same brief),
   * written blind at the start of a later session, measured unseen at 0.997 (0.994, 1.000), no trap
   * tagged, and 0.997 (0.994, 1.000), one trap tagged. The eighty-seventh, read: its miss is "Slack
   * PC demand drags on Intel", whose body opens after its dateline "Oct. 27, 2022 - Slack demand
   * for personal computers" and later writes "slack in consumer demand": a capital after a dash
   * typed as a spaced hyphen says no more than one opening a sentence, so the common word in lower
   * case now decides there too. After that the eighty-seventh is at 1.000 and the eighty-fifth,
   * never read, at 0.997; no other set changed. The eighty-eighth is never read. The eighty-ninth
   * (the same brief), written blind during that session, measured once after its changes at 0.997
   * (0.993, 1.000), no trap tagged, the same with the session's first tagger. Its one miss, seen in
   * the measure's output: "Cisco, Texas, finally gets fibre" tagged Cisco. A name followed by a
   * comma, a US state and the clause's end is a town, so the set is at 1.000; no other set changed.
   * The ninetieth (a brief rewritten from scratch: 30 ordinary, 16 traps, 14 look-alikes), written
   * blind at the start of a later session and measured before any change at 0.970 (0.942, 1.000), 3
   * traps tagged; read: a council report from Dell Rapids, Cohere Health's funding and Android
   * Industries' hiring were tagged. The words ending names of towns and landmarks (Rapids, Valley,
   * Springs, …) joined the venue words, and the two firms the look-alikes: 0.985 (0.970, 1.000); no
   * other set changed. Left: a racehorse named Palantir "bought at the yearling sale", beside one
   * named Optus, an unambiguous name, and a brother "known to everyone as Cisco". The ninety-first
   * (the same brief), written blind during that session, measured once after its changes at 0.988
   * (0.976, 1.000), one trap tagged, the same with the session's first tagger; read: a Broadway
   * revival of "The Wiz" whose later "The Wiz himself" was taken for the company, and "Wiz Kids
   * Learning Centers" beside a Microsoft grant. Letting a name in a quoted title mark the name's
   * other sense for the article cleared that trap and one in each of two other sets, but missed a
   * company in three others, so it was not kept. The ninety-second (the same brief), written blind
   * later in that session, measured once at 0.976 (0.953, 1.000), one trap and three look-alikes
   * tagged, the same with the session's first tagger; never read. The ninety-third (the same
   * brief), written blind at the start of the next session and measured before any change: 1.000,
   * no trap or look-alike tagged; never read. The ninety-fourth (the same brief), written blind
   * later in that session, measured once: 0.962 (0.927, 1.000), one trap and four look-alikes
   * tagged, the same with the session's first tagger; then read: a race report whose winner, a
   * colt, is named Supercharger, which as an unambiguous name of Tesla's vouched for its horses
   * Perplexity, Oracle Bay and Mistral Dawn as companies; "Oracle Nickel", a miner; Azure Power, an
   * Indian solar firm; Chrome Hearts, a jeweller; and EssilorLuxottica's Nuance Audio glasses.
   * Supercharger became an ambiguous name of Tesla's, the words of mining (Mining, Minerals,
   * Metals, Resources, Exploration, Gold, Nickel, Copper, Lithium, Uranium) joined those ending
   * other firms' names, and the three real firms and products the look-alikes: 1.000, no trap or
   * look-alike tagged; the thirty-first (never read) 0.989 → 0.993, a trap fewer; no other set
   * changed. The ninety-fifth (the same brief), written blind after those changes, measured once:
   * 0.967 (0.944, 0.990), two traps and one look-alike tagged (0.962 with the session's first
   * tagger and table); never read. The ninety-sixth (the same brief), written blind at the start of
   * the next session, measured once: 0.973 (0.947, 1.000), two traps and two look-alikes tagged;
   * then read: a lobster co-op's "co" beside its leader Tim Cook counted as the legal form "Co.",
   * and Helion Solar, a rooftop installer, was Helion's. A legal form's abbreviation now counts
   * only with a capital, a mention the writer disclaims right after it ("no relation", "no
   * connection") is not the company, and solar, electrical, heating, glazing, joinery and removals
   * firms join the local trades: 0.984, no look-alike tagged (an obituary of a boat-builder named
   * Claude Dell, and a yacht named Perplexity, are still tagged); the thirty-second 0.983 → 0.987,
   * no other set changed. The ninety-seventh (the same brief), written blind in that session before
   * those changes, measured once after them: 0.991 (0.982, 1.000), no trap and two look-alikes
   * tagged, the same with the first tagger; never read. The ninety-eighth (the same brief), written
   * blind after those changes, measured once: 1.000, no trap or look-alike tagged, the same with
   * the first tagger; never read. The ninety-ninth (the same brief), written blind at the start of
   * the next session, measured once: 0.973 (0.948, 1.000), one trap and four look-alikes tagged;
   * then read: a heating engineer named Tim Cook, Oracle Power (a hydrogen developer), Cohere
   * Clinical, a crypto exchange named Gemini and a llama-trekking firm. A person's trade written
   * right before a name ("heating engineer Tim Cook") now says the name is a namesake's, and power
   * and medical firms (Power, Hydrogen, Renewables, Clinical, Medical, Therapeutics, Biosciences,
   * Diagnostics) join the other firms' names; a description written before the name ("the cloud
   * software group Oracle") vouches for the company as one after it does: 0.989, one look-alike
   * tagged (Gemini, whose spokesperson vouches for the exchange); ten other sets rose (the eighth,
   * twelfth, forty-second, fifty-fourth, fifty-sixth, sixty-second, sixty-ninth, ninety-second,
   * ninety-fifth and ninety-seventh), none fell. The hundredth (the same brief), written blind
   * after those changes, measured once: 0.981 (0.963, 1.000), one trap and three look-alikes
   * tagged, the same with the session's first tagger; then read: Helion Capital, a fund, and
   * Cadence Community Credit Union were the vendors'. Capital and Credit joined the other firms'
   * words (Intel Capital, Intel's own venture arm, a name of Intel's in the table): 0.990, one
   * look-alike tagged; no other set changed. A name vetoed with a firm's noun right before it ("the
   * crypto exchange Gemini") is then another firm's, whose spokesperson speaks for it, and Trust
   * joined the other firms' words: the ninety-ninth 0.995 (no look-alike tagged), the ninety-second
   * 0.988 &rarr; 0.994. The hundred-and-first (the same brief), written blind after all of that
   * session's changes, measured once: 0.976 (0.953, 1.000), one trap tagged (a race report whose
   * horses bear five vendors' names, seen in this test's output), no look-alike (0.971 and one
   * look-alike with the session's first tagger). The hundred-and-second (the same brief), written
   * blind at the end of that session, measured once: 0.954 (0.912, 1.000), six traps and no
   * look-alike tagged (0.949, six traps and one look-alike, with the session's first tagger); read
   * at the start of the next session (a race report's horses, a play's "Claude", a 7-tesla scanner,
   * a sheriff's "intel" and his dog Cisco, a school newsletter's Gemini twins, an apple recipe's
   * "snowflakes"): a name where its capital says nothing is the common word when the article writes
   * its plural in lower case, an animal "named" so is not the vendor, and Micron is an ambiguous
   * name (the unit): 0.971, three traps tagged, and the twenty-fourth, fifty-third, eighty-first
   * and eighty-second each one wrong article fewer; none lower. In a racing report, then, only a
   * company named by an unambiguous name vouches for the others and business words do not: 0.982,
   * the hundred-and-first 0.995, the eighth, forty-sixth, fifty-fourth and long fourth up, the
   * forty-fourth 0.996 &rarr; 0.992 (an owner who "joined Palantir"). Not counting a corporate word
   * of the sentence before a name (the race report's "firm turf") lowered the eleventh, so it was
   * not kept. The hundred-and-third (the same brief), written blind at the start of that session,
   * measured once before those changes: 0.985 (0.970, 1.000), one trap and no look-alike tagged,
   * the same after them; never read. The hundred-and-fourth (the same brief), written blind after
   * all of that session's changes, measured once: 0.981 (0.981, 0.981), one trap and no look-alike
   * tagged, the same with the session's first tagger; never read. The hundred-and-fifth (the same
   * brief), written blind at the start of the next session, measured once: 0.977 (0.955, 1.000),
   * one trap and two look-alikes tagged. Read then: a yacht race's Gemini, "bought" second-hand by
   * its skipper. Yacht racing and sales became racing reports as horse racing is, and a corporate
   * word next to a name there no longer vouches for it: 0.986, no trap tagged, and the eighth,
   * thirty-seventh, thirty-ninth, forty-first, forty-fifth, ninety-sixth, hundred-and-first and
   * hundred-and-second each tag a trap fewer (bloodstock sales, yacht races); none fell. The
   * hundred-and-sixth (the same brief), written blind after that change, measured once: 0.982
   * (0.964, 1.000), two traps and two look-alikes tagged, the same with the session's first tagger;
   * never read. The hundred-and-seventh (the same brief), written blind at the start of the next
   * session, measured once: 0.960 (0.934, 0.988), three traps and two look-alikes tagged; its wrong
   * tags were seen in the measure's output (a dairy farmer named Dell, a councillor Michael Dell, a
   * geophysics firm named Tesla, a racing cyclist's cadence). The farmer's obituary was read: its
   * Anthropic came from "his son Claude". A place in a family written right before a name now says
   * the name is a person's, as a trade does: 0.966 (0.944, 0.988); no other set changed. The
   * hundred-and-eighth (the same brief), written blind after that change, measured once: 0.988
   * (0.975, 1.000), no trap and one look-alike tagged, the same with the session's first tagger;
   * never read. The hundred-and-ninth (the same brief), written blind at the start of the next
   * session, measured once: 0.973 (0.948, 1.000), three traps and one look-alike tagged, read then:
   * a school's "Gemini" reading scheme, a Tesla "Supercharger listed for sale" from a classic car,
   * a gardener's adobe wall ("Adobe is a giant storage heater") and a Snowflake bacopa, a tutoring
   * centre "Wiz Kidz" leasing from "Capital One Realty Partners". Letting another firm's name veto
   * an unambiguous name too ("Capital One Realty") lost "Capital One Financial" and two more sets'
   * vendors, so it was not kept; nothing changed. The hundred-and-tenth (a brief written anew to
   * the same plan, the old one lost with its machine), written blind at the start of the next
   * session, measured once: 0.996 (0.992, 1.000), no trap and one look-alike tagged; never read.
   * The hundred-and-eleventh (the same brief), written blind at the start of the session after,
   * measured once: 1.000, no trap and no look-alike tagged; never read. The hundred-and-twelfth
   * (the same brief), written blind at the start of the next session, measured once: 0.992 (0.992,
   * 0.992), one trap and no look-alike tagged; never read.
   */
  @ParameterizedTest
  @CsvSource({
    "eighth, 3, 0.99",
    "tenth, 3, 0.99",
    "eleventh, 0, 0.99",
    "twelfth, 0, 0.99",
    "thirteenth, 0, 0.99",
    "fourteenth, 0, 0.99",
    "fifteenth, 0, 0.99",
    "sixteenth, 0, 0.99",
    "seventeenth, 0, 0.99",
    "eighteenth, 2, 0.97",
    "nineteenth, 0, 0.99",
    "twentieth, 2, 0.99",
    "twentyfirst, 0, 0.98",
    "twentysecond, 0, 0.99",
    "twentythird, 0, 0.99",
    "twentyfourth, 0, 0.99",
    "twentyfifth, 2, 0.99",
    "twentysixth, 1, 0.99",
    "twentyseventh, 1, 0.99",
    "twentyeighth, 1, 0.99",
    "twentyninth, 0, 0.99",
    "thirtieth, 0, 0.99",
    "thirtysecond, 2, 0.96",
    "thirtyfirst, 1, 0.98",
    "thirtythird, 1, 0.98",
    "thirtyfourth, 2, 0.99",
    "thirtyfifth, 2, 0.99",
    "thirtysixth, 1, 0.99",
    "thirtyseventh, 0, 0.99",
    "thirtyeighth, 2, 0.99",
    "thirtyninth, 0, 0.99",
    "fortieth, 0, 0.99",
    "fortyfirst, 2, 0.95",
    "fortysecond, 0, 0.98",
    "fortythird, 1, 0.99",
    "fortyfourth, 0, 0.99",
    "fortyfifth, 1, 0.99",
    "fortysixth, 0, 0.99",
    "fortyseventh, 0, 0.99",
    "fortyeighth, 3, 0.98",
    "fortyninth, 0, 0.99",
    "fiftieth, 0, 0.99",
    "fiftyfirst, 2, 0.98",
    "fiftysecond, 0, 0.99",
    "fiftythird, 0, 0.99",
    "fiftyfourth, 2, 0.99",
    "fiftyfifth, 0, 0.99",
    "fiftysixth, 0, 0.99",
    "fiftyseventh, 0, 0.99",
    "fiftyeighth, 0, 0.99",
    "fiftyninth, 0, 0.99",
    "sixtieth, 0, 0.99",
    "sixtyfirst, 0, 0.99",
    "sixtysecond, 1, 0.99",
    "sixtythird, 1, 0.99",
    "sixtyfourth, 0, 0.99",
    "sixtyfifth, 1, 0.99",
    "sixtysixth, 2, 0.99",
    "sixtyseventh, 0, 0.99",
    "sixtyeighth, 1, 0.99",
    "sixtyninth, 1, 0.99",
    "seventieth, 0, 0.99",
    "seventyfirst, 0, 0.99",
    "seventysecond, 0, 0.99",
    "seventythird, 1, 0.99",
    "seventyfourth, 0, 0.99",
    "seventyfifth, 0, 0.99",
    "seventysixth, 0, 0.99",
    "seventyseventh, 0, 0.99",
    "seventyeighth, 0, 0.99",
    "seventyninth, 1, 0.99",
    "eightieth, 0, 0.99",
    "eightyfirst, 0, 0.99",
    "eightysecond, 0, 0.99",
    "eightythird, 0, 0.99",
    "eightyfourth, 0, 0.99",
    "eightyfifth, 1, 0.99",
    "eightysixth, 0, 0.99",
    "eightyseventh, 0, 0.99",
    "eightyeighth, 1, 0.99",
    "eightyninth, 0, 0.99",
    "ninetieth, 2, 0.99",
    "ninetyfirst, 1, 0.99",
    "ninetysecond, 1, 0.99",
    "ninetythird, 0, 0.99",
    "ninetyfourth, 0, 0.99",
    "ninetyfifth, 2, 0.99",
    "ninetysixth, 1, 0.99",
    "ninetyseventh, 0, 0.99",
    "ninetyeighth, 0, 0.99",
    "ninetyninth, 1, 0.99",
    "hundredth, 1, 0.99",
    "hundredfirst, 0, 0.99",
    "hundredsecond, 2, 0.99",
    "hundredthird, 1, 0.99",
    "hundredfourth, 1, 0.99",
    "hundredfifth, 0, 0.99",
    "hundredsixth, 2, 0.99",
    "hundredseventh, 3, 1.0",
    "hundredeighth, 0, 0.99",
    "hundredninth, 3, 1.0",
    "hundredtenth, 0, 1.0",
    "hundredeleventh, 0, 1.0",
    "hundredtwelfth, 1, 0.99"
  })
  void businessNewsOfOtherTradesIsTheKnownWeakness(
      String split, int trapArticlesTagged, double ordinaryF1) throws Exception {
    assertTags("other trades' news", split, 60, trapArticlesTagged, ordinaryF1);
  }

  /**
   * Five sets of long articles (40 each: 24 ordinary, 8 look-alikes, 8 traps; 720 words on
   * average), written blind as full newspaper and wire stories that name rivals, partners,
   * investors and executives' former employers in passing, to a brief of their own. Measured once,
   * unseen: the first F1 1.000, no trap tagged (read: nothing to change); the second 0.995
   * (precision 0.991, recall 1.000), one trap tagged; never read. A third, written blind to the
   * same brief in a later session: 1.000, no trap tagged; never read. A fourth, written blind to
   * the same brief in a later session, measured once after its other changes: 0.988 (precision
   * 0.976, recall 1.000), three traps tagged. Read: a title-case headline's "Shifting Meta",
   * "Violent Mistral" and "Defence Intelligence Arm" over bodies writing "the meta", "the mistral"
   * and "the intelligence arm" were taken for the companies; such a headline's capitals say
   * nothing, as a sentence's first does, so the body's lower case now tells the word: 0.995 (0.990,
   * 1.000), two traps tagged (military slang's "Intel" opening a quote, a racehorse named Cadence).
   * A fifth, written blind to the same brief in a later session, measured once after its changes:
   * 0.997 (0.995, 1.000), one trap tagged, seen in the measure's output: a football club's old
   * ground, "the Dell". "The" before a one-word name that ends its clause or takes only a
   * possessive names a place, a river or a wind, so the fifth is at 1.000, no trap tagged; the
   * thirty-seventh, forty-fifth and fiftieth each tag a trap fewer.
   */
  @ParameterizedTest
  @CsvSource({
    "longfirst, 0, 1.0",
    "longsecond, 1, 0.99",
    "longthird, 0, 1.0",
    "longfourth, 1, 1.0",
    "longfifth, 0, 1.0"
  })
  void longStoriesNamingManyCompaniesInPassing(
      String split, int trapArticlesTagged, double ordinaryF1) throws Exception {
    assertTags("long stories", split, 40, trapArticlesTagged, ordinaryF1);
  }

  /**
   * The split's articles tagged with F1 0.95 or more overall and {@code ordinaryF1} on the ordinary
   * ones, at most {@code trapArticlesTagged} traps tagged.
   */
  private static void assertTags(
      String kind, String split, int articles, int trapArticlesTagged, double ordinaryF1)
      throws Exception {
    LabelledSet set = measure("/tagging/companies-" + split + ".jsonl");
    String report = set.report("Company tagging of " + kind + ", " + split + " set");
    System.out.println(report);

    assertEquals(articles, set.items.size());
    assertTrue(set.total(split).f1() >= 0.95, report);
    assertTrue(set.total(split + " ordinary").f1() >= ordinaryF1, report);
    long trapsTagged =
        set.misses.stream()
            .filter(miss -> miss.item().category().equals("trap") && !miss.wrong().isEmpty())
            .count();
    assertTrue(trapsTagged <= trapArticlesTagged, trapsTagged + " trap articles tagged\n" + report);
  }

  /** The labelled set in {@code resource}, tagged with the archive's own table. */
  private static LabelledSet measure(String resource) throws Exception {
    CompanyTagger tagger = CompanyTagger.load(CORPUS.resolve(ArticleTagger.COMPANIES_FILE));
    return LabelledSet.read(resource)
        .score(item -> tagger.tag(item.title(), item.body()), LabelledSet.Item::companies);
  }
}
