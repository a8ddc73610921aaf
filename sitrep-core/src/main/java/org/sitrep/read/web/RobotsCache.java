package org.sitrep.read.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each site, loaded once per scheme, host and port (robots.txt applies to
 * exactly one such origin) and kept for the life of the cache.
 *
 * <p>Thread-safe: when several threads need the same site's rules, one loads them and the others
 * wait for its result instead of fetching robots.txt again.
 */
final class RobotsCache {

  private final Function<URI, RobotsRules> loader;
  private final ConcurrentMap<URI, CompletableFuture<RobotsRules>> byRobotsUri =
      new ConcurrentHashMap<>();

  /**
   * @param loader fetches and reads a robots.txt URL, deciding itself what a failure means (allow
   *     all, disallow all)
   */
  RobotsCache(Function<URI, RobotsRules> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** The rules for the site {@code page} is on. */
  RobotsRules rulesFor(URI page) {
    URI robots = robotsUri(page);
    CompletableFuture<RobotsRules> mine = new CompletableFuture<>();
    CompletableFuture<RobotsRules> theirs = byRobotsUri.putIfAbsent(robots, mine);
    if (theirs != null) {
      try {
        return theirs.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    try {
      RobotsRules rules = loader.apply(robots);
      mine.complete(rules);
      return rules;
    } catch (RuntimeException e) {
      byRobotsUri.remove(robots, mine); // let a later fetch try again
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /**
   * {@code http://Example.com:80/a?b} → {@code http://example.com/robots.txt}: one URL per
   * origin, so it can key the cache.
   */
  static URI robotsUri(URI page) {
    String scheme = page.getScheme().toLowerCase(Locale.ROOT);
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int port = page.getPort() == defaultPort ? -1 : page.getPort();
    try {
      return new URI(scheme, null, page.getHost().toLowerCase(Locale.ROOT), port, "/robots.txt",
          null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL with a host: " + page, e);
    }
  }
}
