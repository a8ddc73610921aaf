package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.config.ConfigException;
import org.sitrep.config.SitrepConfig;
import org.sitrep.corpus.ArticleKey;
import org.sitrep.corpus.Ingester;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadItem;
import org.sitrep.read.web.UrlArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: polls feeds and ingests their new items. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = {
  "Polls RSS and Atom feeds and ingests their new items into the corpus, fetching an item's page " +
      "when the feed carries only a teaser. An item already stored is never fetched or stored again, " +
      "so a restarted watch goes on where it left off. Stop it with Ctrl-C (a poll in progress stores " +
      "each article whole or not at all)."
})
final class WatchCommand implements Callable<Integer> {

  private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([smhd])");

  @Parameters(paramLabel = "FEEDS_FILE", description = "A text file with one feed URL per line; blank lines and lines starting with # are ignored.")
  Path feedsFile;

  @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "10m", description = "Time between polls: 30s, 10m, 2h, 1d (at least 30s). Default: ${DEFAULT-VALUE}.")
  String every;

  @Option(names = "--once", description = "Poll once and exit (for cron or a test).")
  boolean once;

  @Mixin DbOption db;

  @Mixin WebOptions web;

  @Mixin ConfigOptions configOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Duration interval = interval(every);
    List<String> feeds = feeds(feedsFile);
    SitrepConfig config = configOptions.toConfig();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline[] pipeline = new Pipeline[1];
    try (SqliteStore store = db.open(false)) {
      Ingester ingester = new Ingester(store, () -> {
        // Loaded once, at the first article that needs it, and kept for every poll after.
        if (pipeline[0] == null) {
          pipeline[0] = Pipeline.fromConfig(config);
        }
        return pipeline[0];
      }, config.threads(), config.clustering());
      UrlArticleReader reader = web.reader(config.readLimits(), line -> {
        err.println(line);
        err.flush();
      });
      int failedPolls = 0;
      while (true) {
        for (String feed : feeds) {
          IngestCommand.IngestTally tally = new IngestCommand.IngestTally();
          List<ReadItem> items = reader.read(feed, link -> !store.contains(ArticleKey.ofUrl(link)));
          ingester.ingest(items.stream(), outcome -> tally.count(outcome, line -> {
            err.println(line);
            err.flush();
          }));
          out.printf(Locale.ROOT, "%s %s: %d new article%s, %d already stored, %d failed%n", Instant.now().toString().substring(0, 19) + "Z", feed,
              tally.stored(), tally.stored() == 1 ? "" : "s", tally.alreadyStored(), tally.failed());
          out.flush();
          failedPolls += tally.failed() > 0 ? 1 : 0;
        }
        if (once) {
          return failedPolls == 0 ? ExitCode.OK : ExitCode.PARTIAL;
        }
        Thread.sleep(interval.toMillis());
      }
    }
  }

  static Duration interval(String text) {
    Matcher m = INTERVAL.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ConfigException("--every: not an interval like 30s, 10m, 2h or 1d: '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
    if (d.compareTo(Duration.ofSeconds(30)) < 0) {
      throw new ConfigException("--every: at least 30s between polls, to be polite to the feeds' servers; got " + text);
    }
    return d;
  }

  static List<String> feeds(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    List<String> feeds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!ArticleReaders.isUrl(line)) {
        throw new ConfigException(file + ":" + (i + 1) + ": not an http(s) URL: '" + line + "'");
      }
      feeds.add(line);
    }
    if (feeds.isEmpty()) {
      throw new ConfigException(file + ": no feed URLs in it");
    }
    return feeds;
  }
}
