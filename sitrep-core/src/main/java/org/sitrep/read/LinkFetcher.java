package org.sitrep.read;

/** Fetches the page a feed item links to and reads its article; the web layer supplies one. */
@FunctionalInterface
public interface LinkFetcher {
  /** The article at {@code url}, or the problem (naming {@code origin}) that prevents reading it. */
  ReadItem fetch(String origin, String url);
}
