package org.sitrep.cli;

import org.sitrep.config.ConfigException;
import picocli.CommandLine.Option;

/** The options of the commands that list what the corpus holds. */
final class ListingOptions {

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown", description = "markdown, or json (one object per line). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many. Default: ${DEFAULT-VALUE}.")
  int limit;

  /** The limit, checked. */
  int limit() {
    if (limit < 1) {
      throw new ConfigException("--limit must be at least 1, got " + limit);
    }
    return limit;
  }
}
