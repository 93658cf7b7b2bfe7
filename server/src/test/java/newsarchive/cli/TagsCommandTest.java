package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagsCommandTest {

  static final Path REPO_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir Path dir;

  private List<String> tags(String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = ArchiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, commandLine.execute(args));
    return out.toString().lines().toList();
  }

  @Test
  void tagsExplainsEveryMentionWithItsEvidenceAndVerdict() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("growers.txt"),
            "Apple growers brace for frost\n"
                + "Apple growers lit fires in their orchards; Nvidia sensors watched.\n"
                + "Published: 2026-04-29\n");

    List<String> lines = tags("tags", file.toString(), "--tables", REPO_CORPUS.toString());

    assertEquals(
        List.of(
            "",
            file + ": Apple growers brace for frost",
            "  title  Apple        \"Apple\" (ambiguous): not counted, counter-cue \"grower*\" nearby",
            "  ¶1     Apple        \"Apple\" (ambiguous): not counted, counter-cue \"grower*\" nearby",
            "  ¶1     Nvidia       \"Nvidia\": counted, unambiguous name",
            "  companies: Nvidia [subject] (lead, 1 mention)",
            "  topics:    -"),
        lines.subList(1, lines.size()));
  }
}
