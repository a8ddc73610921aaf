package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.eval.BriefEvaluation;
import org.sitrep.eval.PloverEvaluation;
import org.sitrep.eval.PloverEventScore;
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
    subcommands = {EvalCommand.Plover.class, EvalCommand.Briefs.class, EvalCommand.Stories.class, EvalCommand.Extraction.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name an evaluation: plover, briefs");
  }

  /** {@code sitrep eval plover FILE}: actor codes on the PLOVER gold-standard records. */
  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = {
        "The PLOVER evaluation. Events: the event coded from each record's sentence (the one whose " +
            "word is among the gold event words, else the first): its type, and its source and target " +
            "codes (right when one of the record's gold actors has it). Actors: for each gold source and " +
            "target actor, whether the actor Sitrep resolves at its words has the gold code."
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
      PloverEvaluation.Result r = new PloverEvaluation(Pipeline.fromConfig(configOptions.toConfig())).run(records);
      PloverEventScore ev = r.events();
      out.printf(Locale.ROOT, "records           %d%n", r.records());
      out.printf(Locale.ROOT, "events: type     %.3f%n", ev.typeAccuracy());
      out.printf(Locale.ROOT, "events: source   %.3f%n", ev.sourceAccuracy());
      out.printf(Locale.ROOT, "events: target   %.3f   (%s)%n", ev.targetAccuracy(), ev.counts());
      out.println("confusion (gold type: predicted counts), worst first:");
      ev.confusion().entrySet().stream()
          .sorted(java.util.Comparator.comparingDouble(e -> accuracy(e.getKey(), e.getValue())))
          .forEach(e -> out.printf(Locale.ROOT, "  %-10s %.2f  %s%n", e.getKey(), accuracy(e.getKey(), e.getValue()), e.getValue()));
      out.println("actors:");
      out.printf(Locale.ROOT, "actors: source   %.3f (%d/%d records)%n", r.sourceAccuracy(), r.sourceRight(), r.sourceRecords());
      out.printf(Locale.ROOT, "actors: target   %.3f (%d/%d records)%n", r.targetAccuracy(), r.targetRight(), r.targetRecords());
      out.printf(Locale.ROOT, "actors: each     %.3f (%d/%d; an actor found at %d)%n", r.actorAccuracy(), r.actorsRight(), r.actors(), r.actorsFound());
      if (errors) {
        ev.misses().forEach(m -> out.println("event " + m));
        for (PloverEvaluation.Miss m : r.misses()) {
          out.printf("%s %s '%s': gold %s, got %s | %s%n", m.recordId(), m.role(), m.text(), m.gold(), m.predicted() == null ? "no actor" : m.predicted(), m.sentence());
        }
      }
      out.flush();
      return ExitCode.OK;
    }

    private static double accuracy(String gold, java.util.Map<String, Integer> predicted) {
      int total = predicted.values().stream().mapToInt(Integer::intValue).sum();
      return total == 0 ? 0 : predicted.getOrDefault(gold, 0) / (double) total;
    }
  }

  /** {@code sitrep eval briefs PATH...}: ROUGE of briefs against reference summaries, with baselines. */
  @Command(
      name = "briefs",
      mixinStandardHelpOptions = true,
      description = {
        "ROUGE F-measures (x100, rouge_score's rules) of Sitrep's briefs and of baselines computed " +
            "in the same run. A .jsonl file is read as CNN/DailyMail ({\"id\",\"body\",\"highlights\"}): " +
            "key points vs highlights, with Lead-3 and TextRank-3. A folder is read as the BBC set " +
            "(article/ and summary/): the headline vs the real one (line 1, hidden from the input), and " +
            "the condensed body vs the reference summary with Lead and TextRank at the body's length."
      })
  static final class Briefs implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "cnndm-test-250.jsonl and/or the bbc-summaries folder")
    List<Path> paths;

    @Option(names = "--stem", description = "Porter-stem tokens longer than three characters, as rouge_score's use_stemmer.")
    boolean stem;

    @Mixin ConfigOptions configOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Path p : paths) {
        if (!java.nio.file.Files.exists(p)) {
          throw new ConfigException(p + ": no such file or directory");
        }
      }
      org.sitrep.config.SitrepConfig config = configOptions.toConfig();
      BriefEvaluation evaluation = new BriefEvaluation(Pipeline.fromConfig(config), config.threads(), stem);
      ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), Terminal.stderrIsTerminal());
      for (Path p : paths) {
        progress.start();
        java.util.function.IntConsumer tick = done -> {
          synchronized (progress) {
            progress.update(done, 0);
          }
        };
        List<BriefEvaluation.Table> tables;
        try {
          tables = java.nio.file.Files.isDirectory(p) ? evaluation.bbc(p, tick) : List.of(evaluation.cnnDm(p, tick));
        } catch (IOException e) {
          throw new ConfigException(p + ": cannot read: " + e.getMessage());
        }
        progress.clear();
        tables.forEach(t -> print(out, t));
      }
      out.flush();
      return ExitCode.OK;
    }

    private void print(PrintWriter out, BriefEvaluation.Table t) {
      out.printf(Locale.ROOT, "%s (%d articles%s)%n", t.name(), t.articles(), stem ? ", stemmed" : "");
      out.printf(Locale.ROOT, "  %-26s %8s %8s %10s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum");
      t.systems().forEach((name, s) -> out.printf(Locale.ROOT, "  %-26s %8.2f %8.2f %10.2f%n", name, s.rouge1(), s.rouge2(), s.rougeLsum()));
      out.printf(Locale.ROOT, "  Sitrep vs %s, per article (mean of the three F): %d wins, %d ties, %d losses (win rate %.1f%%)%n%n",
          t.baseline(), t.wins(), t.ties(), t.losses(), t.articles() == 0 ? 0 : 100.0 * t.wins() / t.articles());
    }
  }

  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description = {
        "Pairwise and B-cubed precision, recall and F1 of story clustering on a labelled set: a folder " +
            "with one subfolder per story. The articles are ingested into a fresh temporary database as " +
            "sitrep ingest would (the folder names are not seen), then the stories found are compared."
      })
  static final class Stories implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The labelled set, e.g. examples/stories")
    Path dir;

    @Option(names = "--keep-db", paramLabel = "FILE", description = "Ingest into this new database and keep it, to look at the stories with sitrep story.")
    Path keepDb;

    @Mixin ConfigOptions configOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!java.nio.file.Files.isDirectory(dir)) {
        throw new ConfigException(dir + ": not a folder");
      }
      if (keepDb != null && java.nio.file.Files.exists(keepDb)) {
        throw new ConfigException(keepDb + ": already exists; give a new file for --keep-db");
      }
      org.sitrep.config.SitrepConfig config = configOptions.toConfig();
      Path tempDir = keepDb == null ? java.nio.file.Files.createTempDirectory("sitrep-eval-stories") : null;
      Path db = keepDb != null ? keepDb : tempDir.resolve("eval.db");
      ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), Terminal.stderrIsTerminal());
      IngestCommand.IngestTally tally = new IngestCommand.IngestTally();
      try {
        progress.start();
        org.sitrep.eval.StoryEvaluation.Result result;
        try {
          result = org.sitrep.eval.StoryEvaluation.run(dir, db, Pipeline.fromConfig(config), config.threads(), config.clustering(), config.readLimits(), outcome -> {
            tally.count(outcome, progress::message);
            progress.update(tally.done(), tally.failed());
          });
        } catch (IllegalArgumentException e) {
          throw new ConfigException(e.getMessage());
        }
        progress.clear();
        spec.commandLine().getOut().print(org.sitrep.eval.StoryEvaluation.report(result));
        spec.commandLine().getOut().flush();
      } finally {
        progress.clear();
        if (tempDir != null) {
          try (var files = java.nio.file.Files.list(tempDir)) {
            for (Path f : files.toList()) {
              java.nio.file.Files.deleteIfExists(f);
            }
          }
          java.nio.file.Files.deleteIfExists(tempDir);
        }
      }
      return tally.failed() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }
  }

  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Main-text extraction on the ScrapingHub article-extraction benchmark (ground-truth.json and " +
            "html/*.html.gz): F1, precision and recall as ScrapingHub defines them (4-token shingles, per-page " +
            "means), pages per second on one thread, and the worst pages."
      })
  static final class Extraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/eval/article-extraction/scrapinghub")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "How many of the worst pages to list. Default: ${DEFAULT-VALUE}.")
    int worst;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (!java.nio.file.Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        throw new ConfigException(dir + ": no ground-truth.json (give the ScrapingHub benchmark folder)");
      }
      org.sitrep.eval.ExtractionEvaluation.Result r;
      try {
        r = org.sitrep.eval.ExtractionEvaluation.run(dir, Math.max(0, worst));
      } catch (IOException e) {
        throw new ConfigException(dir + ": cannot read: " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "Extraction: %d pages%n  F1 %.3f  precision %.3f  recall %.3f%n  %.0f pages/s (one thread, extraction and metadata)%n", r.pages(), r.f1(), r.precision(), r.recall(), r.pagesPerSecond());
      if (!r.worst().isEmpty()) {
        out.println("Worst pages (F1, precision, recall, characters extracted / expected):");
        for (org.sitrep.eval.ExtractionEvaluation.PageResult p : r.worst()) {
          out.printf(Locale.ROOT, "  %.3f %.3f %.3f %6d / %-6d %s%n", p.score().f1(), p.score().precision(), p.score().recall(), p.extractedChars(), p.expectedChars(), p.url());
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
