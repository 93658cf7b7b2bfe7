package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * A time limit for one request's collectors: once it has passed, they stop collecting and the
 * search returns what it found so far. (Lucene's own timeout, {@code IndexSearcher.setTimeout}, is
 * state of the searcher, and one searcher per index version serves every concurrent request, so it
 * cannot carry one request's limit; this deadline travels with the request's collectors instead,
 * across its hits, counts and histogram.)
 */
final class Deadline {

  /** How many documents a collector takes between looks at the clock. */
  private static final int CHECK_EVERY = 256;

  private final long deadlineNanos;
  private volatile boolean cutShort;

  /** A deadline {@code limit} from now. */
  Deadline(Duration limit) {
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
  }

  /** Whether a collector stopped early because the time was up. */
  boolean cutShort() {
    return cutShort;
  }

  /** {@code manager}'s collectors, stopping at this deadline. */
  <C extends Collector, T> CollectorManager<Limited<C>, T> limit(CollectorManager<C, T> manager) {
    return new CollectorManager<>() {
      @Override
      public Limited<C> newCollector() throws IOException {
        return new Limited<>(manager.newCollector());
      }

      @Override
      public T reduce(Collection<Limited<C>> collectors) throws IOException {
        return manager.reduce(collectors.stream().map(limited -> limited.collector).toList());
      }
    };
  }

  private void check() {
    if (System.nanoTime() - deadlineNanos > 0) {
      cutShort = true;
      throw new CollectionTerminatedException();
    }
  }

  /** A collector that gives up at the deadline. */
  final class Limited<C extends Collector> extends FilterCollector {

    private final C collector;

    private Limited(C collector) {
      super(collector);
      this.collector = collector;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      check();
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int collected;

        @Override
        public void collect(int doc) throws IOException {
          if (++collected % CHECK_EVERY == 0) {
            check();
          }
          super.collect(doc);
        }
      };
    }
  }
}
