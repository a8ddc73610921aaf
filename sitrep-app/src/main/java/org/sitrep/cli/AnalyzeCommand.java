package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.analysis.AnalysisAssembler;
import org.sitrep.analysis.AnalysisJson;
import org.sitrep.analysis.AnalysisMarkdown;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep analyze}: analyses articles and prints one result per article. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles and prints one result per article, in input order.",
      "Exit code: 0 all analysed, 1 some inputs failed, 2 nothing analysed or usage error."
    })
final class AnalyzeCommand implements Callable<Integer> {

  enum Format {
    json,
    markdown
  }

  @Option(names = "--format", paramLabel = "json|markdown", defaultValue = "json", description = "json (one object per line) or markdown. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin ProgressOption progressOption;

  @Mixin ConfigOptions configOptions;

  @Spec CommandSpec spec;

  @Mixin ArticleInputs inputs;

  @Override
  public Integer call() {
    SitrepConfig config = configOptions.toConfig();
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progressLine = progressOption.line(spec.commandLine().getErr());
    BatchTally tally = new BatchTally();
    try (Stream<ReadItem> items = inputs.read(config, progressLine::message)) {
      Iterator<ReadItem> it = items.iterator();
      // Report unreadable inputs before the models load, and skip loading when nothing is readable.
      Article first = Inputs.firstArticle(it, problem -> tally.count(problem, progressLine::message));
      if (first == null) {
        return tally.exitCode();
      }
      if (progressLine.enabled()) {
        progressLine.message("sitrep: loading NLP models…");
      }
      Pipeline pipeline = Pipeline.fromConfig(config);
      progressLine.start();
      Function<Document, String> render = format == Format.json
          ? d -> AnalysisJson.line(AnalysisAssembler.assemble(d))
          : d -> AnalysisMarkdown.render(AnalysisAssembler.assemble(d));
      new BatchRunner<>(pipeline, config.threads(), render)
          .run(Inputs.streamOf(first, it), outcome -> {
            if (outcome instanceof BatchRunner.Analysed<String> analysed) {
              if (format == Format.markdown && tally.analysed() > 0) {
                out.print("\n---\n\n");
              }
              out.println(analysed.result());
              out.flush();
            }
            tally.count(outcome, progressLine::message);
            progressLine.update(tally.analysed(), tally.failed());
          });
    } finally {
      progressLine.clear();
      out.flush();
    }
    return tally.exitCode();
  }
}
