package newsarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import newsarchive.article.Article;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import newsarchive.enrich.CompanyTags;
import newsarchive.enrich.TaxonomyException;
import newsarchive.enrich.TopicTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code archive tags FILE…}: how each article of the files would be tagged, and why: every
 * candidate company mention with its evidence and verdict, and every topic's cues and score, with
 * the topic model's probability where there is one.
 */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = {
      "Show how the articles in FILE… are tagged and why: each candidate company mention with its"
          + " evidence and verdict, the companies by salience (subjects marked), and the topic"
          + " scores with their cues.",
      "Exit code 0, 1 when a file could not be read, 2 for a usage error."
    })
public final class TagsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (any format).")
  List<Path> files;

  @Mixin TablesOption tables;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ArticleTagger tagger;
    try {
      tagger = ArticleTagger.forCorpora(List.of(), tables.dir());
    } catch (TaxonomyException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    out.println("tagging with " + tagger.tables());
    List<Problem> problems =
        ArticleFiles.read(spec, files, article -> explain(article, tagger, out));
    for (Problem problem : problems) {
      out.println((problem.skipped() ? "failed: " : "warning: ") + problem);
    }
    out.flush();
    return problems.stream().anyMatch(Problem::skipped) ? 1 : 0;
  }

  /** Print one article's explanation. */
  static void explain(Article article, ArticleTagger tagger, PrintWriter out) {
    out.println();
    out.println(article.origin() + ": " + article.title());
    CompanyTags found = tagger.explainCompanies(article);
    for (CompanyTags.Mention mention : found.mentions()) {
      out.printf(
          "  %-6s %-12s \"%s\"%s: %s, %s%n",
          mention.paragraph() < 0 ? "title" : "¶" + (mention.paragraph() + 1),
          mention.company(),
          mention.written(),
          mention.ambiguous() ? " (ambiguous)" : "",
          mention.counted() ? "counted" : "not counted",
          mention.reason());
    }
    Article tagged = tagger.tag(article);
    if (!article.companies().isEmpty()) {
      out.println("  companies given by the article: " + String.join(", ", tagged.companies()));
    }
    out.println(
        "  companies: "
            + (found.tags().isEmpty()
                ? "-"
                : found.tags().stream()
                    .map(TagsCommand::salience)
                    .collect(Collectors.joining(", "))));
    List<TopicTagger.Score> scores = tagger.explainTopics(article);
    if (!article.topics().isEmpty()) {
      out.println("  topics given by the article: " + String.join(", ", article.topics()));
    }
    out.println(
        "  topics:    "
            + (scores.isEmpty()
                ? "-"
                : scores.stream().map(TagsCommand::score).collect(Collectors.joining("; "))));
  }

  private static String salience(CompanyTags.Tag tag) {
    List<String> where = new ArrayList<>();
    if (tag.inTitle()) {
      where.add("title");
    }
    if (tag.inLead()) {
      where.add("lead");
    }
    where.add(tag.mentions() + (tag.mentions() == 1 ? " mention" : " mentions"));
    return tag.company()
        + (tag.subject() ? " [subject]" : "")
        + " ("
        + String.join(", ", where)
        + ")";
  }

  private static String score(TopicTagger.Score score) {
    return score.topic()
        + " "
        + score.score()
        + (score.assigned() ? " [assigned]" : "")
        + " ("
        + String.join(", ", score.cues())
        + ")"
        + (Double.isNaN(score.likelihood())
            ? ""
            : String.format(java.util.Locale.ROOT, " model %.2f", score.likelihood()));
  }
}
