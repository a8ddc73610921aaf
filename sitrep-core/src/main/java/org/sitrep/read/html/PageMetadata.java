package org.sitrep.read.html;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a page says about its article, each value with where it was found ("json-ld",
 * "meta article:published_time", "time element", "url", ...), so that a user can see why.
 *
 * @param body the article text JSON-LD gives ({@code articleBody}), or null
 */
public record PageMetadata(
    Sourced<String> title,
    Sourced<OffsetDateTime> published,
    Sourced<List<String>> authors,
    Sourced<String> siteName,
    Sourced<String> canonicalUrl,
    Sourced<String> language,
    String body) {

  /** A value and where it came from; {@link #NONE} when nothing was found. */
  public record Sourced<T>(T value, String source) {
    @SuppressWarnings("rawtypes")
    static final Sourced NONE = new Sourced<>(null, null);

    @SuppressWarnings("unchecked")
    static <T> Sourced<T> none() {
      return NONE;
    }

    boolean present() {
      return value != null;
    }
  }
}
