package newsarchive.index;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import newsarchive.corpus.Problem;

/**
 * What a reindex did: articles new, updated, unchanged and deleted, the problems it met, and how
 * long it took.
 *
 * @param added articles that were not in the index before
 * @param updated articles whose content or tags changed
 * @param unchanged articles skipped because the index already held them as they are
 * @param deleted articles removed because their file no longer has them
 * @param problems failures (inputs left out) and warnings (inputs indexed with a caveat)
 * @param duration wall time from start to commit
 */
public record ReindexReport(
    int added, int updated, int unchanged, int deleted, List<Problem> problems, Duration duration) {

  public ReindexReport {
    problems = List.copyOf(problems);
  }

  /** The inputs that could not be indexed. */
  public List<Problem> failures() {
    return problems.stream().filter(Problem::skipped).toList();
  }

  /** The inputs indexed with a caveat, such as undated articles or duplicate ids. */
  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.skipped()).toList();
  }

  /** Articles read and now in the index, changed or not. */
  public int articles() {
    return added + updated + unchanged;
  }

  /**
   * The closing line: {@code indexed N new, U updated, K unchanged, D deleted, F failed in T s (R
   * articles/s)}.
   */
  public String summary() {
    double seconds = duration.toNanos() / 1e9;
    return String.format(
        Locale.ROOT,
        "indexed %d new, %d updated, %d unchanged, %d deleted, %d failed in %.1f s (%.0f articles/s)",
        added,
        updated,
        unchanged,
        deleted,
        failures().size(),
        seconds,
        seconds > 0 ? articles() / seconds : 0.0);
  }
}
