package org.sitrep.read;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One news article as a reader found it, before any analysis.
 *
 * <p>Readers normalise what they read: the title and each key point are single lines with runs of
 * white space collapsed; the body is a list of paragraphs joined by one blank line ({@code "\n\n"}),
 * each paragraph a single line. Line endings are {@code \n}, the byte-order mark is gone.
 *
 * @param origin where the article came from, for messages: a file path, or {@code path:line} for
 *     JSON Lines
 * @param title the headline; empty when the source has none (many feeds and data sets do not)
 * @param keyPoints the article's own bullet points, in order; often empty
 * @param body the article text, never blank
 * @param url where the article was published, or null
 * @param outlet the publisher's name, or null
 * @param published when the article was published, or null
 */
public record Article(
    String origin,
    String title,
    List<String> keyPoints,
    String body,
    String url,
    String outlet,
    OffsetDateTime published)
    implements ReadItem {

  public Article {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(title, "title must not be null (use \"\" when there is none)");
    keyPoints = List.copyOf(keyPoints);
    Objects.requireNonNull(body, "body");
    if (body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank (origin " + origin + ")");
    }
  }

  /** An article with only a title and a body. */
  public static Article of(String origin, String title, String body) {
    return new Article(origin, title, List.of(), body, null, null, null);
  }
}
