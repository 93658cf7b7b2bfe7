package newsarchive.cli;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory on a disk that fills up: once {@code budget} bytes have been written through it,
 * every further write fails as a full disk does, with the operating system's own message.
 */
final class BudgetDirectory extends FilterDirectory {

  private final AtomicLong left;

  BudgetDirectory(Directory in, long budget) {
    super(in);
    this.left = new AtomicLong(budget);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Budgeted(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return new Budgeted(in.createTempOutput(prefix, suffix, context));
  }

  private final class Budgeted extends FilterIndexOutput {
    Budgeted(IndexOutput out) {
      super("budgeted(" + out + ")", out.getName(), out);
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      out.writeBytes(b, offset, length);
    }

    private void spend(long bytes) throws IOException {
      if (left.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }
}
