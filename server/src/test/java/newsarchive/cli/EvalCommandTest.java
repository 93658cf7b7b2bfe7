package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsarchive.search.lucene.FixtureCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeIndex() throws Exception {
    FixtureCorpus.write(dir.resolve("index"));
  }

  private int run(String... args) {
    CommandLine command = ArchiveCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void evalPrintsEachQueryThenTheMeanAndWritesATrecRun() throws Exception {
    Path topics = Files.writeString(dir.resolve("topics.tsv"), "# two\nb\tblackwell\ng\tgemini\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "b 0 a04 2\ng 0 a05 1\ng 0 a04 1\n");
    Path runFile = dir.resolve("run.txt");
    int status =
        run(
            "eval",
            "--topics",
            topics.toString(),
            "--qrels",
            qrels.toString(),
            "--run",
            runFile.toString(),
            "--index",
            dir.resolve("index").toString());
    assertEquals(0, status, err.toString());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "b        nDCG@10=1.0000 MAP@100=1.0000 P@10=0.1000 R@100=1.0000  blackwell",
            "g        nDCG@10=0.6131 MAP@100=0.5000 P@10=0.1000 R@100=0.5000  gemini",
            "nDCG@10=0.8066 MAP@100=0.7500 P@10=0.1000 R@100=0.7500",
            ""),
        out.toString());
    assertEquals("b Q0 a04 1 1 newsarchive\ng Q0 a05 1 1 newsarchive\n", Files.readString(runFile));
  }

  @Test
  void aTopicWithoutJudgmentsIsAnErrorNamingIt() throws Exception {
    Path topics = Files.writeString(dir.resolve("topics.tsv"), "b\tblackwell\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "other 0 a04 2\n");
    int status =
        run(
            "eval",
            "--topics",
            topics.toString(),
            "--qrels",
            qrels.toString(),
            "--index",
            dir.resolve("index").toString());
    assertEquals(1, status);
    assertEquals("error: topic b has no judgments" + System.lineSeparator(), err.toString());
  }
}
