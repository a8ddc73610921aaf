package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.corpus.CorpusJson;
import org.sitrep.corpus.CorpusStore;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.corpus.StoryMarkdown;
import org.sitrep.corpus.StoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep story ID}: one story's brief, timeline, conflict–cooperation index, actors and sources. */
@Command(name = "story", mixinStandardHelpOptions = true, description = {
  "Prints one story: its brief from all its articles, a timeline of its events in time order " +
      "(one entry per event, listing every outlet that reported it), its conflict–cooperation index, " +
      "its actors and its sources. A story merged into another leads to that one."
})
final class StoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The story's id, as sitrep stories lists it.")
  long id;

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown", description = "markdown or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Mixin DbOption db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteStore store = db.open(true)) {
      CorpusStore.StoredStory story = store.story(id).orElseThrow(() -> new ConfigException("no story " + id + " in " + db.file));
      StoryReport report = StoryReport.of(story, store.articlesOf(story.id()));
      out.print(format == OutputFormat.json ? CorpusJson.line(report) + "\n" : StoryMarkdown.render(report));
    }
    out.flush();
    return ExitCode.OK;
  }
}
