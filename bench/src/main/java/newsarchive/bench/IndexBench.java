package newsarchive.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexing: the archive's reindex against the bare Lucene loop on the same file, and against the
 * same loop with a second, unstemmed analysis of title and body added (what the {@code words} field
 * costs indexed the plain way), in rotating order, several times each.
 */
final class IndexBench {

  /** The workspace folder of the archive's index, kept for the search parts. */
  static final String OURS = "index-ours";

  /** One way of indexing a file (or the corpus folder linking it) into a folder. */
  @FunctionalInterface
  private interface Indexing {
    /** Index {@code file}, linked from {@code corpus}, into {@code index}; return the count. */
    long run(JsonlFile file, Path corpus, Path index) throws Exception;
  }

  private IndexBench() {}

  /** Measure the three and record the {@code index.*} figures. */
  static void run(Workspace workspace, int repetitions, Figures figures) throws Exception {
    Map<String, Indexing> competitors = new LinkedHashMap<>();
    competitors.put("ours", (file, corpus, index) -> ArchiveReindex.run(corpus, index));
    competitors.put("bare", (file, corpus, index) -> new BareIndexer(false).index(file, index));
    competitors.put(
        "bare_words", (file, corpus, index) -> new BareIndexer(true).index(file, index));
    List<String> names = List.copyOf(competitors.keySet());
    Map<String, Samples> speed = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    // Every loop first indexes a slice untimed, so none pays alone for a cold JIT.
    JsonlFile head = workspace.head(Math.min(10_000, workspace.extent().lines() / 10));
    Path headCorpus = workspace.corpusFolder(head, "head-corpus");
    for (String name : names) {
      competitors.get(name).run(head, headCorpus, workspace.fresh("head-" + name));
      speed.put(name, new Samples());
    }
    long articles = 0;
    for (int repetition = 0; repetition < repetitions; repetition++) {
      for (int turn = 0; turn < names.size(); turn++) {
        String name = names.get((turn + repetition) % names.size());
        Path dir = workspace.fresh(name.equals("ours") ? OURS : "index-" + name);
        long start = System.nanoTime();
        articles = competitors.get(name).run(workspace.input(), workspace.corpusFolder(), dir);
        speed.get(name).add(articles / ((System.nanoTime() - start) / 1e9));
        bytes.put(name, Workspace.size(dir));
      }
    }
    Samples ours = speed.get("ours");
    Samples bare = speed.get("bare");
    double megabytesPerArticle = workspace.extent().bytes() / 1e6 / articles;
    figures.put("index.articles_per_s", ours, "archive reindex: read, tag, hash, index, commit");
    figures.put(
        "index.bare_articles_per_s",
        bare,
        "bare Lucene, a thread per core: Jackson, English text, facets, 256 MB buffer");
    figures.put(
        "index.ratio_to_bare",
        ours.median() / bare.median(),
        "ours ÷ bare articles/s; target ≥ 0.9");
    figures.put(
        "index.bare_words_articles_per_s",
        speed.get("bare_words"),
        "bare plus a second, unstemmed analysis (the words field, the plain way)");
    figures.put(
        "index.words_cost",
        1 - speed.get("bare_words").median() / bare.median(),
        "share of the bare loop's speed the words field takes");
    figures.put("index.mb_per_s", ours.median() * megabytesPerArticle, "archive, JSON MB/s");
    figures.put("index.bare_mb_per_s", bare.median() * megabytesPerArticle, "bare, JSON MB/s");
    figures.put("index.bytes_per_article", (double) bytes.get("ours") / articles, "archive index");
    figures.put(
        "index.bare_bytes_per_article", (double) bytes.get("bare") / articles, "bare index");
    figures.put(
        "index.size_ratio_to_input",
        (double) bytes.get("ours") / workspace.extent().bytes(),
        "archive index ÷ JSONL text; target ≤ 1.1");
  }
}
