package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.enrich.StorySignature;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import newsarchive.search.Counting;
import newsarchive.search.DateRange;
import newsarchive.search.Interval;
import newsarchive.search.Prefix;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hit totals, pages, drill-sideways facet counts and histograms agree with a brute-force count over
 * the same articles, for seeded random searches on an index large enough to be searched in several
 * slices at once, in several segments, with updated (deleted) documents; and, past {@code
 * exactUpTo}, the same counts taken over the sample of stories and scaled up.
 */
class SidewaysCountsTest {

  private static final int ARTICLES = 60_000;
  private static final List<String> WORDS =
      List.of("wbc", "wdf", "wgh", "wkm", "wnp", "wbd", "wcf", "wdg", "whk", "wmn");
  private static final List<String> COMPANIES =
      List.of("Acme", "Borg", "Cyberdyne", "Dharma", "Encom", "Frobozz");
  private static final List<String> TOPICS = List.of("Chips", "Cloud", "Funding", "Policy");
  private static final List<String> SOURCES = List.of("Wire", "Daily", "Weekly");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  @TempDir static Path indexDir;
  private static Map<String, Article> articles;

  /** Each article's story: its own for most, one of a few thousand shared for about a third. */
  private static Map<String, Long> stories;

  @BeforeAll
  static void writeIndex() throws Exception {
    Random random = new Random(42);
    articles = new LinkedHashMap<>();
    stories = new LinkedHashMap<>();
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(indexDir),
            ArticleIndexer.config(true).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < ARTICLES; i++) {
        // Every tenth write replaces an earlier article, leaving a deleted document behind.
        String id = i % 10 == 9 ? "a" + random.nextInt(i) : "a" + i;
        Article article = article(id, random);
        long story = random.nextInt(3) == 0 ? random.nextInt(3_000) : StorySignature.storyOf(id);
        articles.put(id, article);
        stories.put(id, story);
        writer.updateDocument(
            new Term(ArticleSchema.ID, id),
            ArticleSchema.toDocument(
                article,
                "h" + i,
                StorySignature.of(article.title(), article.body()),
                story,
                ArticleSchema.DIMENSIONS));
        if (i % 13_000 == 12_999) {
          writer.commit();
        }
      }
      writer.commit();
    }
  }

  @Test
  void everyCountIsWhatABruteForceCountGives() throws Exception {
    Random random = new Random(7);
    try (SearchService service = LuceneSearch.open(indexDir)) {
      for (int round = 0; round < 60; round++) {
        SearchRequest request = request(random).withExactUpTo(ARTICLES);
        SearchResult result = service.search(request);
        assertNull(result.sampled(), "at most " + ARTICLES + " are counted exactly");
        assertCounts(request, result, 0);
      }
    }
  }

  @Test
  void broadSearchesCountTheStoriesOfTheirSampleScaledUp() throws Exception {
    Random random = new Random(13);
    int sampled = 0;
    int exact = 0;
    try (SearchService service = LuceneSearch.open(indexDir)) {
      for (int round = 0; round < 40; round++) {
        SearchRequest request = request(random).withExactUpTo(2_000);
        SearchResult result = service.search(request);
        int level = level(result.sampled());
        assertCounts(request, result, level);
        sampled += level > 0 ? 1 : 0;
        exact += level == 0 ? 1 : 0;
      }
    }
    // Broad searches are sampled; narrow ones, and those whose filters leave too few hits in the
    // sample, are counted exactly.
    assertTrue(sampled >= 10, sampled + " sampled");
    assertTrue(exact >= 5, exact + " counted exactly");
  }

  @Test
  void sampledCountsStayCloseToTheExactOnes() throws Exception {
    try (SearchService service = LuceneSearch.open(indexDir)) {
      for (String query : List.of("", "wbc", "wdf OR wgh", "wkm wnp")) {
        SearchRequest request =
            SearchRequest.of(query)
                .withSize(10)
                .withSelections(Map.of(ArticleSchema.TOPIC, List.of("Cloud")));
        SearchResult exact = service.search(request.withExactUpTo(SearchRequest.EXACT_ALWAYS));
        SearchResult estimated = service.search(request.withExactUpTo(4_000));
        String what = request.toString();
        assertNull(exact.sampled(), what);
        assertNotNull(estimated.sampled(), what);
        assertEquals(exact.total(), estimated.total(), exact.total() * 0.05, what);
        for (String dimension : List.of(ArticleSchema.COMPANY, ArticleSchema.TOPIC)) {
          Map<String, Long> truth = actualCounts(exact, dimension);
          actualCounts(estimated, dimension)
              .forEach(
                  (value, count) -> {
                    long real = truth.getOrDefault(value, 0L);
                    if (real >= 2_000) {
                      assertEquals(real, count, real * 0.1, what + " " + value);
                    }
                  });
        }
      }
    }
  }

  @Test
  void filtersThatLeaveTooFewHitsInTheSampleAreEstimatedFromADenserOne() throws Exception {
    long exactUpTo = 4_000;
    LocalDate from = FIRST_DAY.plusDays(300);
    SearchRequest request =
        newest("wbc", Map.of(), new DateRange(from, from.plusDays(19))).withExactUpTo(exactUpTo);
    // The word's matches call for a sparse sample, where twenty days of two years leave too few
    // hits.
    Predicate<Article> found = matcher(request.query());
    Predicate<Article> dated = article -> inRange(article, request.dates());
    int sparsest = StorySample.level(select(found, articles.values()).size(), exactUpTo);
    assertTrue(
        select(found.and(dated).and(inSample(sparsest)), articles.values()).size()
            < StorySample.enoughHits(exactUpTo));
    try (SearchService service = LuceneSearch.open(indexDir)) {
      SearchResult result = service.search(request);
      int level = level(result.sampled());
      assertTrue(level > 0, "estimated from a denser sample, not counted whole");
      assertCounts(request, result, level);
    }
  }

  @Test
  void manyPartialMatchesAreEstimatedFromTheSample() throws Exception {
    try (SearchService service = LuceneSearch.open(indexDir)) {
      SearchRequest request = SearchRequest.of("wbc qzx").withSize(10).withExactUpTo(2_000);
      SearchResult result = service.search(request);
      assertEquals(0, result.total());
      int level = level(result.partialSampled());
      assertTrue(level > 0, "sampled: " + result.partialSampled());
      assertEquals(
          select(matcher("wbc").and(inSample(level)), articles.values()).size() << level,
          result.partialTotal());
      assertEquals(
          select(matcher("wbc"), articles.values()).size(),
          service.search(request.withExactUpTo(SearchRequest.EXACT_ALWAYS)).partialTotal());
    }
  }

  /** The sample level of a result's {@code sampled} fraction: 0 when it is {@code null}. */
  private static int level(Double sampled) {
    return sampled == null ? 0 : Long.numberOfTrailingZeros(Math.round(1 / sampled));
  }

  /** The articles whose story is in the sample of {@code level} (all of them for 0). */
  private static Predicate<Article> inSample(int level) {
    return article -> StorySample.contains(stories.get(article.id()), level);
  }

  /**
   * That {@code result} lists the first ten hits of {@code request} as a brute-force search finds
   * them, and counts the hits, facet values and months of the sample of {@code level} scaled up.
   */
  private static void assertCounts(SearchRequest request, SearchResult result, int level) {
    String what = request.toString();
    // The query's and the dates' matches, selected once: every count below narrows them further.
    List<Article> found = select(matcher(request.query()), articles.values());
    List<Article> dated = select(article -> inRange(article, request.dates()), found);
    List<Article> hits = select(inSample(level).and(facets(request, null)), dated);
    assertEquals((long) hits.size() << level, result.total(), what);
    assertEquals(
        select(facets(request, null), dated).stream()
            .sorted(
                Comparator.comparing(
                        Article::published, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Article::id))
            .limit(10)
            .map(Article::id)
            .toList(),
        result.hits().stream().map(SearchResult.Hit::id).toList(),
        what);
    Map<String, Function<Article, List<String>>> dimensions =
        Map.of(
            ArticleSchema.COMPANY,
            Article::companies,
            ArticleSchema.TOPIC,
            Article::topics,
            ArticleSchema.SOURCE,
            article -> List.of(article.source()));
    dimensions.forEach(
        (dimension, values) -> {
          int counted = wholeVersion(request, dimension) ? 0 : level;
          assertEquals(
              scaled(
                  expectedCounts(select(inSample(counted), dated), request, dimension, values),
                  counted),
              actualCounts(result, dimension),
              what + " " + dimension);
        });
    int months = wholeVersion(request, null) ? 0 : level;
    assertEquals(
        scaled(expectedMonths(select(inSample(months).and(facets(request, null)), found)), months),
        nonZero(result.histogram(), SearchResult.Bucket::period, SearchResult.Bucket::count),
        what);
  }

  /**
   * Whether {@code request} lists everything narrowed only by {@code dimension}'s selection (by the
   * dates for {@code null}): then that dimension's sideways counts (the histogram's) are the whole
   * index version's, kept exact.
   */
  private static boolean wholeVersion(SearchRequest request, String dimension) {
    Set<String> narrowing = new HashSet<>(request.selections().keySet());
    if (!request.dates().isAll()) {
      narrowing.add(null);
    }
    return request.query().isEmpty()
        && request.count() == Counting.ARTICLES
        && narrowing.size() == 1
        && narrowing.contains(dimension);
  }

  private static Map<String, Long> scaled(Map<String, Long> counts, int level) {
    Map<String, Long> scaled = new TreeMap<>();
    counts.forEach((key, count) -> scaled.put(key, count << level));
    return scaled;
  }

  @Test
  void countingStoriesCountsEachStoryOnceWhateverItsMatchingVersions() throws Exception {
    Random random = new Random(11);
    try (SearchService service = LuceneSearch.open(indexDir)) {
      for (int round = 0; round < 40; round++) {
        SearchRequest asked = request(random);
        SearchRequest request =
            new SearchRequest(
                asked.query(),
                asked.prefix(),
                asked.selections(),
                asked.dates(),
                asked.sort(),
                1,
                10,
                null,
                SearchRequest.MAX_FACET_SIZE,
                Interval.MONTH,
                null,
                Counting.STORIES,
                null,
                round % 2 == 0 ? SearchRequest.EXACT_UP_TO : 2_000,
                true);
        SearchResult result = service.search(request);
        String what = request.toString();
        int level = level(result.sampled());

        Predicate<Article> matches = matcher(request.query()).and(inSample(level));
        Predicate<Article> dated = article -> inRange(article, request.dates());
        assertEquals(
            select(matches.and(dated).and(facets(request, null)), articles.values()).stream()
                    .map(article -> stories.get(article.id()))
                    .distinct()
                    .count()
                << level,
            result.total(),
            what);
        assertEquals(
            scaled(
                expectedStories(matches.and(dated).and(facets(request, ArticleSchema.COMPANY))),
                level),
            actualCounts(result, ArticleSchema.COMPANY),
            what);
      }
    }
  }

  /** Per company: the distinct stories of the articles {@code counted} that name it. */
  private static Map<String, Long> expectedStories(Predicate<Article> counted) {
    Map<String, Set<Long>> byCompany = new TreeMap<>();
    for (Article article : select(counted, articles.values())) {
      for (String company : article.companies()) {
        byCompany.computeIfAbsent(company, c -> new HashSet<>()).add(stories.get(article.id()));
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    byCompany.forEach((company, distinct) -> counts.put(company, (long) distinct.size()));
    return counts;
  }

  private static SearchRequest request(Random random) {
    String query =
        switch (random.nextInt(4)) {
          case 0 -> "";
          case 1 -> pick(WORDS, random);
          case 2 -> pick(WORDS, random) + " " + pick(WORDS, random);
          default -> pick(WORDS, random) + " OR " + pick(WORDS, random);
        };
    DateRange dates = DateRange.ALL;
    if (random.nextBoolean()) {
      LocalDate from = FIRST_DAY.plusDays(random.nextInt(700));
      dates = new DateRange(from, from.plusDays(random.nextInt(200)));
    }
    return newest(
        query,
        Map.of(
            ArticleSchema.COMPANY,
            some(COMPANIES, random),
            ArticleSchema.TOPIC,
            some(TOPICS, random),
            ArticleSchema.SOURCE,
            random.nextInt(3) == 0 ? List.of(pick(SOURCES, random)) : List.of()),
        dates);
  }

  /** A search for {@code query} with these selections and dates, newest first, ten a page. */
  private static SearchRequest newest(
      String query, Map<String, List<String>> selections, DateRange dates) {
    return new SearchRequest(
        query,
        Prefix.NONE,
        selections,
        dates,
        SortOrder.NEWEST,
        1,
        10,
        null,
        SearchRequest.MAX_FACET_SIZE,
        Interval.MONTH,
        null,
        null,
        null);
  }

  /** Per value of {@code dimension}: articles passing every filter but that dimension's. */
  private static Map<String, Long> expectedCounts(
      List<Article> matches,
      SearchRequest request,
      String dimension,
      Function<Article, List<String>> values) {
    Map<String, Long> counts = new TreeMap<>();
    for (Article article : select(facets(request, dimension), matches)) {
      values.apply(article).forEach(value -> counts.merge(value, 1L, Long::sum));
    }
    return counts;
  }

  private static Map<String, Long> actualCounts(SearchResult result, String dimension) {
    return nonZero(
        result.facets().get(dimension),
        SearchResult.FacetValue::value,
        SearchResult.FacetValue::count);
  }

  /** The non-zero counts of {@code counted}, by name. */
  private static <T> Map<String, Long> nonZero(
      List<T> counted, Function<T, String> name, ToLongFunction<T> count) {
    Map<String, Long> counts = new TreeMap<>();
    counted.stream()
        .filter(item -> count.applyAsLong(item) > 0)
        .forEach(item -> counts.put(name.apply(item), count.applyAsLong(item)));
    return counts;
  }

  private static Map<String, Long> expectedMonths(List<Article> matching) {
    return matching.stream()
        .filter(Article::dated)
        .collect(
            Collectors.groupingBy(
                article -> day(article).toString().substring(0, 7),
                TreeMap::new,
                Collectors.counting()));
  }

  /** The facet filters of {@code request}, leaving out {@code except}'s. */
  private static Predicate<Article> facets(SearchRequest request, String except) {
    List<Map.Entry<String, List<String>>> narrowing =
        request.selections().entrySet().stream()
            .filter(entry -> !entry.getKey().equals(except) && !entry.getValue().isEmpty())
            .toList();
    return article ->
        narrowing.stream()
            .allMatch(
                entry -> entry.getValue().stream().anyMatch(v -> has(article, entry.getKey(), v)));
  }

  private static boolean has(Article article, String dimension, String value) {
    return switch (dimension) {
      case ArticleSchema.COMPANY -> article.companies().contains(value);
      case ArticleSchema.TOPIC -> article.topics().contains(value);
      default -> value.equals(article.source());
    };
  }

  /** The articles the query text matches: words AND'ed, or two words OR'ed. */
  private static Predicate<Article> matcher(String query) {
    if (query.isEmpty()) {
      return article -> true;
    }
    if (query.contains(" OR ")) {
      String[] either = query.split(" OR ");
      return article -> words(article).contains(either[0]) || words(article).contains(either[1]);
    }
    List<String> all = List.of(query.split(" "));
    return article -> words(article).containsAll(all);
  }

  /** Each article's words, split once: the brute-force counts read them for every request. */
  private static final Map<String, Set<String>> WORDS_OF = new ConcurrentHashMap<>();

  private static Set<String> words(Article article) {
    return WORDS_OF.computeIfAbsent(
        article.id(),
        id -> new HashSet<>(List.of((article.title() + " " + article.body()).split(" "))));
  }

  private static boolean inRange(Article article, DateRange dates) {
    if (dates.isAll()) {
      return true;
    }
    return article.dated()
        && !day(article).isBefore(dates.from())
        && !day(article).isAfter(dates.to());
  }

  private static LocalDate day(Article article) {
    return LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
  }

  private static List<Article> select(Predicate<Article> filter, Collection<Article> all) {
    return all.stream().filter(filter).toList();
  }

  private static Article article(String id, Random random) {
    List<String> body = IntStream.range(0, 4).mapToObj(i -> pick(WORDS, random)).toList();
    return new Article(
        id,
        "Title " + pick(WORDS, random),
        String.join(" ", body),
        random.nextInt(20) == 0
            ? null
            : FIRST_DAY
                .plusDays(random.nextInt(730))
                .atTime(random.nextInt(24), 0)
                .toInstant(ZoneOffset.UTC),
        pick(SOURCES, random),
        null,
        List.of(),
        some(COMPANIES, random),
        some(TOPICS, random),
        Origin.file(Path.of("test.jsonl")));
  }

  private static List<String> some(List<String> values, Random random) {
    List<String> chosen = new ArrayList<>();
    for (String value : values) {
      if (random.nextInt(values.size()) == 0) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
