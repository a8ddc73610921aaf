package org.sitrep.brief;

import java.util.List;
import org.sitrep.doc.Layer;

/**
 * What a reader reads first: the seed's shape of a headline, up to three key points and a
 * condensed body.
 *
 * @param headline one line
 * @param keyPoints one sentence each; three unless the article has fewer sentences
 * @param body the condensed body
 */
public record Brief(String headline, List<String> keyPoints, String body) {
  public static final Layer<Brief> LAYER = Layer.of("brief", Brief.class);

  public Brief {
    keyPoints = List.copyOf(keyPoints);
  }

  /** A brief of only a headline: the title, or the body when there is none, cut to {@code maxLength}. */
  public static Brief headlineOnly(String title, String body, int maxLength) {
    return new Brief(Headlines.cut(title.isBlank() ? body : title, maxLength), List.of(), "");
  }

  /** A brief of only a headline of the brief's usual length. */
  public static Brief headlineOnly(String title, String body) {
    return headlineOnly(title, body, HeadlineWriter.MAX_LENGTH);
  }
}
