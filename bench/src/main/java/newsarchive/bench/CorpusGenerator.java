package newsarchive.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Makes synthetic news articles with the statistics of real ones: Zipf-distributed words over a
 * large vocabulary, log-normal body lengths with a long tail, vendors mentioned with a skewed
 * popularity, more news in later years, many sources. Article {@code n} of seed {@code s} is always
 * the same, whichever thread makes it.
 */
final class CorpusGenerator {

  private static final int VOCABULARY_SIZE = 200_000;
  private static final int COPY_ONE_IN = 20;
  private static final int FIRST_YEAR = 2000;
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 30);
  private static final String[] SOURCE_PLACES = {
    "Harbor", "Summit", "Valley", "Capital", "Metro", "Pacific", "Atlantic", "Northern", "Silicon",
    "Lakeside", "Granite", "River", "Eastern", "Western", "Coastal", "Prairie", "Central", "Union",
    "Liberty", "Highland"
  };
  private static final String[] SOURCE_KINDS = {
    "Times",
    "Ledger",
    "Tribune",
    "Wire",
    "Herald",
    "Post",
    "Journal",
    "Chronicle",
    "Review",
    "Gazette",
    "Dispatch",
    "Observer",
    "Monitor",
    "Bulletin",
    "Courier",
    "Register",
    "Record",
    "Standard",
    "Signal",
    "Report"
  };
  private static final String[] FIRST_NAMES = {
    "Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kwame", "Lena",
    "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara"
  };
  private static final String[] LAST_NAMES = {
    "Abe", "Brooks", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen",
    "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Weber"
  };

  private final Vocabulary vocabulary;
  private final Zipf words;
  private final List<List<String>> vendors;
  private final Zipf vendorPopularity;
  private final List<String> phrases;
  private final Zipf sourcePopularity;
  private final double[] yearCumulative;

  /** A generator with the bundled vendors, phrases and word lists. */
  CorpusGenerator() {
    vendors =
        BundledText.lines("vendors.tsv").stream()
            .map(line -> List.of(line.split("\t")).subList(1, line.split("\t").length))
            .toList();
    Set<String> vendorForms =
        vendors.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    vocabulary = Vocabulary.of(VOCABULARY_SIZE, vendorForms);
    words = new Zipf(vocabulary.size(), 1.0);
    vendorPopularity = new Zipf(vendors.size(), 1.1);
    phrases = BundledText.lines("phrases.txt");
    sourcePopularity = new Zipf(SOURCE_PLACES.length * SOURCE_KINDS.length, 0.9);
    yearCumulative = yearWeights();
  }

  /**
   * Article number {@code n} of the corpus with this seed: one in {@value #COPY_ONE_IN} is another
   * outlet's copy of one of the thousand articles before it, so stories have several versions.
   */
  JsonArticle article(long seed, long n) {
    SplittableRandom copying = new SplittableRandom(~(seed * 0x9E3779B97F4A7C15L + n));
    if (n > 0 && copying.nextInt(COPY_ONE_IN) == 0) {
      return copy(seed, n, n - 1 - copying.nextLong(Math.min(n, 1_000)), copying);
    }
    return original(seed, n);
  }

  /**
   * Article {@code n}: the article {@code of} as another outlet ran it up to two days later, with
   * its own lede, two headline words swapped, and its own byline.
   */
  private JsonArticle copy(long seed, long n, long of, SplittableRandom random) {
    JsonArticle original = original(seed, of);
    List<String> title = new ArrayList<>(List.of(original.title().split(" ")));
    int swap = random.nextInt(title.size() - 1);
    title.set(swap, title.set(swap + 1, title.get(swap)));
    StringBuilder lede = new StringBuilder();
    int length = 12 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      appendWord(lede.append(i == 0 ? "" : " "), vocabulary.word(words.sample(random)), i == 0);
    }
    String body = original.body();
    int firstSentence = body.indexOf(". ");
    lede.append(". ").append(firstSentence < 0 ? "" : body.substring(firstSentence + 2));
    String source = pickSource(random);
    Instant published = Instant.parse(original.published()).plusSeconds(random.nextInt(2 * 86_400));
    return new JsonArticle(
        "gen-" + seed + "-" + n,
        String.join(" ", title),
        lede.toString(),
        published.toString(),
        source,
        url(source, published, n),
        List.of(byline(random)),
        null,
        null);
  }

  /** Article {@code n} as first published. */
  private JsonArticle original(long seed, long n) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    List<List<String>> mentioned = pickVendors(random);
    Instant published = pickDate(random);
    String source = pickSource(random);
    String title = title(random, mentioned);
    String body = body(random, mentioned);
    List<String> authors = new ArrayList<>();
    int bylines = random.nextInt(10) < 8 ? 1 : 2;
    for (int i = 0; i < bylines; i++) {
      authors.add(byline(random));
    }
    return new JsonArticle(
        "gen-" + seed + "-" + n,
        title,
        body,
        published.toString(),
        source,
        url(source, published, n),
        authors,
        null,
        null);
  }

  private String pickSource(SplittableRandom random) {
    int rank = sourcePopularity.sample(random);
    return SOURCE_PLACES[rank % SOURCE_PLACES.length]
        + " "
        + SOURCE_KINDS[rank / SOURCE_PLACES.length];
  }

  private static String url(String source, Instant published, long n) {
    return "https://"
        + source.toLowerCase(Locale.ROOT).replace(' ', '-')
        + ".example/"
        + published.toString().substring(0, 7).replace('-', '/')
        + "/"
        + n;
  }

  private static String byline(SplittableRandom random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  private List<List<String>> pickVendors(SplittableRandom random) {
    int roll = random.nextInt(100);
    int count = roll < 25 ? 0 : roll < 65 ? 1 : roll < 87 ? 2 : 3 + random.nextInt(2);
    List<List<String>> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> vendor = vendors.get(vendorPopularity.sample(random));
      if (!picked.contains(vendor)) {
        picked.add(vendor);
      }
    }
    return picked;
  }

  private Instant pickDate(SplittableRandom random) {
    int found = Arrays.binarySearch(yearCumulative, random.nextDouble());
    int year = FIRST_YEAR + Math.min(found >= 0 ? found : -found - 1, yearCumulative.length - 1);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = year == LAST_DAY.getYear() ? LAST_DAY : LocalDate.of(year, 12, 31);
    long day = first.toEpochDay() + random.nextLong(last.toEpochDay() - first.toEpochDay() + 1);
    return LocalDate.ofEpochDay(day)
        .atStartOfDay()
        .toInstant(ZoneOffset.UTC)
        .plusSeconds(random.nextInt(86_400));
  }

  private String title(SplittableRandom random, List<List<String>> mentioned) {
    StringBuilder title = new StringBuilder();
    int length = 6 + random.nextInt(9);
    // A vendor, if any, starts within the first three words, so even a three-word name fits.
    int vendorAt = mentioned.isEmpty() || random.nextBoolean() ? length : random.nextInt(3);
    for (int words = 0; words < length; ) {
      if (words > 0) {
        title.append(' ');
      }
      if (words == vendorAt) {
        String name = mention(random, mentioned.getFirst());
        title.append(name);
        words += name.split(" ").length;
      } else {
        // Headlines skip most function words: draw again from below the top ranks.
        int rank = headlineRank(random);
        appendWord(title, vocabulary.word(rank), words == 0);
        words++;
      }
    }
    return title.toString();
  }

  private int headlineRank(SplittableRandom random) {
    int rank = words.sample(random);
    while (rank < 20) {
      rank = words.sample(random);
    }
    return rank;
  }

  private String body(SplittableRandom random, List<List<String>> mentioned) {
    // Log-normal lengths around 220 words; one article in fifty is a long feature.
    double length = 220 * Math.exp(0.5 * random.nextGaussian());
    int target = (int) Math.min(random.nextInt(50) == 0 ? length * 5 : length, 6000);
    StringBuilder body = new StringBuilder(target * 8);
    int written = 0;
    int sentencesInParagraph = 0;
    while (written < Math.max(target, 30)) {
      int sentence = 8 + random.nextInt(18);
      int vendorAt = !mentioned.isEmpty() && random.nextInt(3) == 0 ? random.nextInt(sentence) : -1;
      int phraseAt = random.nextInt(12) == 0 ? random.nextInt(sentence) : -1;
      for (int i = 0; i < sentence; i++) {
        if (i > 0) {
          body.append(' ');
        }
        if (i == vendorAt) {
          String name = mention(random, mentioned.get(random.nextInt(mentioned.size())));
          body.append(name).append(random.nextInt(5) == 0 ? "'s" : "");
        } else if (i == phraseAt) {
          body.append(phrases.get(random.nextInt(phrases.size())));
        } else {
          appendWord(body, vocabulary.word(words.sample(random)), i == 0);
        }
      }
      body.append('.');
      written += sentence;
      if (++sentencesInParagraph >= 3 + random.nextInt(4)) {
        body.append("\n\n");
        sentencesInParagraph = 0;
      } else {
        body.append(' ');
      }
    }
    return body.toString().strip();
  }

  private static String mention(SplittableRandom random, List<String> forms) {
    // The canonical name most of the time, an alias now and then.
    return forms.size() == 1 || random.nextInt(10) < 6
        ? forms.getFirst()
        : forms.get(1 + random.nextInt(forms.size() - 1));
  }

  private static void appendWord(StringBuilder text, String word, boolean capitalize) {
    if (capitalize && Character.isLowerCase(word.charAt(0))) {
      text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    } else {
      text.append(word);
    }
  }

  private static double[] yearWeights() {
    // News volume grows about 12% a year; 2026 is counted up to the end of April.
    int years = LAST_DAY.getYear() - FIRST_YEAR + 1;
    double[] cumulative = new double[years];
    double sum = 0;
    for (int i = 0; i < years; i++) {
      sum += Math.pow(1.12, i) * (i == years - 1 ? LAST_DAY.getMonthValue() / 12.0 : 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < years; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }
}
