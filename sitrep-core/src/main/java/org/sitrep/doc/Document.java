package org.sitrep.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.read.Article;

/**
 * One article under analysis: its immutable canonical text and the annotation layers stages add.
 *
 * <p>The canonical text is the title, a blank line, the key points one per line as {@code "- "}
 * bullets, a blank line, then the body paragraphs separated by blank lines. Sections that are
 * empty are left out with their blank line. Every layer addresses this text by {@link Span}
 * offsets, so a mention's {@code span.of(text())} is exactly the words it stands for.
 *
 * <p>Lifecycle: a document is created from an {@link Article}, then handed to each pipeline
 * stage in turn by one thread; each stage adds its layers with {@link #put} and never replaces
 * another's. A document is not meant to be shared between threads while stages run.
 */
public final class Document {
  private static final String BULLET = "- ";

  private final Article article;
  private final String text;
  private final String id;
  private final Span title;
  private final List<Span> keyPoints;
  private final Span body;
  private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();

  private Document(Article article) {
    this.article = article;
    StringBuilder sb = new StringBuilder();
    title = append(sb, article.title());
    List<Span> points = new ArrayList<>();
    for (String point : article.keyPoints()) {
      separate(sb, points.isEmpty() ? "\n\n" : "\n");
      sb.append(BULLET);
      points.add(append(sb, point));
    }
    keyPoints = List.copyOf(points);
    separate(sb, "\n\n");
    body = append(sb, article.body());
    text = sb.toString();
    id = contentId(text);
  }

  /** The document of an article, with no layers yet. */
  public static Document of(Article article) {
    return new Document(article);
  }

  private static void separate(StringBuilder sb, String separator) {
    if (sb.length() > 0) {
      sb.append(separator);
    }
  }

  private static Span append(StringBuilder sb, String part) {
    int start = sb.length();
    sb.append(part);
    return new Span(start, sb.length());
  }

  /** A stable id: the first 16 hex digits of the SHA-256 of the canonical text. */
  private static String contentId(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  public String id() {
    return id;
  }

  public Article article() {
    return article;
  }

  /** The canonical text all offsets index into. */
  public String text() {
    return text;
  }

  public String text(Span span) {
    return span.of(text);
  }

  /** Where the title is; empty (at 0) when the article has none. */
  public Span titleSpan() {
    return title;
  }

  /** Where each key point is, without its bullet. */
  public List<Span> keyPointSpans() {
    return keyPoints;
  }

  /** Where the body is. */
  public Span bodySpan() {
    return body;
  }

  /**
   * Adds a layer.
   *
   * @throws IllegalStateException if the layer is already there: stages never replace each other's
   *     layers
   */
  public <T> void put(Layer<T> layer, T value) {
    if (layers.putIfAbsent(layer, value) != null) {
      throw new IllegalStateException("layer '" + layer + "' is already set on document " + id);
    }
  }

  public <T> Optional<T> get(Layer<T> layer) {
    return Optional.ofNullable(layer.cast(layers.get(layer)));
  }

  /**
   * The value of a layer an earlier stage must have added.
   *
   * @throws IllegalStateException naming the layer when it is missing
   */
  public <T> T require(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException(
          "layer '" + layer + "' is missing on document " + id + ": the stage that adds it must run first");
    }
    return layer.cast(value);
  }
}
