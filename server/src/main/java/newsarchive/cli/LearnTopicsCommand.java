package newsarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import newsarchive.enrich.TaxonomyException;
import newsarchive.enrich.TopicModel;
import newsarchive.enrich.TopicTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code archive learn-topics FILE…}: learn the topic model from labelled articles (any corpus
 * format, each giving its topics, none for an article about none) for the topics of the topic
 * table, and write it beside the table, where every later reindex and {@code tags} read it.
 */
@Command(
    name = "learn-topics",
    mixinStandardHelpOptions = true,
    description = {
      "Learn the topic model from the labelled articles in FILE… (each giving the topics it is"
          + " about, an empty list for none) and write it as topics-model.tsv beside topics.tsv.",
      "Exit code 0, 1 when a file could not be read, 2 for a usage error."
    })
public final class LearnTopicsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Labelled articles (any format) giving their topics.")
  List<Path> files;

  @Mixin TablesOption tables;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the model (default: topics-model.tsv in the tables folder).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    Path table = tables.dir().resolve(ArticleTagger.TOPICS_FILE);
    if (!Files.isRegularFile(table)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "No " + ArticleTagger.TOPICS_FILE + " in " + tables.dir());
    }
    List<String> topics;
    try {
      topics = TopicTagger.load(table).topics();
    } catch (TaxonomyException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<TopicModel.Example> examples = new ArrayList<>();
    List<Problem> problems =
        ArticleFiles.read(
            spec,
            files,
            article ->
                examples.add(
                    new TopicModel.Example(article.title(), article.body(), article.topics())));
    // Labelled articles need no dates or ids: only what keeps an article out is worth a line.
    problems.stream().filter(Problem::skipped).forEach(p -> console.println("failed: " + p));
    if (examples.isEmpty()) {
      console.println("no labelled article read: no model written");
      console.flush();
      return 1;
    }
    List<String> unknown =
        TopicModel.topicsOf(examples).stream().filter(t -> !topics.contains(t)).toList();
    if (!unknown.isEmpty()) {
      console.println("not in " + table + ", so not learnt: " + String.join(", ", unknown));
    }
    Path model = out != null ? out : tables.dir().resolve(TopicModel.FILE);
    TopicModel.learn(examples, topics)
        .write(
            model,
            List.of(
                "The topic model: learnt by `archive learn-topics` from "
                    + examples.size()
                    + " labelled articles for the topics of topics.tsv.",
                "Do not edit; learn it again after changing the labelled articles or the topics."));
    console.println(
        "learnt " + topics.size() + " topics from " + examples.size() + " articles: " + model);
    console.flush();
    return problems.stream().anyMatch(Problem::skipped) ? 1 : 0;
  }
}
