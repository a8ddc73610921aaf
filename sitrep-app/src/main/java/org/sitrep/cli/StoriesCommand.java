package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.corpus.CorpusJson;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.corpus.StoryMarkdown;
import org.sitrep.corpus.StoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stories}: the stories in the corpus, the most recently active first. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = {"Lists the stories in the corpus, the most recently active first.", "JSON gives each story in full: brief, timeline, index, actors and sources."})
final class StoriesCommand implements Callable<Integer> {

  @Option(names = "--since", paramLabel = "DATE", description = "Only stories with an article from this day (YYYY-MM-DD, UTC) or date-time on.")
  String since;

  @Mixin ListingOptions listing;

  @Mixin DbOption db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int limit = listing.limit();
    Instant from = since == null ? Instant.EPOCH : DateArgument.start("--since", since);
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteStore store = db.open(true)) {
      List<StoryReport> reports = store.stories(from, limit).stream().map(s -> StoryReport.of(s, store.articlesOf(s.id()))).toList();
      if (listing.format == OutputFormat.json) {
        reports.forEach(r -> out.println(CorpusJson.line(r)));
      } else {
        out.print(StoryMarkdown.list(reports));
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
