package org.sitrep.read.html;

import java.nio.charset.Charset;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadLimits;
import org.sitrep.read.ReadProblem;

/**
 * Reads a news article out of an HTML page: its main text (boilerplate, navigation and comments
 * left out) and its metadata. Never throws on bad HTML.
 */
public final class HtmlArticleReader {

  private HtmlArticleReader() {}

  /**
   * The article in the page, or the problem that prevents reading one (no article text found, say).
   *
   * @param origin where the page came from, for messages (a file, a URL, a WARC record)
   * @param html the page's bytes
   * @param charset the charset the transport declared (HTTP header), or null to detect it from the page
   * @param url the page's URL when known (a base for relative links, a source of the date), or null
   */
  public static ReadItem read(String origin, byte[] html, Charset charset, String url, ReadLimits limits) {
    return ReadProblem.error(origin, "HTML reading is not built yet");
  }
}
