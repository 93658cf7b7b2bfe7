package newsarchive.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.eval.Evaluation;
import newsarchive.eval.Judgments;
import newsarchive.eval.Topic;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive eval}: how well the archive ranks a judged set of queries. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Run judged queries through the search as /api/search ranks them and print, last,",
      "nDCG@10, MAP@100, P@10 and R@100 (trec_eval's definitions)."
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--topics",
      required = true,
      paramLabel = "FILE",
      description = "Queries, one 'id<TAB>query' a line; '#' starts a comment.")
  Path topics;

  @Option(
      names = "--qrels",
      required = true,
      paramLabel = "FILE",
      description = "Judgments in TREC format: 'qid 0 docid grade' (grade 0 = not relevant).")
  Path qrels;

  @Option(
      names = "--k",
      defaultValue = "100",
      description = "Ranks read per query (default ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--run",
      paramLabel = "FILE",
      description = "Also write the rankings in TREC run format.")
  Path run;

  @Mixin IndexOption index;

  @Mixin SynonymsOption synonyms;

  /** Print one line per query, then the mean figures. */
  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Topic> queries = Topic.read(topics);
    Judgments judgments = Judgments.read(qrels);
    List<Evaluation.Outcome> outcomes;
    try (SearchService search = index.openSearch(synonyms.synonyms())) {
      outcomes = new Evaluation(search, depth).run(queries, judgments);
    }
    for (Evaluation.Outcome outcome : outcomes) {
      out.printf("%-8s %s  %s%n", outcome.runId(), outcome.figures(), outcome.topic().query());
    }
    if (run != null) {
      try (Writer writer = Files.newBufferedWriter(run)) {
        Evaluation.writeRun(outcomes, writer);
      }
    }
    out.println(Evaluation.mean(outcomes));
    return 0;
  }
}
