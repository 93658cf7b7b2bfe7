package newsarchive.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.http.ArchiveServer;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.FixtureCorpus;
import newsarchive.search.lucene.LuceneSearch;
import newsarchive.search.lucene.SubjectCorpus;

/**
 * A small archive for the browser tests: a dozen articles, their subject companies decided by the
 * archive's own tagging table, written by {@link FixtureCorpus} (the real indexer, two segments),
 * served by the real server on a loopback port.
 */
final class FixtureArchive implements AutoCloseable {

  /** The hostile article's id; its title, body, source, company and link all carry payloads. */
  static final String HOSTILE_ID = "hostile";

  /** What each payload would set on {@code window} if the page ever ran it. */
  static final String PWNED = "__pwned";

  static final List<Article> ARTICLES =
      SubjectCorpus.tagged(
          List.of(
              FixtureCorpus.article(
                  "openai-amazon",
                  "OpenAI adds Amazon cloud to its lineup a day after ending Microsoft exclusivity",
                  "2026-04-29",
                  "Newsarchive Briefs",
                  List.of("OpenAI", "Amazon", "Microsoft"),
                  List.of("Cloud", "Partnerships"),
                  "OpenAI announced that its flagship models will be available through Amazon's cloud"
                      + " platform, a day after it revised its exclusive relationship with Microsoft.",
                  "Amazon welcomed the addition of OpenAI's models to its portfolio.",
                  "Analysts said the end of exclusivity gives developers more choice."),
              FixtureCorpus.article(
                  "microsoft-openai-exclusivity",
                  "Microsoft and OpenAI end cloud exclusivity",
                  "2026-04-28",
                  "The Ledger",
                  List.of("Microsoft", "OpenAI"),
                  List.of("Cloud", "Partnerships"),
                  "Microsoft and OpenAI agreed to end the exclusivity clause that bound OpenAI's models"
                      + " to Azure.",
                  "Both companies said the partnership continues on new terms."),
              FixtureCorpus.article(
                  "amazon-trainium",
                  "Amazon unveils new Trainium chips for its cloud",
                  "2025-11-12",
                  "Tech Daily",
                  List.of("Amazon"),
                  List.of("Chips", "Cloud"),
                  "Amazon Web Services showed a new generation of Trainium chips for training models"
                      + " in its cloud.",
                  "The company said customers would see lower prices next year."),
              FixtureCorpus.article(
                  "amazon-antitrust",
                  "Amazon settles antitrust case with regulators",
                  "2025-10-30",
                  "The Ledger",
                  List.of("Amazon", "Google"),
                  List.of("Regulation"),
                  "Amazon agreed to change how it ranks offers from sellers on its marketplace.",
                  "Regulators said the settlement ends a three-year investigation.",
                  // Named once, further down: Google is not this article's subject.
                  "Rivals such as Google are watched just as closely."),
              FixtureCorpus.article(
                  "nvidia-microsoft",
                  "Nvidia and Microsoft build an AI supercomputer",
                  "2025-09-18",
                  "Tech Daily",
                  List.of("Nvidia", "Microsoft"),
                  List.of("Chips", "Partnerships"),
                  "Nvidia will supply tens of thousands of accelerators for a Microsoft data centre.",
                  "The machine is meant for training the largest language models."),
              FixtureCorpus.article(
                  "nvidia-earnings",
                  "Nvidia earnings beat forecasts on data centre demand",
                  "2025-08-27",
                  "Newsarchive Briefs",
                  List.of("Nvidia"),
                  List.of("Earnings", "Chips"),
                  "Nvidia reported record revenue as data centre demand kept growing.",
                  "Shares rose after hours."),
              FixtureCorpus.article(
                  "google-anthropic",
                  "Google signs cloud deal with Anthropic",
                  "2025-06-02",
                  "The Ledger",
                  List.of("Google", "Anthropic"),
                  List.of("Cloud", "Partnerships"),
                  "Anthropic will train its models on Google's cloud under a multi-year agreement."),
              FixtureCorpus.article(
                  "openai-regulation",
                  "OpenAI responds to AI regulation proposal",
                  "2025-05-07",
                  "Newsarchive Briefs",
                  List.of("OpenAI"),
                  List.of("Regulation"),
                  "OpenAI published comments on the proposed rules for general-purpose models."),
              FixtureCorpus.article(
                  "microsoft-azure-outage",
                  "Microsoft Azure outage disrupts cloud customers",
                  "2025-03-21",
                  "Tech Daily",
                  List.of("Microsoft"),
                  List.of("Cloud"),
                  "A configuration change took parts of Azure offline for four hours.",
                  "Microsoft apologised to customers and promised a full report."),
              FixtureCorpus.article(
                  "google-eu-search",
                  "Google faces new EU regulation over search",
                  "2025-03-10",
                  "The Ledger",
                  List.of("Google"),
                  List.of("Regulation"),
                  "The European Commission opened a case over how Google ranks its own services."),
              hostile(),
              FixtureCorpus.article(
                  "amazon-robots",
                  "Amazon expands its fleet of warehouse robots",
                  "2025-01-15",
                  "Tech Daily",
                  List.of("Amazon"),
                  List.of("Automation"),
                  "Amazon said robots now help with most of the orders it ships.")));

  private final SearchService index;
  private final ArchiveServer server;

  private FixtureArchive(SearchService index, ArchiveServer server) {
    this.index = index;
    this.server = server;
  }

  /** Index the fixture articles into {@code indexDir} and serve them on a free loopback port. */
  static FixtureArchive start(Path indexDir) throws IOException {
    return start(indexDir, ARTICLES);
  }

  /** Index {@code articles} into {@code indexDir} and serve them on a free loopback port. */
  static FixtureArchive start(Path indexDir, List<Article> articles) throws IOException {
    FixtureCorpus.write(indexDir, articles);
    SearchService index = LuceneSearch.open(indexDir);
    return new FixtureArchive(index, ArchiveServer.start(index, "127.0.0.1", 0));
  }

  /** The page's address, e.g. {@code http://127.0.0.1:43121/}. */
  String url() {
    return server.url();
  }

  /** The page's address with a query string. */
  String url(String query) {
    return server.url() + "?" + query;
  }

  /** The titles of the fixture articles that satisfy the condition, in the given order. */
  static List<String> titles(Predicate<Article> condition) {
    return ARTICLES.stream().filter(condition).map(Article::title).toList();
  }

  @Override
  public void close() throws Exception {
    server.close();
    index.close();
  }

  /**
   * The article whose every field a page shows carries a script or markup payload, its link a
   * {@code javascript:} address.
   */
  private static Article hostile() {
    return new Article(
        HOSTILE_ID,
        "Hostile <script>window.__pwned='title'</script> headline <img src=x"
            + " onerror=\"window.__pwned='title-img'\">",
        "Hostile text <script>window.__pwned='body'</script> sits in this body.\n\n"
            + "An image <img src=x onerror=\"window.__pwned='body-img'\"> and a link"
            + " <a href=\"javascript:window.__pwned='body-link'\">click</a> too.",
        Instant.parse("2025-02-14T09:00:00Z"),
        "<b onmouseover=\"window.__pwned='source'\">Evil</b> Gazette",
        "javascript:window.__pwned='url'",
        List.of("Staff Writer"),
        List.of("<img src=x onerror=\"window.__pwned='company'\">"),
        List.of("Security"),
        Origin.file(Path.of("fixtures/hostile.txt")));
  }
}
