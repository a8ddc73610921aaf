package org.sitrep.cli;

import java.util.function.Consumer;
import org.sitrep.read.ReadLimits;
import org.sitrep.read.web.FetchSettings;
import org.sitrep.read.web.PoliteFetcher;
import org.sitrep.read.web.UrlArticleReader;
import picocli.CommandLine.Option;

/** How the commands that read web addresses fetch them. */
final class WebOptions {

  @Option(names = "--allow-private", description = "Allow fetching loopback, private and link-local addresses (refused by default: a URL must not reach into your own network).")
  boolean allowPrivate;

  @Option(names = "--ignore-robots", description = "Fetch pages robots.txt disallows (it is respected by default).")
  boolean ignoreRobots;

  /** A reader of web addresses; each warning (a robots.txt that failed, say) goes to {@code warnings} as one line. */
  UrlArticleReader reader(ReadLimits limits, Consumer<String> warnings) {
    return new UrlArticleReader(fetcher(warnings), limits);
  }

  /** A fetcher with these options. */
  PoliteFetcher fetcher(Consumer<String> warnings) {
    FetchSettings settings = FetchSettings.DEFAULT.withAllowPrivate(allowPrivate).withRespectRobots(!ignoreRobots);
    return new PoliteFetcher(settings, line -> warnings.accept("sitrep: warning: " + line));
  }
}
