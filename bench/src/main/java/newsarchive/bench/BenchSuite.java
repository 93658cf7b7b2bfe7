package newsarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench index|search|http|sqlite|solr|all}: run benchmark parts and report their figures.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure indexing and search against bare Lucene, SQLite FTS5 and SolrCloud.")
public final class BenchSuite implements Callable<Integer> {

  /** The parts of the benchmark. */
  enum Part {
    index,
    search,
    http,
    sqlite,
    solr,
    all
  }

  @Parameters(
      arity = "1..*",
      description =
          "Parts to run, one or more (${COMPLETION-CANDIDATES}); all is index, search, http and"
              + " sqlite. Parts given together share one reindex of the archive.")
  Set<Part> parts;

  @Option(names = "--input", description = "Corpus in JSON Lines (.jsonl or .jsonl.gz).")
  Path input;

  @Option(names = "--count", description = "Generate a synthetic corpus of this many articles.")
  Long count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for --count.")
  long seed;

  @Option(names = "--json", description = "Also write the figures to this JSON file.")
  Path json;

  @Option(names = "--repetitions", defaultValue = "3", description = "Runs of each measurement.")
  int repetitions;

  @Option(
      names = "--passes",
      defaultValue = "5",
      description = "Passes over the query mix per repetition.")
  int passes;

  @Option(
      names = "--duration",
      defaultValue = "10",
      description = "Seconds of each closed-loop HTTP run.")
  double durationSeconds;

  @Option(
      names = "--tables",
      defaultValue = "corpus",
      description = "Folder with companies.tsv and topics.tsv for tagging.")
  Path tables;

  @Option(
      names = "--server-heap",
      defaultValue = "512m",
      description = "Maximum heap of the server under test.")
  String serverHeap;

  @Option(
      names = "--solr-heap",
      defaultValue = "1g",
      description = "Maximum heap of each local SolrCloud (bench solr).")
  String solrHeap;

  @Option(names = "--work", description = "Folder for indexes and databases (default: temp).")
  Path work;

  @Option(
      names = "--index",
      description =
          "Measure this existing archive index instead of reindexing an input (search and http"
              + " only), e.g. one too large to build for each run.")
  Path index;

  @Override
  public Integer call() throws Exception {
    if (index != null) {
      if (input != null || count != null || !Set.of(Part.search, Part.http).containsAll(parts)) {
        System.err.println("--index measures search and http alone, without --input or --count.");
        return 2;
      }
    } else if ((input == null) == (count == null)) {
      System.err.println("Give either --input FILE or --count N.");
      return 2;
    }
    Path parent =
        work != null
            ? Files.createDirectories(work)
            : Path.of(System.getProperty("java.io.tmpdir"));
    Path generated = null;
    if (count != null) {
      generated = Files.createTempFile(parent, "newsarchive-bench-", ".jsonl");
      GenerateCommand.write(new JsonlFile(generated), count, seed);
    }
    Figures figures = new Figures();
    try (Workspace workspace =
        index != null
            ? Workspace.create(parent, null, tables)
            : Workspace.create(
                parent, new JsonlFile(generated != null ? generated : input), tables)) {
      describe(figures, workspace, index);
      if (runs(Part.index)) {
        IndexBench.run(workspace, repetitions, figures);
        save(figures);
      }
      if (runs(Part.solr)) {
        SolrBench.indexEmbedded(workspace, figures);
      }
      if (runs(Part.search) || runs(Part.http) || runs(Part.solr) || runs(Part.sqlite)) {
        Path index = this.index != null ? this.index : ArchiveReindex.index(workspace);
        try (ArchiveSearch ours = ArchiveSearch.open(index)) {
          if (runs(Part.search)) {
            SearchBench.run(index, ours.competitor(), repetitions, passes, figures);
            CoverageBench.measure(
                "coverage.",
                kind -> kind.inProcess().answer(ours.service()),
                CoverageBench.WARM_UP,
                CoverageBench.TIMES * repetitions,
                "in process",
                figures);
            save(figures);
          }
          if (runs(Part.http)) {
            HttpBench.run(
                workspace,
                index,
                ours,
                serverHeap,
                repetitions,
                Duration.ofMillis((long) (durationSeconds * 1000)),
                figures);
            save(figures);
          }
          if (runs(Part.solr)) {
            SolrBench.run(workspace, ours, solrHeap, repetitions, passes, figures);
          }
          if (runs(Part.sqlite)) {
            SqliteBench.run(workspace, ours.competitor(), repetitions, 2, figures);
          }
        }
      }
    } finally {
      if (generated != null) {
        Files.deleteIfExists(generated);
      }
    }
    figures.print(System.out);
    save(figures);
    return 0;
  }

  /** Whether {@code part} was asked for, itself or through {@code all} (which has no solr). */
  private boolean runs(Part part) {
    return parts.contains(part) || (parts.contains(Part.all) && part != Part.solr);
  }

  /** Write the figures so far to the JSON file, if asked, so a long run keeps finished parts. */
  private void save(Figures figures) throws IOException {
    if (json != null) {
      figures.writeJson(json);
    }
  }

  private static void describe(Figures figures, Workspace workspace, Path index)
      throws IOException {
    Runtime runtime = Runtime.getRuntime();
    figures.describe(
        "run.date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    figures.describe(
        "run.machine",
        String.format(
            "%s, %d cores, %s %s, Java %s, max heap %d MB",
            cpuModel(),
            runtime.availableProcessors(),
            System.getProperty("os.name"),
            System.getProperty("os.arch"),
            Runtime.version(),
            runtime.maxMemory() / 1048576));
    if (index != null) {
      figures.describe("run.index", index.toAbsolutePath().toString());
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        figures.put("run.articles", reader.numDocs(), "articles in the index");
      }
      return;
    }
    figures.describe("run.input", workspace.input().path().getFileName().toString());
    figures.put("run.articles", workspace.extent().lines(), "JSON lines in the input");
    figures.put("run.input_mb", workspace.extent().bytes() / 1e6, "uncompressed JSON text");
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException | UncheckedIOException e) {
      // Not Linux: the JVM's own description has to do.
      return System.getProperty("os.arch") + " CPU";
    }
  }
}
