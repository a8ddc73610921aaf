package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.corpus.CorpusJson;
import org.sitrep.corpus.CorpusStore.SearchQuery;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.corpus.StoredArticle;
import org.sitrep.events.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: stored articles by words, actor, event type and date. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
  "Finds stored articles, the most recent first. All criteria given must hold: every word of " +
      "QUERY (\"quoted words\" as a phrase; words match their inflections), an actor whose name " +
      "contains NAME or whose CAMEO code is NAME, an event of the PLOVER type, a date range.",
  "Exit code: 0 found some, 1 found none, 2 usage error."
})
final class SearchCommand implements Callable<Integer> {

  /** Wire format of one hit. */
  record Hit(long article, long story, String published, String outlet, String title, String url) {}

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to find in titles and bodies.")
  String query;

  @Option(names = "--actor", paramLabel = "NAME", description = "An actor's name or part of it (Lavrov), or a CAMEO actor code (RUSGOV).")
  String actor;

  @Option(names = "--type", paramLabel = "PLOVER_TYPE", description = "Articles with an event of this PLOVER type, e.g. REJECT.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day (UTC) or date-time.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (UTC) or date-time.")
  String to;

  @Mixin ListingOptions listing;

  @Mixin DbOption db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (blank(query) && blank(actor) && blank(type) && from == null && to == null) {
      throw new ConfigException("give a QUERY or at least one of --actor, --type, --from, --to");
    }
    if (!blank(type) && !Event.PLOVER_TYPES.contains(type.strip().toUpperCase(Locale.ROOT))) {
      throw new ConfigException("--type: not a PLOVER event type: '" + type + "' (known: " + String.join(", ", Event.PLOVER_TYPES) + ")");
    }
    SearchQuery q = new SearchQuery(query, actor, type, DateArgument.start("--from", from), DateArgument.endExclusive("--to", to), listing.limit());
    PrintWriter out = spec.commandLine().getOut();
    List<StoredArticle> hits;
    try (SqliteStore store = db.open(true)) {
      hits = store.search(q);
    }
    for (StoredArticle a : hits) {
      if (listing.format == OutputFormat.json) {
        out.println(CorpusJson.line(new Hit(a.id(), a.storyId(), a.published(), a.outlet(), a.title(), a.url())));
      } else {
        out.printf("- %s · %s · %s · story %d [article %d]%n", a.published() == null ? "undated" : a.published(),
            a.outlet() == null ? "?" : a.outlet(), a.title().isBlank() ? "(untitled)" : a.title(), a.storyId(), a.id());
      }
    }
    if (hits.isEmpty() && listing.format == OutputFormat.markdown) {
      out.println("No articles found.");
    }
    out.flush();
    return hits.isEmpty() ? ExitCode.PARTIAL : ExitCode.OK;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
