package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;

/**
 * The test fixtures' one builder of indexes: small articles written with the real indexer in two
 * commits, so that searches meet two segments. Its own sixteen articles (varied companies, topics,
 * sources and dates, one hostile, one undated) serve the search, HTTP and command-line tests; the
 * browser tests bring their own through {@link #write(Path, List)}.
 */
public final class FixtureCorpus {

  private static final String BRIEFS = "Newsarchive Briefs";
  private static final String WIRE = "Tech Wire";

  /** The articles, in the order they are written (the first eight form the first segment). */
  public static final List<Article> ARTICLES =
      List.of(
          article(
              "a01",
              "OpenAI adds Amazon cloud alongside Microsoft Azure",
              "2026-04-29",
              BRIEFS,
              List.of("OpenAI", "Microsoft", "Amazon"),
              List.of("Partnerships", "Cloud"),
              "OpenAI will run some of its models on Amazon Web Services, ending the exclusivity of"
                  + " Microsoft Azure.",
              "The partnership with Microsoft continues for research."),
          article(
              "a02",
              "Microsoft and OpenAI extend their partnership",
              "2023-01-23",
              BRIEFS,
              List.of("Microsoft", "OpenAI"),
              List.of("Partnerships", "Funding"),
              "Microsoft announced a multiyear, multibillion dollar investment in OpenAI.",
              "Azure remains the exclusive cloud provider for OpenAI workloads."),
          article(
              "a03",
              "Amazon invests in Anthropic",
              "2023-09-25",
              WIRE,
              List.of("Amazon", "Anthropic"),
              List.of("Funding", "Partnerships"),
              "Amazon will invest up to four billion dollars in Anthropic, which picks Amazon Web"
                  + " Services as its primary cloud provider and will use Trainium chips."),
          article(
              "a04",
              "Nvidia unveils Blackwell GPUs for data centres",
              "2024-03-18",
              WIRE,
              List.of("Nvidia"),
              List.of("Chips"),
              "Nvidia presented the Blackwell architecture, a new generation of GPUs for training"
                  + " large models in data centres."),
          article(
              "a05",
              "Google launches the Gemini model",
              "2023-12-06",
              BRIEFS,
              List.of("Google"),
              List.of("Models"),
              "Google introduced Gemini, a multimodal model family in three sizes, built by"
                  + " DeepMind."),
          article(
              "a06",
              "EU AI Act enters into force",
              "2024-08-01",
              WIRE,
              List.of(),
              List.of("Regulation"),
              "The European Union's artificial intelligence regulation entered into force, with"
                  + " obligations phased in over the following years."),
          article(
              "a07",
              "Meta releases Llama 3 with open weights",
              "2024-04-18",
              BRIEFS,
              List.of("Meta"),
              List.of("Models"),
              "Meta released Llama 3 models with open weights for researchers and developers."),
          article(
              "a08",
              "Microsoft Azure outage disrupts services",
              "2024-07-19",
              WIRE,
              List.of("Microsoft"),
              List.of("Cloud", "Security"),
              "A faulty security update caused a worldwide outage that disrupted airlines, banks"
                  + " and Azure services."),
          article(
              "a09",
              "FTC opens inquiry into cloud AI partnerships",
              "2024-01-25",
              WIRE,
              List.of("Microsoft", "Amazon", "Google", "OpenAI", "Anthropic"),
              List.of("Regulation", "Partnerships"),
              "The Federal Trade Commission asked Microsoft, Amazon and Google about their"
                  + " investments in OpenAI and Anthropic."),
          article(
              "a10",
              "Apple announces Apple Intelligence",
              "2024-06-10",
              BRIEFS,
              List.of("Apple", "OpenAI"),
              List.of("Models", "Partnerships"),
              "Apple announced Apple Intelligence and a partnership that brings ChatGPT from"
                  + " OpenAI to its devices."),
          article(
              "a11",
              "<script>alert(1)</script> Amazon chip news",
              "2025-11-02",
              WIRE,
              List.of("Amazon"),
              List.of("Chips"),
              "<img src=x onerror=alert(1)> Amazon showed new Trainium chips for its cloud.",
              "Analysts said \"the chips\" & the cloud matter."),
          article(
              "a12",
              "Nvidia market value passes three trillion dollars",
              "2024-06-05",
              BRIEFS,
              List.of("Nvidia"),
              List.of("Chips"),
              "Demand for Nvidia GPUs in data centres lifted the chip maker's market value."),
          article(
              "a13",
              "Anthropic releases the Claude model family",
              null,
              BRIEFS,
              List.of("Anthropic"),
              List.of("Models"),
              "Anthropic released a family of Claude models in three sizes."),
          article(
              "a14",
              "Google Cloud signs Anthropic TPU deal",
              "2025-10-23",
              WIRE,
              List.of("Google", "Anthropic"),
              List.of("Cloud", "Chips", "Partnerships"),
              "Anthropic will use up to one million Google TPU chips in Google Cloud data centres."),
          article(
              "a15",
              "Microsoft invests one billion dollars in OpenAI",
              "2019-07-22",
              BRIEFS,
              List.of("Microsoft", "OpenAI"),
              List.of("Funding", "Partnerships"),
              "Microsoft invested one billion dollars in OpenAI and became its exclusive cloud"
                  + " provider."),
          article(
              "a16",
              "Amazon Web Services launches Bedrock",
              "2023-04-13",
              WIRE,
              List.of("Amazon"),
              List.of("Cloud", "Models"),
              "Amazon Web Services launched Bedrock, a cloud service offering foundation models"
                  + " from several companies."));

  private FixtureCorpus() {}

  /** Write the {@link #ARTICLES} to a new index at {@code dir}. */
  public static void write(Path dir) throws IOException {
    write(dir, ARTICLES);
  }

  /**
   * Write {@code articles} to a new index at {@code dir} with the real indexer, committing after
   * the first half and again at the end.
   */
  public static void write(Path dir, List<Article> articles) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, true)) {
      for (int i = 0; i < articles.size(); i++) {
        indexer.upsert(articles.get(i).id(), indexer.document(articles.get(i), "hash-" + i));
        if (i == articles.size() / 2 - 1) {
          indexer.commit("");
        }
      }
      indexer.commit("");
    }
  }

  /**
   * A fixture article by "Staff Writer" at {@code https://example.com/{id}}, published at 09:00 UTC
   * on {@code day} ({@code null} for undated), its paragraphs separated by blank lines.
   */
  public static Article article(
      String id,
      String title,
      String day,
      String source,
      List<String> companies,
      List<String> topics,
      String... paragraphs) {
    return new Article(
        id,
        title,
        String.join("\n\n", paragraphs),
        day == null ? null : Instant.parse(day + "T09:00:00Z"),
        source,
        "https://example.com/" + id,
        List.of("Staff Writer"),
        companies,
        topics,
        Origin.file(Path.of("fixtures/" + id + ".txt")));
  }
}
