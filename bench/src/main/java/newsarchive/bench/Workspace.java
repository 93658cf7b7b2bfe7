package newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of one benchmark run: the input corpus, a corpus folder that shows it to the archive's
 * reindex beside the tagging tables, and the indexes and database the competitors build.
 */
final class Workspace implements AutoCloseable {

  private final Path root;
  private final JsonlFile input;
  private final JsonlFile.Extent extent;
  private final Path tables;

  private Workspace(Path root, JsonlFile input, JsonlFile.Extent extent, Path tables) {
    this.root = root;
    this.input = input;
    this.extent = extent;
    this.tables = tables;
  }

  /**
   * A workspace in a new temporary folder for {@code input}; reading it once for its size also puts
   * it in the page cache, so no competitor pays for the first read from disk alone.
   *
   * @param input the corpus, or {@code null} for runs that measure an index built before
   * @param tables the corpus folder whose {@code companies.tsv} and {@code topics.tsv} tag articles
   */
  static Workspace create(Path parent, JsonlFile input, Path tables) throws IOException {
    Path root = Files.createTempDirectory(parent, "newsarchive-bench-");
    return new Workspace(root, input, input == null ? null : input.measure(), tables);
  }

  /** The corpus being measured. */
  JsonlFile input() {
    return input;
  }

  /** Its uncompressed size and number of lines. */
  JsonlFile.Extent extent() {
    return extent;
  }

  /** The folder holding the tagging tables. */
  Path tables() {
    return tables;
  }

  /**
   * A corpus folder holding (links to) the input and the tagging tables, as {@code reindex
   * --corpus} expects.
   */
  Path corpusFolder() throws IOException {
    return corpusFolder(input, "corpus");
  }

  /** A corpus folder named {@code name} holding (links to) {@code file} and the tagging tables. */
  Path corpusFolder(JsonlFile file, String name) throws IOException {
    Path folder = root.resolve(name);
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      link(folder, file.path());
      link(folder, tables.resolve("companies.tsv"));
      link(folder, tables.resolve("topics.tsv"));
    }
    return folder;
  }

  /** The first {@code lines} lines of the input as a file of their own, to warm the JVM up on. */
  JsonlFile head(long lines) throws IOException {
    JsonlFile head = new JsonlFile(root.resolve("head.jsonl"));
    try (InputStream in = input.open();
        OutputStream out = head.create()) {
      for (long seen = 0; seen < lines; ) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        out.write(b);
        seen += b == '\n' ? 1 : 0;
      }
    }
    return head;
  }

  /** An empty folder named {@code name}, emptied first if an earlier repetition left one. */
  Path fresh(String name) throws IOException {
    Path folder = root.resolve(name);
    delete(folder);
    return Files.createDirectories(folder);
  }

  /** The path {@code name} inside the workspace, which may not exist yet. */
  Path path(String name) {
    return root.resolve(name);
  }

  /** The total size in bytes of the files under {@code folder}, or of one file. */
  static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(Workspace::fileSize).sum();
    }
  }

  /** Remove the workspace and everything in it. */
  @Override
  public void close() throws IOException {
    delete(root);
  }

  private static void link(Path folder, Path target) throws IOException {
    if (!Files.isRegularFile(target)) {
      throw new IOException("missing " + target + " (set --tables to the archive's corpus folder)");
    }
    Files.createSymbolicLink(folder.resolve(target.getFileName()), target.toAbsolutePath());
  }

  private static void delete(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
