package org.sitrep.read.web;

import java.util.List;
import java.util.Locale;
import org.sitrep.read.FeedArticleReader;
import org.sitrep.read.LinkFetcher;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadLimits;
import org.sitrep.read.ReadProblem;
import org.sitrep.read.html.HtmlArticleReader;

/**
 * Reads the articles at a web address through the {@link PoliteFetcher}: a page is one article, a
 * feed is one per item (each item's page fetched when the feed carries only a teaser). Every
 * failure is one problem naming the address.
 */
public final class UrlArticleReader {

  private final PoliteFetcher fetcher;
  private final ReadLimits limits;

  public UrlArticleReader(PoliteFetcher fetcher, ReadLimits limits) {
    this.fetcher = fetcher;
    this.limits = limits;
  }

  /** The articles at {@code url}, or the problem. */
  public List<ReadItem> read(String url) {
    return read(url, link -> true);
  }

  /**
   * The articles at {@code url}; of a feed, only the items whose link {@code wanted} accepts have
   * their pages fetched (a watcher does not fetch what it has stored).
   */
  public List<ReadItem> read(String url, java.util.function.Predicate<String> wanted) {
    FetchedPage page;
    try {
      page = fetcher.fetch(url);
    } catch (FetchException e) {
      return List.of(ReadProblem.error(url, e.reason()));
    }
    if (isFeed(page)) {
      return FeedArticleReader.read(url, page.body(), limits, linkFetcher(wanted));
    }
    return List.of(HtmlArticleReader.read(url, page.body(), page.charset(), page.finalUri().toString(), limits));
  }

  /** Fetches and reads the page a feed item links to, when {@code wanted} accepts it. */
  LinkFetcher linkFetcher(java.util.function.Predicate<String> wanted) {
    return (origin, link) -> {
      if (!wanted.test(link)) {
        return null;
      }
      try {
        FetchedPage page = fetcher.fetch(link);
        return HtmlArticleReader.read(origin, page.body(), page.charset(), page.finalUri().toString(), limits);
      } catch (FetchException e) {
        return ReadProblem.error(origin, link + ": " + e.reason());
      }
    };
  }

  /** A feed by its content type, or by its first element when servers call feeds text/xml or worse. */
  static boolean isFeed(FetchedPage page) {
    String type = page.contentType() == null ? "" : page.contentType();
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    String head = new String(page.body(), 0, Math.min(page.body().length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }
}
