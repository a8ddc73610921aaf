package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.config.SitrepConfig;
import org.sitrep.corpus.CorpusStore;
import org.sitrep.corpus.Ingester;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.ReadItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: analyses articles and stores them in the corpus, grouped into stories. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles and stores them with their analyses in the corpus database, linking " +
          "near-duplicates to the article they copy and grouping the rest into stories.",
      "Each article is stored in one transaction; articles already stored are skipped, so " +
          "running it again after an interruption stores only what is missing.",
      "Exit code: 0 all stored or already there, 1 some inputs failed, 2 nothing stored or usage error."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin ProgressOption progressOption;

  @Mixin DbOption db;

  @Mixin ConfigOptions configOptions;

  @Spec CommandSpec spec;

  @Mixin ArticleInputs inputs;

  @Override
  public Integer call() {
    SitrepConfig config = configOptions.toConfig();
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progressLine = progressOption.line(spec.commandLine().getErr());
    IngestTally tally = new IngestTally();
    try (SqliteStore store = db.open(false); Stream<ReadItem> items = inputs.read(config, progressLine::message)) {
      Ingester ingester = new Ingester(store, () -> {
        if (progressLine.enabled()) {
          progressLine.message("sitrep: loading NLP models…");
        }
        return Pipeline.fromConfig(config);
      }, config.threads(), config.clustering());
      progressLine.start();
      ingester.ingest(items, outcome -> {
        tally.count(outcome, progressLine::message);
        progressLine.update(tally.done(), tally.failed());
      });
      progressLine.clear();
      CorpusStore.CorpusCounts counts = store.counts();
      out.printf("Stored %d new article%s (%d as copies of stored articles), %d new stor%s; %d already stored; %d failed.%n",
          tally.stored(), tally.stored() == 1 ? "" : "s", tally.copies(), tally.newStories(), tally.newStories() == 1 ? "y" : "ies", tally.alreadyStored(), tally.failed());
      out.printf("%s now holds %d articles (%d copies) in %d stories.%n", db.file, counts.articles(), counts.duplicates(), counts.stories());
    } finally {
      progressLine.clear();
      out.flush();
    }
    return tally.exitCode();
  }

  /** Counts the outcomes of an ingest and reports each problem in one line. */
  static final class IngestTally {
    private final BatchTally problems = new BatchTally();
    private long stored;
    private long copies;
    private long newStories;
    private long alreadyStored;

    void count(Ingester.Outcome outcome, java.util.function.Consumer<String> report) {
      if (outcome instanceof Ingester.Stored s) {
        stored++;
        copies += s.duplicate() ? 1 : 0;
        newStories += s.newStory() ? 1 : 0;
      } else if (outcome instanceof Ingester.AlreadyStored) {
        alreadyStored++;
      } else if (outcome instanceof Ingester.NotStored n) {
        problems.count(n.reason(), report);
      }
    }

    long done() {
      return stored + alreadyStored;
    }

    long stored() {
      return stored;
    }

    long copies() {
      return copies;
    }

    long newStories() {
      return newStories;
    }

    long alreadyStored() {
      return alreadyStored;
    }

    long failed() {
      return problems.failed();
    }

    int exitCode() {
      return ExitCode.of(done(), failed());
    }
  }
}
