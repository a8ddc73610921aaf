package org.sitrep.read;

/** Fetches the page a feed item links to and reads its article; the web layer supplies one. */
@FunctionalInterface
public interface LinkFetcher {
  /**
   * The article at {@code url}, the problem (naming {@code origin}) that prevents reading it, or
   * null to leave the item out without a word (a watcher skipping what it already has).
   */
  ReadItem fetch(String origin, String url);
}
