package org.sitrep.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadLimits;
import org.sitrep.read.ReadProblem;

/**
 * Reads a news article out of an HTML page: its main text (boilerplate, navigation and comments
 * left out) and its metadata. Never throws on bad HTML.
 */
public final class HtmlArticleReader {

  /** JSON-LD's {@code articleBody} wins when the page's own text is this much shorter (a paywall teaser). */
  static final double TEASER_SHARE = 0.6;

  private HtmlArticleReader() {}

  /** A page read: its main text's paragraphs and its metadata. */
  public record Page(List<String> paragraphs, PageMetadata metadata) {
    public String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  /**
   * The article in the page, or the problem that prevents reading one (no article text found, say).
   *
   * @param origin where the page came from, for messages (a file, a URL, a WARC record)
   * @param html the page's bytes
   * @param charset the charset the transport declared (HTTP header), or null to detect it from the page
   * @param url the page's URL when known (a base for relative links, a source of the date), or null
   */
  public static ReadItem read(String origin, byte[] html, Charset charset, String url, ReadLimits limits) {
    Page page = page(html, charset, url);
    String body = page.text();
    if (body.isBlank()) {
      return ReadProblem.error(origin, "no article text found in the HTML page");
    }
    if (body.length() > limits.maxArticleChars()) {
      return ReadProblem.error(origin, "article text has " + body.length() + " characters, more than the limit of " + limits.maxArticleChars());
    }
    PageMetadata m = page.metadata();
    String title = m.title().present() ? m.title().value().replaceAll("\\s+", " ").strip() : "";
    return new Article(origin, title, List.of(), body, m.canonicalUrl().value(), m.siteName().value(), m.published().value());
  }

  /** The page's main text and metadata. */
  public static Page page(byte[] html, Charset charset, String url) {
    Document document = parse(html, charset, url);
    PageMetadata metadata = MetadataReader.read(document, url);
    List<String> paragraphs = MainTextExtractor.paragraphs(document);
    List<String> fromJsonLd = paragraphsOf(metadata.body());
    int extracted = length(paragraphs);
    if (!fromJsonLd.isEmpty() && extracted < length(fromJsonLd) * TEASER_SHARE) {
      paragraphs = fromJsonLd;
    }
    return new Page(List.copyOf(paragraphs), metadata);
  }

  private static Document parse(byte[] html, Charset charset, String url) {
    String base = url == null ? "" : url;
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), base);
    } catch (IOException | RuntimeException e) {
      // An unknown declared charset or a broken stream: read as UTF-8 and let the text speak.
      return Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8), base);
    }
  }

  /** JSON-LD's article body as paragraphs: it may hold plain text with line breaks or escaped HTML. */
  private static List<String> paragraphsOf(String body) {
    List<String> paragraphs = new ArrayList<>();
    if (body == null || body.isBlank()) {
      return paragraphs;
    }
    if (body.contains("</p>") || body.contains("<br")) {
      for (BlockText.Block block : BlockText.of(Jsoup.parseBodyFragment(body).body())) {
        paragraphs.add(block.text());
      }
      return paragraphs;
    }
    for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
      String text = p.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return paragraphs;
  }

  private static int length(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }
}
