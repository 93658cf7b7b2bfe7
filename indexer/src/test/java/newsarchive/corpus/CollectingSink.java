package newsarchive.corpus;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import newsarchive.article.Article;

/** Keeps what a parser reports, for tests to look at. */
final class CollectingSink implements ArticleSink {

  final List<Article> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  /** Read one file under {@code root} with a default reader and collect what it yields. */
  static CollectingSink read(java.nio.file.Path root, java.nio.file.Path file) {
    CollectingSink sink = new CollectingSink();
    new CorpusReader().read(root, file, sink);
    return sink;
  }

  /** The bytes this thread has allocated so far, to show that hostile input is read in bounds. */
  static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
