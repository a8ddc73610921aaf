package org.sitrep.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.sitrep.read.html.HtmlArticleReader;

/**
 * Reads the articles of an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME. An item whose feed
 * carries its full text ({@code content:encoded}, Atom content) is read from it; otherwise the
 * page it links to is fetched when a {@link LinkFetcher} is given, else its teaser stands in with a
 * warning.
 */
public final class FeedArticleReader {

  /** Words from which an item's own content counts as the full article rather than a teaser. */
  static final int FULL_TEXT_WORDS = 80;

  private FeedArticleReader() {}

  /** The articles of a feed file, without fetching. */
  static List<ReadItem> read(Path file, ReadLimits limits) {
    CappedFile content = CappedFile.read(file, limits, false);
    if (content.problem() != null) {
      return List.of(content.problem());
    }
    return read(file.toString(), content.bytes(), limits, null);
  }

  /**
   * The articles of a feed's bytes.
   *
   * @param fetcher fetches linked pages of items without full text, or null not to fetch
   */
  public static List<ReadItem> read(String origin, byte[] feed, ReadLimits limits, LinkFetcher fetcher) {
    SyndFeed parsed;
    try (InputStream in = new ByteArrayInputStream(feed); XmlReader xml = new XmlReader(in)) {
      SyndFeedInput input = new SyndFeedInput();
      // RSS 0.91 feeds carry Netscape's DOCTYPE. ROME still refuses external entities (tested), so
      // a feed cannot make us read local files.
      input.setAllowDoctypes(true);
      parsed = input.build(xml);
    } catch (Exception e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      return List.of(ReadProblem.error(origin, "not an RSS or Atom feed: " + reason));
    }
    List<ReadItem> items = new ArrayList<>();
    String outlet = parsed.getTitle() == null || parsed.getTitle().isBlank() ? null : parsed.getTitle().strip();
    int position = 0;
    for (SyndEntry entry : parsed.getEntries()) {
      position++;
      items.addAll(item(origin + "#item" + position, entry, outlet, limits, fetcher));
    }
    if (parsed.getEntries().isEmpty()) {
      items.add(ReadProblem.warning(origin, "the feed has no items"));
    }
    return items;
  }

  private static List<ReadItem> item(String origin, SyndEntry entry, String outlet, ReadLimits limits, LinkFetcher fetcher) {
    String link = entry.getLink() == null || entry.getLink().isBlank() ? null : entry.getLink().strip();
    String title = entry.getTitle() == null ? "" : entry.getTitle().replaceAll("\\s+", " ").strip();
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    OffsetDateTime published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    String full = text(entry.getContents());
    String teaser = entry.getDescription() == null ? "" : text(List.of(entry.getDescription()));
    if (words(full) >= FULL_TEXT_WORDS || words(teaser) >= FULL_TEXT_WORDS) {
      String body = words(full) >= words(teaser) ? full : teaser;
      return List.of(new Article(origin, title, List.of(), body, link, outlet, published));
    }
    if (fetcher != null && link != null) {
      ReadItem fetched = fetcher.fetch(origin, link);
      if (fetched == null) {
        return List.of();
      }
      if (fetched instanceof Article a) {
        // The feed's own title, date and link are what its publisher announces; the link is also
        // how a watcher knows the item again before fetching it, so it is the article's URL.
        return List.of(new Article(a.origin(), title.isEmpty() ? a.title() : title, a.keyPoints(), a.body(), link,
            a.outlet() != null ? a.outlet() : outlet, published != null ? published : a.published()));
      }
      return List.of(fetched);
    }
    String shortText = !full.isBlank() ? full : teaser;
    if (shortText.isBlank()) {
      return List.of(ReadProblem.error(origin, "the item has no text" + (link == null ? " and no link" : "; its page was not fetched")));
    }
    return List.of(new Article(origin, title, List.of(), shortText, link, outlet, published),
        ReadProblem.warning(origin, "only the feed's teaser (" + words(shortText) + " words) was read; its page was not fetched"));
  }

  /** The text of feed content: HTML read as a page fragment, plain text as it is. */
  private static String text(List<SyndContent> contents) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : contents) {
      if (c != null && c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank()) {
      return "";
    }
    HtmlArticleReader.Page page = HtmlArticleReader.page(("<html><body><article>" + html + "</article></body></html>").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    return page.text().isBlank() ? html.toString().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip() : page.text();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
