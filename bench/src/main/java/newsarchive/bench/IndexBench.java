package newsarchive.bench;

import java.nio.file.Path;

/**
 * Indexing: the archive's reindex against the bare Lucene loop on the same file, in alternating
 * order, several times each.
 */
final class IndexBench {

  /** The workspace folder of the archive's index, kept for the search parts. */
  static final String OURS = "index-ours";

  private static final String BARE = "index-bare";

  private IndexBench() {}

  /** Measure both and record the {@code index.*} figures. */
  static void run(Workspace workspace, int repetitions, Figures figures) throws Exception {
    Samples ours = new Samples();
    Samples bare = new Samples();
    long oursBytes = 0;
    long bareBytes = 0;
    long articles = 0;
    // Both pipelines first index a slice untimed, so neither pays alone for a cold JIT.
    JsonlFile head = workspace.head(Math.min(10_000, workspace.extent().lines() / 10));
    ArchiveReindex.run(workspace.corpusFolder(head, "head-corpus"), workspace.fresh("head-ours"));
    BareIndexer.index(head, workspace.fresh("head-bare"));
    for (int repetition = 0; repetition < repetitions; repetition++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean oursNow = (turn + repetition) % 2 == 0;
        Path dir = workspace.fresh(oursNow ? OURS : BARE);
        long start = System.nanoTime();
        articles =
            oursNow
                ? ArchiveReindex.run(workspace.corpusFolder(), dir)
                : BareIndexer.index(workspace.input(), dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        (oursNow ? ours : bare).add(articles / seconds);
        if (oursNow) {
          oursBytes = Workspace.size(dir);
        } else {
          bareBytes = Workspace.size(dir);
        }
      }
    }
    double megabytesPerArticle = workspace.extent().bytes() / 1e6 / articles;
    figures.put("index.articles_per_s", ours, "archive reindex: read, tag, build, index, commit");
    figures.put(
        "index.bare_articles_per_s", bare, "bare Lucene loop: Jackson, same text fields, no tags");
    figures.put(
        "index.ratio_to_bare",
        ours.median() / bare.median(),
        "ours ÷ bare articles/s; target ≥ 0.85");
    figures.put("index.mb_per_s", ours.median() * megabytesPerArticle, "archive, JSON MB/s");
    figures.put("index.bare_mb_per_s", bare.median() * megabytesPerArticle, "bare, JSON MB/s");
    figures.put("index.bytes_per_article", (double) oursBytes / articles, "archive index");
    figures.put("index.bare_bytes_per_article", (double) bareBytes / articles, "bare index");
    figures.put(
        "index.size_ratio_to_input",
        (double) oursBytes / workspace.extent().bytes(),
        "archive index ÷ JSONL text; target ≤ 1.1");
  }
}
