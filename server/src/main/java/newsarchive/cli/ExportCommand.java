package newsarchive.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import newsarchive.export.ExportFormat;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive export}: every article matching a search, as CSV or JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write every article matching a search as CSV or JSON Lines, with no cap.")
public final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SearchOptions search;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or jsonl (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--body", description = "Add each article's body.")
  boolean bodies;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE, replaced only once the export is complete (default: stdout).")
  Path out;

  @Mixin IndexOption index;

  @Mixin SynonymsOption synonyms;

  /** Write the export, or say what is wrong with the search and exit with 2. */
  @Override
  public Integer call() throws Exception {
    ExportFormat exportFormat;
    SearchRequest request;
    try {
      exportFormat = ExportFormat.parse(format);
      request = search.request(1);
      if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
        throw InvalidRequestException.parameter(
            "--out: the folder " + out.toAbsolutePath().getParent() + " does not exist.");
      }
    } catch (InvalidRequestException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    try (SearchService service = index.openSearch(synonyms.synonyms())) {
      SearchRequest answered = service.asAnswered(request);
      if (!answered.query().equals(request.query())) {
        spec.commandLine()
            .getErr()
            .println(
                "Exporting the results for: "
                    + answered.query()
                    + " (no article has every word of: "
                    + request.query()
                    + ")");
      }
      long written =
          out == null
              ? exportToStandardOutput(service, answered, exportFormat)
              : exportToFile(service, answered, exportFormat);
      spec.commandLine()
          .getErr()
          .printf(
              "Exported %d article%s%s%n",
              written, written == 1 ? "" : "s", out == null ? "" : " to " + out);
      return 0;
    } catch (InvalidRequestException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
  }

  /** Write to standard output, in UTF-8 whatever the terminal's encoding. */
  private long exportToStandardOutput(
      SearchService service, SearchRequest request, ExportFormat exportFormat) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    long written = export(service, request, exportFormat, writer);
    writer.flush();
    if (System.out.checkError()) {
      throw new IOException("Could not write the export to standard output.");
    }
    return written;
  }

  /**
   * Write to a file beside {@code out} and move it there once complete, so no half file is left.
   */
  private long exportToFile(SearchService service, SearchRequest request, ExportFormat exportFormat)
      throws IOException {
    Path target = out.toAbsolutePath();
    // Created as any new file is (a temporary file would be private to its owner).
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try {
      long written;
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        written = export(service, request, exportFormat, writer);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private long export(
      SearchService service, SearchRequest request, ExportFormat exportFormat, Writer writer)
      throws IOException {
    try (ExportProgress progress = new ExportProgress(exportFormat.writer(writer, bodies))) {
      return service.export(request, bodies, progress);
    }
  }
}
