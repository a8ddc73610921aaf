package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.config.ConfigException;
import org.sitrep.config.SitrepConfig;
import org.sitrep.eval.ThroughputBenchmark;
import org.sitrep.eval.ThroughputReport;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.read.Article;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench}: throughput of the pipeline and its cost over bare CoreNLP, in one run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures articles/s, tokens/s, mean ms per stage and peak heap, and runs the same texts " +
          "through bare CoreNLP (same annotators) to report the pipeline / CoreNLP time ratio.",
      "Untimed warm-up first; then rounds in the order pipeline, CoreNLP, CoreNLP, pipeline, ..."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--rounds", defaultValue = "2", description = "Measured passes of each side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin ConfigOptions configOptions;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles to benchmark on.")
  List<Path> inputs;

  @Override
  public Integer call() {
    SitrepConfig config = configOptions.toConfig();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!config.isEnabled(CoreNlpStage.NAME)) {
      throw new ConfigException("bench compares the pipeline with CoreNLP: the 'nlp' stage must be enabled");
    }
    if (rounds < 1) {
      throw new ConfigException("--rounds must be at least 1, got " + rounds);
    }
    BatchTally tally = new BatchTally();
    List<Article> articles = new ArrayList<>();
    try (Stream<ReadItem> items = ArticleReaders.read(inputs, config.readLimits())) {
      items.forEach(item -> {
        if (item instanceof Article article) {
          articles.add(article);
        } else {
          tally.count((ReadProblem) item, err::println);
        }
      });
    }
    if (articles.isEmpty()) {
      err.println("sitrep: no articles to benchmark");
      return ExitCode.NOTHING_DONE;
    }
    ThroughputReport report =
        new ThroughputBenchmark(config, line -> err.println("bench: " + line)).run(articles, rounds);
    out.print(format(report));
    out.flush();
    return tally.failed() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
  }

  static String format(ThroughputReport r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "articles          %d (%d tokens), %d threads, %d measured rounds%n", r.articles(), r.tokens(), r.threads(), r.rounds()));
    s.append(String.format(Locale.ROOT, "model load        %.1f s%n", r.modelLoadSeconds()));
    s.append(String.format(Locale.ROOT, "pipeline          %.2f articles/s, %.0f tokens/s (%.2f s)%n", r.articlesPerSecond(), r.tokensPerSecond(), r.pipelineSeconds()));
    s.append(String.format(Locale.ROOT, "bare CoreNLP      %.2f articles/s (%.2f s)%n", r.bareArticlesPerSecond(), r.bareSeconds()));
    s.append(String.format(Locale.ROOT, "ratio             %.3f (pipeline time / bare CoreNLP time)%n", r.ratio()));
    s.append("rounds (s)        pipeline ").append(seconds(r.pipelineRounds())).append(", bare ").append(seconds(r.bareRounds())).append('\n');
    s.append("mean ms/article per stage (per thread):\n");
    r.stageMeanMillis().forEach((stage, ms) -> s.append(String.format(Locale.ROOT, "  %-15s %8.2f%n", stage, ms)));
    s.append(String.format(Locale.ROOT, "peak heap         %.0f MB%n", r.peakHeapBytes() / 1e6));
    return s.toString();
  }

  private static String seconds(List<Double> rounds) {
    return rounds.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(java.util.stream.Collectors.joining(" "));
  }
}
