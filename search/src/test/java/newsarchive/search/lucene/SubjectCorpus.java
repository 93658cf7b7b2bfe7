package newsarchive.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.enrich.ArticleTagger;

/**
 * Five articles where Microsoft and Nvidia are sometimes the subject and sometimes named only in
 * passing, tagged by the archive's own company table, so that their subjects come from the real
 * rule (title, first paragraph, or at least two mentions).
 */
public final class SubjectCorpus {

  /** The archive's own tagging tables, from a module's folder. */
  private static final Path TABLES = Path.of("../corpus").toAbsolutePath().normalize();

  /** The articles as tagged, oldest first. */
  public static final List<Article> ARTICLES =
      tagged(
          List.of(
              FixtureCorpus.article(
                  "nvidia-revenue",
                  "Nvidia reports record data centre revenue",
                  "2026-01-10",
                  "Tech Wire",
                  List.of("Nvidia", "Microsoft"),
                  List.of("Chips"),
                  "Nvidia said its quarterly revenue rose on demand for accelerators.",
                  "Growth was strongest in data centres.",
                  "Among its largest customers is Microsoft."),
              FixtureCorpus.article(
                  "microsoft-regions",
                  "Microsoft opens new cloud regions in Europe",
                  "2026-02-10",
                  "Daily Ledger",
                  List.of("Microsoft", "Nvidia"),
                  List.of("Cloud"),
                  "Microsoft opened three new cloud regions in Europe this week.",
                  "The new data centres use accelerators from Nvidia."),
              FixtureCorpus.article(
                  "cloud-prices",
                  "Cloud prices fall again",
                  "2026-03-10",
                  "Daily Ledger",
                  List.of("Microsoft"),
                  List.of("Cloud"),
                  "Providers cut their prices for storage and computing this quarter.",
                  "Microsoft cut first, and Microsoft said more cuts would follow."),
              FixtureCorpus.article(
                  "supply-eases",
                  "Accelerator shortage eases",
                  "2026-04-10",
                  "Tech Wire",
                  List.of("Nvidia"),
                  List.of("Chips"),
                  "Supply of accelerators improved through the spring.",
                  "Analysts credited new capacity at Nvidia."),
              FixtureCorpus.article(
                  "openai-model",
                  "OpenAI ships a faster model",
                  "2026-05-10",
                  "Tech Wire",
                  List.of("OpenAI", "Microsoft"),
                  List.of("Models"),
                  "OpenAI released a faster version of its flagship model.",
                  "It runs on servers rented from Microsoft.")));

  private SubjectCorpus() {}

  /** Write the {@link #ARTICLES} to a new index at {@code dir}. */
  public static void write(Path dir) throws IOException {
    FixtureCorpus.write(dir, ARTICLES);
  }

  /** {@code articles} with their companies' subjects decided by the archive's own tables. */
  public static List<Article> tagged(List<Article> articles) {
    try {
      ArticleTagger tagger = ArticleTagger.forCorpora(List.of(), TABLES);
      return articles.stream().map(tagger::tag).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
