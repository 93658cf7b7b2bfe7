package newsarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the words around a mention of an ambiguous name say about it: context that marks a company
 * (corporate words next to it, a technology or business article around it), and signs that the name
 * is something else (a counter-cue nearby, a longer proper name, an abbreviation in brackets).
 * General rules only; what is particular to one name lives in its table row.
 */
final class Evidence {

  /** How many words either side of a mention a corporate word may be to vouch for it. */
  static final int CORPORATE_WINDOW = 3;

  /** How many words either side of a mention a counter-cue may be to veto it. */
  static final int COUNTER_WINDOW = 10;

  /** Distinct technology or business words an article needs to count as such. */
  static final int BUSINESS_WORDS = 2;

  /**
   * The names of days and months, capitalised in the middle of a sentence without starting a name
   * ("In August Cisco confirmed …").
   */
  static final Set<String> CALENDAR =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * Words that, right next to a name, make it a company whatever else the article says: legal
   * forms, stock exchanges, officers.
   */
  static final Set<String> LEGAL =
      Set.of(
          "inc",
          "corp",
          "corporation",
          "co",
          "ltd",
          "plc",
          "llc",
          "ag",
          "holdings",
          "nasdaq",
          "nyse",
          "ceo",
          "cfo",
          "cto",
          "founder",
          "cofounder",
          "spokesperson",
          "spokesman",
          "spokeswoman");

  /**
   * Words that, right next to a name, make it a company unless the article already uses the name in
   * another sense: markets, deeds, products, the company's relations.
   */
  static final Set<String> CORPORATE =
      Set.of(
          "shares",
          "ipo",
          "funding",
          "stock",
          "stocks",
          "shareholders",
          "stockholders",
          "investors",
          "listed",
          "valuation",
          "valued",
          "chief",
          "executive",
          "executives",
          "statement",
          "announced",
          "announces",
          "unveiled",
          "unveils",
          "launched",
          "launches",
          "released",
          "releases",
          "acquired",
          "acquires",
          "acquire",
          "acquisition",
          "takeover",
          "buy",
          "buys",
          "bought",
          "sued",
          "sues",
          "lawsuit",
          "antitrust",
          "earnings",
          "revenue",
          "revenues",
          "profit",
          "profits",
          "quarterly",
          "fiscal",
          "startup",
          "company",
          "companies",
          "firm",
          "giant",
          "rival",
          "rivals",
          "competitor",
          "competitors",
          "maker",
          "chipmaker",
          "retailer",
          "supplier",
          "vendor",
          "unit",
          "subsidiary",
          "division",
          "parent",
          "app",
          "apps",
          "software",
          "device",
          "devices",
          "smartphone",
          "smartphones",
          "customers",
          "subscribers",
          "employees",
          "engineers",
          "headquarters",
          "backed",
          "funded",
          "partnered",
          "partnership",
          "cloud",
          "chip",
          "chips",
          "processor",
          "processors",
          "ai",
          "platform",
          "servers",
          "warehouse",
          "warehouses",
          "developer",
          "developers");

  /**
   * Words that make a whole article a technology or business one, where a capitalised vendor name
   * is most likely the vendor.
   */
  static final Set<String> BUSINESS =
      Set.of(
          "software",
          "hardware",
          "app",
          "apps",
          "smartphone",
          "smartphones",
          "chip",
          "chips",
          "chipmaker",
          "semiconductor",
          "semiconductors",
          "processor",
          "processors",
          "gpu",
          "gpus",
          "cloud",
          "computing",
          "ai",
          "algorithm",
          "algorithms",
          "startup",
          "startups",
          "internet",
          "online",
          "digital",
          "tech",
          "technology",
          "datacenter",
          "server",
          "servers",
          "developers",
          "users",
          "nasdaq",
          "shares",
          "stock",
          "investors",
          "earnings",
          "revenue",
          "profit",
          "sales",
          "quarter",
          "quarterly",
          "analysts",
          "valuation",
          "billion",
          "ceo",
          "executive",
          "antitrust",
          "cybersecurity",
          "streaming",
          "chatbot",
          "subscribers",
          "browser",
          "silicon",
          "encryption",
          "broadband",
          "model",
          "models",
          "company",
          "companies",
          "firm",
          "maker",
          "customers",
          "deal",
          "contract",
          "acquisition",
          "ipo",
          "funding");

  /**
   * Words that, written with a capital right after a company's name, make the two a place named
   * after the company ("Optus Stadium", "Capital One Arena"): games and concerts there are not the
   * company's news. "Park" is one ("Oracle Park", where the Giants play), though it also names a
   * campus ("Apple Park"): an article about the company names it otherwise too, and a sports report
   * names the ballpark at every home game. "Tower" is left out: companies' own towers. The words
   * that end the names of towns and landmarks are places too ("Dell Rapids", "Apple Valley", "Cisco
   * Springs"): no vendor calls a campus or product so.
   */
  static final Set<String> VENUES =
      Set.of(
          "stadium",
          "arena",
          "field",
          "center",
          "centre",
          "theater",
          "theatre",
          "pavilion",
          "amphitheater",
          "amphitheatre",
          "ballpark",
          "dome",
          "bowl",
          "coliseum",
          "speedway",
          "raceway",
          "velodrome",
          "garden",
          "gardens",
          "park",
          "rapids",
          "falls",
          "springs",
          "valley",
          "creek",
          "lake",
          "heights",
          "hills",
          "harbor",
          "harbour",
          "beach",
          "county",
          "township");

  /**
   * Local trades, often named after a word or a place ("Cadence Bank", "Oracle Plumbing", a solar
   * installer "Helion Solar"), whose name also says what they are when it heads a description
   * ("Cadence, the 40-seat Fishtown restaurant").
   */
  static final Set<String> LOCAL_TRADES =
      Set.of(
          "bank",
          "grill",
          "kitchen",
          "cafe",
          "café",
          "bistro",
          "bakery",
          "restaurant",
          "diner",
          "pizzeria",
          "bar",
          "pub",
          "brewery",
          "winery",
          "cidery",
          "distillery",
          "vineyard",
          "hotel",
          "catering",
          "plumbing",
          "roofing",
          "landscaping",
          "construction",
          "solar",
          "electrical",
          "heating",
          "glazing",
          "joinery",
          "removals");

  /**
   * Capitalised words that, right after a name, make it part of another firm's name ("Cadence
   * Bank", "Meta Financial", "Apple Hospitality REIT", "Cadence Law"): kinds of business the
   * vendors are not in, among them homes to let, named as firms are ("the Helion Apartments"),
   * drink makers ("Oracle Bay Cider"), miners ("Oracle Nickel", "Meta Minerals"), power and medical
   * firms ("Oracle Power", "Cohere Clinical"; not "Health", which Oracle and Google name units so),
   * funds and credit unions ("Helion Capital"), and the Beatles' "Apple Corps".
   */
  static final Set<String> OTHER_FIRMS =
      Stream.concat(
              LOCAL_TRADES.stream(),
              Stream.of(
                  "bancorp",
                  "bancshares",
                  "financial",
                  "savings",
                  "mortgage",
                  "insurance",
                  "hospitality",
                  "reit",
                  "realty",
                  "properties",
                  "brands",
                  "foods",
                  "airlines",
                  "pharmaceuticals",
                  "leisure",
                  "vacations",
                  "hotels",
                  "resorts",
                  "apartments",
                  "residences",
                  "condominiums",
                  "condos",
                  "lofts",
                  "brewing",
                  "cider",
                  "vineyards",
                  "law",
                  "corps",
                  "mining",
                  "minerals",
                  "metals",
                  "resources",
                  "exploration",
                  "gold",
                  "nickel",
                  "copper",
                  "lithium",
                  "uranium",
                  "power",
                  "hydrogen",
                  "renewables",
                  "clinical",
                  "medical",
                  "therapeutics",
                  "biosciences",
                  "diagnostics",
                  "capital",
                  "credit",
                  "trust"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Nouns that, heading a description set off by a comma right after a name ("Snowflake, the cloud
   * data company", "Amazon, the e-commerce giant"), say the writer means the company.
   */
  static final Set<String> COMPANY_NOUNS =
      Set.of(
          "company",
          "firm",
          "giant",
          "maker",
          "chipmaker",
          "carmaker",
          "group",
          "provider",
          "startup",
          "retailer",
          "developer",
          "designer",
          "vendor",
          "conglomerate",
          "corporation",
          "exchange",
          "lab");

  /**
   * Trades of the table's companies that {@link #BUSINESS} lacks: a description names one of them
   * or a word of that list before its noun ("the cloud data company", "the e-commerce giant"), as
   * "the Manchester law firm" does not.
   */
  private static final Set<String> DESCRIBED_TRADES =
      Set.of("commerce", "data", "search", "database", "electric", "networking", "telecoms");

  /** Words after which a description is about something else ("Amazon, the river that…"). */
  private static final Set<String> DESCRIPTION_ENDS =
      Set.of("that", "which", "who", "whose", "where", "named", "called");

  /**
   * How many words a description may run to before its company noun: a wire's "Amazon, the US
   * e-commerce and cloud computing group" takes seven ("e-commerce" is two).
   */
  static final int DESCRIPTION_WORDS = 8;

  /** Verbs of saying after which a name that refers to itself as "it" speaks as an organisation. */
  static final Set<String> SAYING =
      Set.of(
          "said",
          "says",
          "told",
          "reported",
          "reports",
          "confirmed",
          "confirms",
          "added",
          "expects",
          "expected",
          "warned",
          "warns",
          "estimated",
          "estimates");

  /** Titles before a surname: "Ms. Slack said it…" is a person speaking. */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir");

  /**
   * Kinds of things that are given names, which, written right before a name, say what it names
   * ("the yacht Snowflake", "the racehorse Perplexity", "Hurricane Claude"). Not words that are
   * also verbs or say something of a company ("book", "top dog", "dark horse").
   */
  static final Set<String> NAMED_KINDS =
      Set.of(
          "yacht",
          "superyacht",
          "maxi",
          "sloop",
          "ketch",
          "yawl",
          "schooner",
          "catamaran",
          "trimaran",
          "sailboat",
          "boat",
          "ship",
          "vessel",
          "ferry",
          "tanker",
          "trawler",
          "racehorse",
          "colt",
          "filly",
          "mare",
          "stallion",
          "gelding",
          "greyhound",
          "album",
          "song",
          "novel",
          "band",
          "trio",
          "duo",
          "quartet",
          "locomotive",
          "hurricane",
          "typhoon",
          "cyclone",
          "asteroid",
          "comet",
          "cultivar");

  /**
   * People's trades and places in a family, which, written right before a name, say the person is a
   * namesake ("heating engineer Tim Cook", "lobsterman Claude Dell", "his son Claude"): a vendor's
   * people are written with their company or office ("Apple chief executive Tim Cook"). Not what
   * the vendors' own people are called ("founder", "investor", "developer"), nor the words a
   * company's relations take ("parent", "partner").
   */
  static final Set<String> PEOPLES_TRADES =
      Set.of(
          "engineer",
          "plumber",
          "electrician",
          "builder",
          "bricklayer",
          "carpenter",
          "joiner",
          "roofer",
          "decorator",
          "farmer",
          "fisherman",
          "lobsterman",
          "boatbuilder",
          "shipwright",
          "blacksmith",
          "mechanic",
          "teacher",
          "headteacher",
          "headmaster",
          "nurse",
          "midwife",
          "paramedic",
          "chef",
          "baker",
          "butcher",
          "grocer",
          "florist",
          "publican",
          "landlord",
          "landlady",
          "shopkeeper",
          "hairdresser",
          "barber",
          "gardener",
          "beekeeper",
          "shepherd",
          "councillor",
          "vicar",
          "pastor",
          "priest",
          "pupil",
          "schoolboy",
          "schoolgirl",
          "footballer",
          "cricketer",
          "golfer",
          "cyclist",
          "angler",
          "jockey",
          "painter",
          "sculptor",
          "potter",
          "musician",
          "singer",
          "drummer",
          "guitarist",
          "pianist",
          "poet",
          "novelist",
          "photographer",
          "pensioner",
          "grandfather",
          "grandmother",
          "grandson",
          "granddaughter",
          "father",
          "mother",
          "son",
          "daughter",
          "stepson",
          "stepdaughter",
          "wife",
          "husband",
          "widow",
          "widower",
          "brother",
          "sister",
          "uncle",
          "aunt",
          "nephew",
          "niece",
          "cousin",
          "solicitor",
          "accountant",
          "architect",
          "surveyor",
          "dentist",
          "optician",
          "pharmacist",
          "firefighter",
          "constable");

  private Evidence() {}

  /**
   * Whether the word at {@code i} is followed by a ticker in brackets, as a market report writes a
   * company it names ("TESLA (TSLA) lost 2.5%"): one to five capitals.
   */
  static boolean tickerFollows(Words words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String ticker = words.written().get(i + 1);
    return words.gapAfter(i).strip().equals("(")
        && words.gapAfter(i + 1).startsWith(")")
        && ticker.length() <= 5
        && ticker.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Words by which a name is given to what is written before them ("a filly named Cadence"). */
  private static final Set<String> NAMING = Set.of("named", "called", "dubbed");

  /**
   * Animals, whose word says what a name names only with a word that gives the name ("a dog named
   * Cisco", "a pony called Oracle"): alone before a name they say something of it ("top dog
   * Nvidia", "cash cow Azure").
   */
  private static final Set<String> ANIMALS =
      Set.of(
          "dog",
          "puppy",
          "hound",
          "cat",
          "kitten",
          "horse",
          "pony",
          "donkey",
          "cow",
          "bull",
          "goat",
          "pig",
          "sheep",
          "llama",
          "alpaca",
          "parrot",
          "tortoise",
          "rabbit",
          "hamster");

  /**
   * The kind of thing ({@link #NAMED_KINDS}) written right before the mention at {@code from}, one
   * space apart ("yacht" in "the yacht Snowflake"), or before a word that gives it the name ("a
   * yearling filly named Cadence", "a dog named Cisco", {@link #ANIMALS} only so), or the trade of
   * a person ({@link #PEOPLES_TRADES}) written right before it ("heating engineer Tim Cook"), or
   * null: the name is then that thing's or person's.
   */
  static String namedKind(Words words, int from) {
    int kind = from - 1;
    if (kind >= 0
        && spaced(words.gapAfter(kind), "")
        && PEOPLES_TRADES.contains(words.lower().get(kind))) {
      return words.written().get(kind);
    }
    boolean naming =
        kind > 0 && NAMING.contains(words.lower().get(kind)) && spaced(words.gapBefore(from), "");
    if (naming) {
      kind--;
    }
    return kind >= 0
            && spaced(words.gapAfter(kind), "")
            && (NAMED_KINDS.contains(words.lower().get(kind))
                || naming && ANIMALS.contains(words.lower().get(kind)))
        ? words.written().get(kind)
        : null;
  }

  /**
   * The words, such as "said its", by which the mention at {@code [from, to)} speaks of itself as
   * "it": only an organisation does ("Arm said its designs…", "Tesla says it will…"); people say
   * "he", "she" or "they" (a title such as "Ms." before the name marks a person), and rivers, fruit
   * and winds do not speak. The mention must open its clause, so that in "a guide on the Amazon
   * said it rained" the speaker is not the name. Null when not so.
   */
  static String speaksAsOrganisation(Words words, int from, int to) {
    boolean opensClause =
        from == 0 || words.opensSentence(from) || words.gapBefore(from).strip().equals(",");
    boolean person = from > 0 && HONORIFICS.contains(words.lower().get(from - 1));
    if (!opensClause || person || to + 1 >= words.size()) {
      return null;
    }
    boolean plain = words.gapAfter(to - 1).isBlank() && words.gapAfter(to).isBlank();
    String verb = words.lower().get(to);
    String pronoun = words.lower().get(to + 1);
    return plain && SAYING.contains(verb) && (pronoun.equals("it") || pronoun.equals("its"))
        ? verb + " " + pronoun
        : null;
  }

  /**
   * The nearest of {@code cues} within the corporate window around {@code [from, to)}, or null. A
   * capitalised word between, not opening a sentence and not a name of the table ({@code names}),
   * belongs to another name and keeps the cue for that one: in "Claude Aubert as chief executive"
   * and "Cisco Development Corporation" the officer and the legal form are not Claude's or Cisco's.
   */
  static String nextTo(Words words, int from, int to, Set<String> cues, boolean[] names) {
    int paragraph = words.paragraphs()[from];
    for (int step : new int[] {1, -1}) {
      for (int d = 0; d < CORPORATE_WINDOW; d++) {
        int i = step > 0 ? to + d : from - 1 - d;
        if (i < 0 || i >= words.size() || words.paragraphs()[i] != paragraph) {
          break;
        }
        String word = words.lower().get(i);
        if (cues.contains(word) && !inIdiom(words, i) && !lowerCaseAbbreviation(words, i)) {
          return word;
        }
        if (!names[i]
            && Character.isUpperCase(words.written().get(i).charAt(0))
            && !words.opensSentence(i)) {
          break;
        }
      }
    }
    return null;
  }

  /** Legal forms abbreviated, which a company's name writes with a capital ("Co.", "AG"). */
  private static final Set<String> LEGAL_ABBREVIATIONS =
      Set.of("inc", "corp", "co", "ltd", "plc", "llc", "ag");

  /**
   * Whether word {@code i} is a legal form's abbreviation written in lower case: the prefix of
   * "co-op" or "co-host", not the "Co." of a company's name.
   */
  private static boolean lowerCaseAbbreviation(Words words, int i) {
    return LEGAL_ABBREVIATIONS.contains(words.lower().get(i))
        && Character.isLowerCase(words.written().get(i).charAt(0));
  }

  /** Phrases by which a writer says a name is not the famous one. */
  private static final List<List<String>> DISCLAIMERS =
      List.of(
          List.of("no", "relation"),
          List.of("no", "connection"),
          List.of("not", "related"),
          List.of("unrelated", "to"),
          List.of("not", "to", "be", "confused"),
          List.of("not", "affiliated"),
          List.of("no", "affiliation"));

  /** How many words after a name its disclaimer may start ("Tim Cook - no relation"). */
  private static final int DISCLAIMER_WINDOW = 4;

  /**
   * The disclaimer ({@link #DISCLAIMERS}) starting within {@value #DISCLAIMER_WINDOW} words after
   * the mention ending at {@code to}, in its sentence, or null: "Tim Cook - no relation to the
   * Apple chief", "Claude (not to be confused with the chatbot)".
   */
  static String disclaimer(Words words, int to) {
    for (int i = to; i < Math.min(words.size(), to + DISCLAIMER_WINDOW); i++) {
      if (words.paragraphs()[i] != words.paragraphs()[to - 1]
          || words.gapBefore(i).chars().anyMatch(c -> c == '.' || c == '!' || c == '?')) {
        return null;
      }
      for (List<String> disclaimer : DISCLAIMERS) {
        if (i + disclaimer.size() <= words.size()
            && words.lower().subList(i, i + disclaimer.size()).equals(disclaimer)) {
          return String.join(" ", disclaimer);
        }
      }
    }
    return null;
  }

  /**
   * Idioms holding a corporate word that say nothing of a company: "Nuance is his stock in trade",
   * "investors take stock", "a laughing stock".
   */
  private static final List<List<String>> IDIOMS =
      List.of(
          List.of("stock", "in", "trade"),
          List.of("take", "stock"),
          List.of("takes", "stock"),
          List.of("taking", "stock"),
          List.of("took", "stock"),
          List.of("laughing", "stock"));

  /** Whether word {@code i} is part of one of the {@link #IDIOMS}. */
  private static boolean inIdiom(Words words, int i) {
    for (List<String> idiom : IDIOMS) {
      int start = i - idiom.indexOf(words.lower().get(i));
      if (start <= i
          && start >= 0
          && start + idiom.size() <= words.size()
          && words.lower().subList(start, start + idiom.size()).equals(idiom)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of {@code cues} found within the counter window around {@code [from, to)}, or null.
   */
  static String counterCue(Words words, int from, int to, PhraseMatcher<String> cues) {
    if (cues == null) {
      return null;
    }
    int[] window = window(words, from, to, COUNTER_WINDOW);
    if (tickerFollows(words, to - 1)) {
      // The name's own ticker ("SNOWFLAKE (SNOW)") says nothing of another sense.
      window = Arrays.stream(window).filter(i -> i != to).toArray();
    }
    List<PhraseMatcher.Match<String>> found = cues.find(words, window, false);
    return found.isEmpty() ? null : found.getFirst().value();
  }

  /**
   * Words only a report of horse or yacht racing, or of bloodstock or yacht sales, writes; two of
   * them make the article one, whose names are horses' and boats' ("Palantir, the even-money
   * favourite", "Helion takes line honours"), whatever else it names.
   */
  private static final Set<String> RACING =
      Set.of(
          "jockey",
          "furlong",
          "colt",
          "filly",
          "gelding",
          "racecourse",
          "racetrack",
          "thoroughbred",
          "racehorse",
          "yearling",
          "bloodstock",
          "yacht",
          "regatta",
          "skipper",
          "skippered",
          "helmsman",
          "helmsmen",
          "spinnaker",
          "mainsail",
          "dismasted",
          "dismasting",
          "catamaran",
          "trimaran",
          "keelboat");

  /**
   * The distinct words of {@link #RACING} in the article, a plural counted as its singular ("yacht"
   * and "yachts" are one word), if at least two, else none.
   */
  static List<String> racingWords(Words title, Words body) {
    Set<String> found = new TreeSet<>();
    for (Words words : List.of(title, body)) {
      for (String word : words.lower()) {
        String racing = RACING.contains(word) ? word : singular(word);
        if (RACING.contains(racing)) {
          found.add(racing);
        }
      }
    }
    return found.size() >= 2 ? List.copyOf(found) : List.of();
  }

  /** The singular of a regular English plural ("fillies", "yachts"), else the word itself. */
  private static String singular(String word) {
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** The distinct technology or business words of an article, up to {@link #BUSINESS_WORDS}. */
  static List<String> businessWords(Words title, Words body) {
    List<String> found = new ArrayList<>(BUSINESS_WORDS);
    for (Words words : List.of(title, body)) {
      for (String word : words.lower()) {
        if (BUSINESS.contains(word) && !found.contains(word)) {
          found.add(word);
          if (found.size() == BUSINESS_WORDS) {
            return found;
          }
        }
      }
    }
    return found;
  }

  /**
   * The capitalised word that makes the mention at {@code i} part of a longer proper name ("Nikola
   * Tesla", "striker Jordan Apple"), or null: a word right before it, separated by one space, not
   * in capitals, itself inside a sentence (so not "The"), not a day or a month, and not a name of
   * the table.
   */
  static String longerName(Words words, int i, boolean[] names) {
    if (i == 0 || words.opensSentence(i) || names[i - 1] || words.opensSentence(i - 1)) {
      return null;
    }
    String gap = words.gapBefore(i);
    String before = words.written().get(i - 1);
    boolean capitalised =
        Character.isUpperCase(before.charAt(0)) && !before.equals(before.toUpperCase());
    boolean adjacent = gap.equals(" ") || gap.equals("\u00a0");
    return capitalised
            && adjacent
            && !CORPORATE.contains(words.lower().get(i - 1))
            && !LEGAL.contains(words.lower().get(i - 1))
            && !CALENDAR.contains(words.lower().get(i - 1))
        ? before
        : null;
  }

  /**
   * The title written before the mention at {@code [from, to)} when a surname follows it ("Dr.
   * Claude Fitzmaurice", "Ms. Gemini Okafor"), or null: the name is then a person's first name. Not
   * "Mr. Dell", a surname, which may be the founder the company is named after.
   */
  static String personsTitle(Words words, int from, int to, boolean[] names) {
    return from > 0
            && HONORIFICS.contains(words.lower().get(from - 1))
            && nameGoesOn(words, from, to, names) != null
        ? words.written().get(from - 1)
        : null;
  }

  /**
   * The longer name the mention at {@code [from, to)} begins ("Claude Aubert", "Snowflake Dancer"),
   * or null: a capitalised word right after it, one space apart, not a name of the table.
   */
  static String nameGoesOn(Words words, int from, int to, boolean[] names) {
    if (to >= words.size() || names[to] || !spaced(words.gapAfter(to - 1), "")) {
      return null;
    }
    String next = words.written().get(to);
    return Character.isUpperCase(next.charAt(0)) ? words.span(from, to + 1) : null;
  }

  /**
   * The venue the mention at {@code [from, to)} names ("Optus Stadium"), or null: a capitalised
   * word of {@link #VENUES} right after it, separated by one space.
   */
  static String venue(Words words, int from, int to) {
    if (to >= words.size()) {
      return null;
    }
    String next = words.written().get(to);
    boolean adjacent =
        words.gapAfter(to - 1).equals(" ") || words.gapAfter(to - 1).equals("\u00a0");
    return adjacent
            && Character.isUpperCase(next.charAt(0))
            && VENUES.contains(words.lower().get(to))
        ? words.span(from, to + 1)
        : null;
  }

  /**
   * The US states as news writes them after a town: in full, and as AP style abbreviates them
   * ("Calif.", "N.Y.", split here into their letters).
   */
  private static final Set<List<String>> STATES =
      Stream.of(
              "alabama ala alaska arizona ariz arkansas ark california calif colorado colo"
                  + " connecticut conn delaware del florida fla georgia ga hawaii idaho illinois ill"
                  + " indiana ind iowa kansas kan kentucky ky louisiana la maine maryland md"
                  + " massachusetts mass michigan mich minnesota minn mississippi miss missouri mo"
                  + " montana mont nebraska neb nevada nev ohio oklahoma okla oregon ore"
                  + " pennsylvania pa tennessee tenn texas utah vermont vt virginia va washington"
                  + " wash wisconsin wis wyoming wyo",
              "new_hampshire new_jersey new_mexico new_york north_carolina north_dakota"
                  + " south_carolina south_dakota rhode_island west_virginia n_h n_j n_m n_y n_c n_d"
                  + " s_c s_d r_i w_va")
          .flatMap(states -> Stream.of(states.split(" ")))
          .map(state -> List.of(state.split("_")))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * The town the mention at {@code [from, to)} names, written with its state as datelines and
   * addresses write one ("Cisco, Texas, finally gets fibre"), or null: a comma, a state of {@link
   * #STATES} in capitals, and then the clause ends (a comma, a full stop, a dash, a bracket or the
   * paragraph's end), so that a list ("Dell, Texas Instruments and HP") or a possessive ("Amazon,
   * Washington's largest employer") is no town.
   */
  static String town(Words words, int from, int to) {
    String comma = words.gapAfter(to - 1).replace('\u00a0', ' ');
    if (!comma.equals(", ")) {
      return null;
    }
    for (int length = 1; length <= 2 && to + length <= words.size(); length++) {
      List<String> written = words.written().subList(to, to + length);
      if (STATES.contains(words.lower().subList(to, to + length))
          && written.stream().allMatch(word -> Character.isUpperCase(word.charAt(0)))
          && clauseEnds(words, to + length - 1)) {
        return words.span(from, to + length);
      }
    }
    return null;
  }

  /**
   * Whether "the" stands before the mention at {@code [from, to)} and nothing follows it in its
   * clause but its possessive ("played at the Dell.", "the Dell's farewell", "after the Amazon:"):
   * a place, a river or a wind, as news writes no company's name so. "The" before a company's name
   * goes on to what the company owns or makes ("the Dell laptop", "the Amazon deal"), and a name
   * followed by another in a list ("the Microsoft, Google and Amazon clouds") is none.
   */
  static boolean afterTheAlone(Words words, int from, int to, boolean[] names) {
    if (from == 0
        || !words.lower().get(from - 1).equals("the")
        || !spaced(words.gapBefore(from), "")) {
      return false;
    }
    boolean possessive =
        to + 1 < words.size()
            && words.lower().get(to).equals("s")
            && (words.gapAfter(to - 1).equals("'") || words.gapAfter(to - 1).equals("\u2019"));
    boolean listed = to < words.size() && names[to];
    return possessive || clauseEnds(words, to - 1) && !listed;
  }

  /**
   * Whether the clause ends after word {@code i}: a comma, full stop, dash or bracket before a
   * space, or the end. A mark with no space after it joins what it separates ("Claude.ai").
   */
  private static boolean clauseEnds(Words words, int i) {
    String after = words.gapAfter(i).replace('\u00a0', ' ');
    String mark = after.strip();
    return i + 1 >= words.size()
        || after.contains("\n")
        || !mark.isEmpty()
            && ",.;:)\u2014\u2013".indexOf(mark.charAt(0)) >= 0
            && after.length() > mark.length()
        || after.equals(" - ");
  }

  /**
   * Opening quotation marks and the closing mark of each, straight and curly, double and single
   * (British news puts titles in single marks).
   */
  private static final Map<Character, Character> QUOTES =
      Map.of('"', '"', '\u201c', '\u201d', '\'', '\'', '\u2018', '\u2019');

  /**
   * Whether the mention at {@code [from, to)} stands alone in quotation marks ("the 2009 hit
   * "Snowflake"", a horse "Claude", a single 'Copilot' or "Copilot," with the sentence's comma
   * inside): the title of a work or a nickname, as news writes no company's name so; the article's
   * other mentions are judged on their own.
   */
  static boolean quotedAlone(Words words, int from, int to) {
    return quoted(words, from, to);
  }

  /** The most words a title in quotation marks holds around a name ("Arm's Length"). */
  static final int TITLE_WORDS = 4;

  /**
   * Whether the mention at {@code [from, to)} is in a short title in quotation marks, every word
   * capitalised ("Arm's Length", 'Android Heart', ‘Amazon Warrior’): a song, a book or a show,
   * named after the word and not the company.
   */
  static boolean inQuotedTitle(Words words, int from, int to) {
    for (int start = from; start >= Math.max(0, from - TITLE_WORDS + 1); start--) {
      for (int end = to; end <= Math.min(words.size(), start + TITLE_WORDS); end++) {
        if (quoted(words, start, end) && capitalised(words, start, end)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether words {@code [from, to)} are one quotation, nothing else in its marks. */
  private static boolean quoted(Words words, int from, int to) {
    String before = words.gapBefore(from);
    String after = words.gapAfter(to - 1).replaceFirst("^[,.;:!?]", "");
    Character closing = before.isEmpty() ? null : QUOTES.get(before.charAt(before.length() - 1));
    if (closing == null || after.isEmpty() || after.charAt(0) != closing) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (!inOnePhrase(words, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word of {@code [from, to)} is capitalised, but an "s" after an apostrophe. */
  private static boolean capitalised(Words words, int from, int to) {
    for (int i = from; i < to; i++) {
      String word = words.written().get(i);
      boolean possessive = i > from && word.equals("s") && words.gapBefore(i).matches("['’]");
      if (!possessive && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Capitalised words that end another firm's name one word after a vendor's ("Oracle Capital
   * Partners", "Apple Wealth Advisors"): partnerships of financiers and professionals, never a
   * vendor's unit.
   */
  static final Set<String> PARTNERSHIPS = Set.of("partners", "advisors", "advisers", "associates");

  /**
   * The other firm whose name the mention at {@code [from, to)} begins, or null: followed by
   * "&amp;" and a capitalised word ("Arm &amp; Hammer"), by a capitalised word of {@link
   * #OTHER_FIRMS} ("Cadence Bank"), or by two capitalised words, the second of {@link
   * #PARTNERSHIPS} ("Oracle Capital Partners"), each one space apart.
   */
  static String otherFirm(Words words, int from, int to) {
    if (to >= words.size()
        || !spaced(words.gapAfter(to - 1), "") && !spaced(words.gapAfter(to - 1), "&")) {
      return null;
    }
    String next = words.written().get(to);
    if (!Character.isUpperCase(next.charAt(0))) {
      return null;
    }
    if (spaced(words.gapAfter(to - 1), "&") || OTHER_FIRMS.contains(words.lower().get(to))) {
      return words.span(from, to + 1);
    }
    boolean partnership =
        to + 1 < words.size()
            && spaced(words.gapAfter(to - 1), "")
            && spaced(words.gapAfter(to), "")
            && Character.isUpperCase(words.written().get(to + 1).charAt(0))
            && (PARTNERSHIPS.contains(words.lower().get(to + 1))
                || OTHER_FIRMS.contains(words.lower().get(to + 1)));
    return partnership ? words.span(from, to + 2) : null;
  }

  /**
   * The description of the mention at {@code [from, to)} as a technology company, or null: a comma,
   * "the" or "a", and within {@value #DESCRIPTION_WORDS} words, in one phrase, a word of the trade
   * and then a noun of {@link #COMPANY_NOUNS} ("Snowflake, the cloud data company", "Amazon, the
   * e-commerce and cloud computing giant"), or such a noun, "of" and within {@value #OF_WORDS}
   * words a word of the trade ("Cohere, the Toronto-based developer of large language models").
   * Rivers, fruit and winds are not described so, nor are law firms. Or the same words written
   * before it, the noun right before the name ("the U.S. software group Oracle").
   */
  static String description(Words words, int from, int to) {
    if (!appositionFollows(words, to)) {
      return descriptionBefore(words, from);
    }
    boolean technology = false;
    for (int i = to + 1; i < Math.min(words.size(), to + 1 + DESCRIPTION_WORDS); i++) {
      String word = words.lower().get(i);
      if (DESCRIPTION_ENDS.contains(word) || !inOnePhrase(words, i)) {
        return null;
      }
      if (technology
          && (COMPANY_NOUNS.contains(word)
              || word.equals("up") && words.lower().get(i - 1).equals("start"))) {
        return words.span(to, i + 1);
      }
      if (word.equals("of") && COMPANY_NOUNS.contains(words.lower().get(i - 1))) {
        int trade = trade(words, i + 1, i + 1 + OF_WORDS);
        return trade < 0 ? null : words.span(to, trade + 1);
      }
      technology |= isTrade(word);
    }
    return null;
  }

  /**
   * Whether a noun of {@link #COMPANY_NOUNS} is written right before the mention at {@code from}
   * ("the crypto exchange Gemini"): whatever the name means there, it is a firm's, whose officers
   * speak for it as the vendor's would.
   */
  static boolean firmNounBefore(Words words, int from) {
    return from > 0
        && spaced(words.gapAfter(from - 1), "")
        && COMPANY_NOUNS.contains(words.lower().get(from - 1));
  }

  /**
   * A word of the trade and a noun of {@link #COMPANY_NOUNS} written, in one phrase, before the
   * mention at {@code from}, the noun right before it ("software group" in "the software group
   * Oracle"), or null.
   */
  private static String descriptionBefore(Words words, int from) {
    int noun = from - 1;
    if (noun < 1 || !firmNounBefore(words, from)) {
      return null;
    }
    for (int i = noun - 1; i >= Math.max(0, noun - DESCRIPTION_WORDS); i--) {
      if (isTrade(words.lower().get(i))) {
        return words.span(i, from);
      }
      if (!inOnePhrase(words, i)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The apposition after the mention ending at {@code to} that says it names a kind of thing
   * ({@link #NAMED_KINDS}) as {@link #description} describes a company ("Nuance, a three-year-old
   * filly"), or null.
   */
  static String describedKind(Words words, int to) {
    if (!appositionFollows(words, to)) {
      return null;
    }
    for (int i = to + 1; i < Math.min(words.size(), to + 1 + DESCRIPTION_WORDS); i++) {
      String word = words.lower().get(i);
      if (DESCRIPTION_ENDS.contains(word)
          || COMPANY_NOUNS.contains(word)
          || !inOnePhrase(words, i)) {
        return null;
      }
      if (NAMED_KINDS.contains(word) || LOCAL_TRADES.contains(word)) {
        return words.span(to, i + 1);
      }
    }
    return null;
  }

  /**
   * Whether word {@code i} continues the phrase before it: only spaces, hyphens or apostrophes
   * between them, or the full stop of an abbreviation's letter ("the U.S. software company").
   */
  private static boolean inOnePhrase(Words words, int i) {
    String gap = words.gapBefore(i);
    return gap.matches("[ \\-'’]+")
        || gap.matches("\\. ?") && words.written().get(i - 1).length() == 1;
  }

  /** Whether a comma and "the", "a" or "an" follow the mention ending at {@code to}. */
  private static boolean appositionFollows(Words words, int to) {
    return to + 1 < words.size()
        && words.gapAfter(to - 1).strip().equals(",")
        && Set.of("the", "a", "an").contains(words.lower().get(to));
  }

  /** How many words after "the developer of" may come before its trade. */
  static final int OF_WORDS = 3;

  /** The first word of the trade in {@code [from, to)}, in one phrase, or -1. */
  private static int trade(Words words, int from, int to) {
    for (int i = from; i < Math.min(words.size(), to); i++) {
      if (!inOnePhrase(words, i)) {
        return -1;
      }
      if (isTrade(words.lower().get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTrade(String word) {
    return BUSINESS.contains(word) || DESCRIBED_TRADES.contains(word);
  }

  /** Whether {@code gap} is {@code mark} with one space (or none for no mark) either side. */
  private static boolean spaced(String gap, String mark) {
    String stripped = gap.replace('\u00a0', ' ');
    return mark.isEmpty() ? stripped.equals(" ") : stripped.equals(" " + mark + " ");
  }

  /**
   * Whether the one-word mention at {@code i} stands where its capital says nothing, opening a
   * sentence or after a dash or in a headline in title case, while {@code title} or {@code body}
   * writes the same word, or its plural, in lower case: the article uses the common word
   * ("Perplexity is the oldest way to score a language model", "Cadence carries meaning" in a piece
   * on speechwriting, "Players Master a Shifting Meta" over a body on "the meta" of a video game,
   * "4. Snowflake bakes" in a recipe that calls them "snowflakes").
   */
  static boolean commonWordWhereCapitalsSayNothing(Words words, int i, Words title, Words body) {
    boolean capitalSaysNothing =
        words.opensSentence(i) || words.followsDash(i) || words == title && title.inTitleCase();
    if (!capitalSaysNothing || ownsAProperName(words, i)) {
      return false;
    }
    String word = words.lower().get(i);
    Set<String> common = Set.of(word, word + "s", word + "es");
    for (Words text : List.of(title, body)) {
      for (int j = 0; j < text.size(); j++) {
        String written = text.written().get(j);
        if (common.contains(written) && text.lower().get(j).equals(written)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether title or body writes the words of the mention at {@code [from, to)} all in lower case
   * somewhere, as the common phrase they are ("a restored apple store"), which the capitalised
   * mention only names after (a farm's "Apple Store").
   */
  static boolean writtenAsACommonWord(Words words, int from, int to, Words title, Words body) {
    List<String> phrase = words.lower().subList(from, to);
    for (Words text : List.of(title, body)) {
      for (int j = 0; j + phrase.size() <= text.size(); j++) {
        if (text.lower().subList(j, j + phrase.size()).equals(phrase)
            && text.written().subList(j, j + phrase.size()).equals(phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether word {@code i} is a possessive before a capitalised word ("Meta's Quest 3"). */
  private static boolean ownsAProperName(Words words, int i) {
    if (i + 2 >= words.size()) {
      return false;
    }
    String apostrophe = words.gapAfter(i);
    String owned = words.written().get(i + 2);
    return (apostrophe.equals("'") || apostrophe.equals("\u2019"))
        && words.lower().get(i + 1).equals("s")
        && spaced(words.gapAfter(i + 1), "")
        && Character.isUpperCase(owned.charAt(0));
  }

  /**
   * Whether the mention at {@code [from, to)} stands alone in brackets after other words that are
   * not a name of the table, as an abbreviation or ticker of those words does ("adjustable-rate
   * mortgage (ARM)", "Armtek Corp &lt;ARM&gt;").
   */
  static boolean abbreviationOfSomethingElse(Words words, int from, int to, boolean[] names) {
    if (from == 0 || names[from - 1]) {
      return false;
    }
    String before = words.gapBefore(from).strip();
    String after = words.gapAfter(to - 1).strip();
    return !before.isEmpty()
        && !after.isEmpty()
        && "(<[".indexOf(before.charAt(before.length() - 1)) >= 0
        && ")>]".indexOf(after.charAt(0)) >= 0;
  }

  /**
   * The word positions, ascending, within {@code size} words either side of {@code [from, to)} in
   * the same paragraph.
   */
  private static int[] window(Words words, int from, int to, int size) {
    int paragraph = words.paragraphs()[from];
    int[] window = new int[2 * size];
    int n = 0;
    for (int i = Math.max(0, from - size); i < Math.min(words.size(), to + size); i++) {
      if ((i < from || i >= to) && words.paragraphs()[i] == paragraph) {
        window[n++] = i;
      }
    }
    return Arrays.copyOf(window, n);
  }
}
