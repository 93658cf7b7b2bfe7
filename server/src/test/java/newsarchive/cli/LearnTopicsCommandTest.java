package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LearnTopicsCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = ArchiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(out, true));
    return new Run(commandLine.execute(args), out.toString());
  }

  @Test
  void learntModelTagsArticlesTheTableAloneCannot() throws Exception {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("topics.tsv"), "Funding\tfunding round\nOutages\toutage\n");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(
          i % 2 == 0
              ? "{\"title\":\"Startup "
                  + i
                  + " banked cash\",\"body\":\"Backers banked it.\","
                  + "\"topics\":[\"Funding\"]}"
              : "{\"title\":\"Town fair "
                  + i
                  + "\",\"body\":\"Pies and a parade.\",\"topics\":[]}");
    }
    lines.add("{\"title\": broken");
    Path labelled = Files.write(dir.resolve("labelled.jsonl"), lines);

    Run learn = run("learn-topics", labelled.toString(), "--tables", tables.toString());

    assertEquals(1, learn.exitCode(), "a line that cannot be read fails the run: " + learn.out());
    assertTrue(learn.out().contains("labelled.jsonl:31"), learn.out());
    assertTrue(learn.out().contains("learnt 2 topics from 30 articles"), learn.out());
    Path article =
        Files.writeString(dir.resolve("new.txt"), "Bakery banked a sum\nIts backers banked it.\n");
    Run tags = run("tags", article.toString(), "--tables", tables.toString());
    assertTrue(tags.out().contains("with " + tables.resolve("topics-model.tsv")), tags.out());
    assertTrue(tags.out().contains("Funding 0 [assigned] () model "), tags.out());
  }

  @Test
  void withoutATopicTableThereIsNothingToLearnFor() throws Exception {
    Path labelled = Files.writeString(dir.resolve("labelled.jsonl"), "{\"title\":\"a\"}\n");

    Run learn = run("learn-topics", labelled.toString(), "--tables", dir.toString());

    assertEquals(2, learn.exitCode());
    assertTrue(learn.out().contains("No topics.tsv in " + dir), learn.out());
  }
}
