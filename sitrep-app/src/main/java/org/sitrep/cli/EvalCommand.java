package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.eval.PloverActorEvaluation;
import org.sitrep.eval.PloverGold;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: accuracy on public evaluation sets, read from where they are kept. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Sitrep on public evaluation sets.",
    subcommands = {EvalCommand.Plover.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name an evaluation: plover");
  }

  /** {@code sitrep eval plover FILE}: actor codes on the PLOVER gold-standard records. */
  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = {
        "Actor part of the PLOVER evaluation: for each gold source and target actor, whether the",
        "actor Sitrep resolves at its words has the gold code (alpha-3, IGO, NGO). A record's",
        "source (target) is right when one of its gold actors is. Event types come with event coding."
      })
  static final class Plover implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.json")
    Path file;

    @Option(names = "--errors", description = "List every miss.")
    boolean errors;

    @Mixin ConfigOptions configOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<PloverGold.Record> records;
      try {
        records = PloverGold.read(file);
      } catch (IOException e) {
        throw new ConfigException(file + ": cannot read: " + e.getMessage());
      }
      PloverActorEvaluation.Result r = new PloverActorEvaluation(Pipeline.fromConfig(configOptions.toConfig())).run(records);
      out.printf(Locale.ROOT, "records           %d%n", r.records());
      out.printf(Locale.ROOT, "source code       %.3f (%d/%d records)%n", r.sourceAccuracy(), r.sourceRight(), r.sourceRecords());
      out.printf(Locale.ROOT, "target code       %.3f (%d/%d records)%n", r.targetAccuracy(), r.targetRight(), r.targetRecords());
      out.printf(Locale.ROOT, "per gold actor    %.3f (%d/%d; an actor found at %d)%n", r.actorAccuracy(), r.actorsRight(), r.actors(), r.actorsFound());
      if (errors) {
        for (PloverActorEvaluation.Miss m : r.misses()) {
          out.printf("%s %s '%s': gold %s, got %s | %s%n", m.recordId(), m.role(), m.text(), m.gold(), m.predicted() == null ? "no actor" : m.predicted(), m.sentence());
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
