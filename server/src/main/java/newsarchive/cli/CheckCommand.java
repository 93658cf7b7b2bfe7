package newsarchive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code archive check}: whether the index is sound, and whether it needs a full reindex. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Verify every checksum and decode every segment of the index (Lucene's CheckIndex), and say"
          + " in one line whether it is sound or needs a reindex --full.",
      "Exit code 0 when the index is sound, 1 when it is damaged or missing."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  /** Check the index and print the verdict. */
  @Override
  public Integer call() throws Exception {
    IndexCheck.Verdict verdict = IndexCheck.run(index.dir());
    spec.commandLine().getOut().println(verdict.line());
    return verdict.sound() ? 0 : 1;
  }
}
