package newsarchive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ArticleIndexer;

/**
 * Sixteen small articles with varied companies, topics, sources and dates, one hostile, one
 * undated.
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
              "OpenAI will run some of its models on Amazon Web Services, ending the exclusivity of"
                  + " Microsoft Azure.\n\nThe partnership with Microsoft continues for research.",
              List.of("OpenAI", "Microsoft", "Amazon"),
              List.of("Partnerships", "Cloud")),
          article(
              "a02",
              "Microsoft and OpenAI extend their partnership",
              "2023-01-23",
              BRIEFS,
              "Microsoft announced a multiyear, multibillion dollar investment in OpenAI.\n\n"
                  + "Azure remains the exclusive cloud provider for OpenAI workloads.",
              List.of("Microsoft", "OpenAI"),
              List.of("Partnerships", "Funding")),
          article(
              "a03",
              "Amazon invests in Anthropic",
              "2023-09-25",
              WIRE,
              "Amazon will invest up to four billion dollars in Anthropic, which picks Amazon Web"
                  + " Services as its primary cloud provider and will use Trainium chips.",
              List.of("Amazon", "Anthropic"),
              List.of("Funding", "Partnerships")),
          article(
              "a04",
              "Nvidia unveils Blackwell GPUs for data centres",
              "2024-03-18",
              WIRE,
              "Nvidia presented the Blackwell architecture, a new generation of GPUs for training"
                  + " large models in data centres.",
              List.of("Nvidia"),
              List.of("Chips")),
          article(
              "a05",
              "Google launches the Gemini model",
              "2023-12-06",
              BRIEFS,
              "Google introduced Gemini, a multimodal model family in three sizes, built by"
                  + " DeepMind.",
              List.of("Google"),
              List.of("Models")),
          article(
              "a06",
              "EU AI Act enters into force",
              "2024-08-01",
              WIRE,
              "The European Union's artificial intelligence regulation entered into force, with"
                  + " obligations phased in over the following years.",
              List.of(),
              List.of("Regulation")),
          article(
              "a07",
              "Meta releases Llama 3 with open weights",
              "2024-04-18",
              BRIEFS,
              "Meta released Llama 3 models with open weights for researchers and developers.",
              List.of("Meta"),
              List.of("Models")),
          article(
              "a08",
              "Microsoft Azure outage disrupts services",
              "2024-07-19",
              WIRE,
              "A faulty security update caused a worldwide outage that disrupted airlines, banks"
                  + " and Azure services.",
              List.of("Microsoft"),
              List.of("Cloud", "Security")),
          article(
              "a09",
              "FTC opens inquiry into cloud AI partnerships",
              "2024-01-25",
              WIRE,
              "The Federal Trade Commission asked Microsoft, Amazon and Google about their"
                  + " investments in OpenAI and Anthropic.",
              List.of("Microsoft", "Amazon", "Google", "OpenAI", "Anthropic"),
              List.of("Regulation", "Partnerships")),
          article(
              "a10",
              "Apple announces Apple Intelligence",
              "2024-06-10",
              BRIEFS,
              "Apple announced Apple Intelligence and a partnership that brings ChatGPT from"
                  + " OpenAI to its devices.",
              List.of("Apple", "OpenAI"),
              List.of("Models", "Partnerships")),
          article(
              "a11",
              "<script>alert(1)</script> Amazon chip news",
              "2025-11-02",
              WIRE,
              "<img src=x onerror=alert(1)> Amazon showed new Trainium chips for its cloud.\n\n"
                  + "Analysts said \"the chips\" & the cloud matter.",
              List.of("Amazon"),
              List.of("Chips")),
          article(
              "a12",
              "Nvidia market value passes three trillion dollars",
              "2024-06-05",
              BRIEFS,
              "Demand for Nvidia GPUs in data centres lifted the chip maker's market value.",
              List.of("Nvidia"),
              List.of("Chips")),
          article(
              "a13",
              "Anthropic releases the Claude model family",
              null,
              BRIEFS,
              "Anthropic released a family of Claude models in three sizes.",
              List.of("Anthropic"),
              List.of("Models")),
          article(
              "a14",
              "Google Cloud signs Anthropic TPU deal",
              "2025-10-23",
              WIRE,
              "Anthropic will use up to one million Google TPU chips in Google Cloud data centres.",
              List.of("Google", "Anthropic"),
              List.of("Cloud", "Chips", "Partnerships")),
          article(
              "a15",
              "Microsoft invests one billion dollars in OpenAI",
              "2019-07-22",
              BRIEFS,
              "Microsoft invested one billion dollars in OpenAI and became its exclusive cloud"
                  + " provider.",
              List.of("Microsoft", "OpenAI"),
              List.of("Funding", "Partnerships")),
          article(
              "a16",
              "Amazon Web Services launches Bedrock",
              "2023-04-13",
              WIRE,
              "Amazon Web Services launched Bedrock, a cloud service offering foundation models"
                  + " from several companies.",
              List.of("Amazon"),
              List.of("Cloud", "Models")));

  private FixtureCorpus() {}

  /** Write the corpus to a new index at {@code dir}, committing after the first eight articles. */
  public static void write(Path dir) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, true)) {
      for (int i = 0; i < ARTICLES.size(); i++) {
        indexer.upsert(ARTICLES.get(i).id(), indexer.document(ARTICLES.get(i), "hash-" + i));
        if (i == 7) {
          indexer.commit();
        }
      }
      indexer.commit();
    }
  }

  private static Article article(
      String id,
      String title,
      String date,
      String source,
      String body,
      List<String> companies,
      List<String> topics) {
    Instant published = date == null ? null : Instant.parse(date + "T09:00:00Z");
    return new Article(
        id,
        title,
        body,
        published,
        source,
        "https://example.com/" + id,
        List.of("Staff"),
        companies,
        topics,
        "fixtures/" + id + ".txt");
  }
}
