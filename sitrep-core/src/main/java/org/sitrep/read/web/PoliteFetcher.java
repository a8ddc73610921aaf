package org.sitrep.read.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Fetches web pages and feeds the way a well-behaved crawler does. For each request, redirects
 * included:
 *
 * <ol>
 *   <li>the URL must pass the {@link AddressGuard} (http or https, public addresses only);
 *   <li>the site's robots.txt, fetched once per site, must allow it;
 *   <li>the {@link HostRateLimiter} spaces it from the previous request to the same host;
 *   <li>one GET is sent; a redirect goes back to step 1 with its target, at most {@link
 *       FetchSettings#maxRedirects()} times;
 *   <li>the final response must be 2xx, HTML or a feed, and at most {@link
 *       FetchSettings#maxBytes()} long.
 * </ol>
 *
 * <p>Thread-safe. Share one instance, so that the rate limits and the robots.txt cache hold
 * across threads.
 */
public final class PoliteFetcher {

  /** The media types {@link #fetch} accepts; a response without a Content-Type is accepted too. */
  public static final List<String> PAGE_AND_FEED_TYPES =
      List.of(
          "text/html",
          "application/xhtml+xml",
          "application/rss+xml",
          "application/atom+xml",
          "application/xml",
          "text/xml");

  /** Google and RFC 9309 read at least 500 KiB of a robots.txt; more is ignored, not an error. */
  static final int ROBOTS_MAX_BYTES = 512 * 1024;

  // Other types last rather than absent, so that a strict server answers rather than sends 406.
  private static final String PAGE_ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";
  private static final String ROBOTS_ACCEPT = "text/plain,*/*;q=0.1";

  private final FetchSettings settings;
  private final AddressGuard guard;
  private final HostRateLimiter limiter;
  private final Consumer<String> warnings;
  private final SingleHopClient http;
  private final RobotsCache robots;

  /**
   * @param warnings receives one line for each problem that does not stop a fetch (e.g. a site
   *     whose robots.txt answered HTTP 503 and is treated as allowing everything)
   */
  public PoliteFetcher(FetchSettings settings, Consumer<String> warnings) {
    this(
        settings,
        new AddressGuard(settings.allowPrivate()),
        new HostRateLimiter(settings.minInterval()),
        warnings);
  }

  /**
   * A fetcher with its own guard and limiter. The guard replaces the one {@link
   * FetchSettings#allowPrivate()} would make, and the limiter's interval replaces {@link
   * FetchSettings#minInterval()}; sharing one limiter between fetchers shares its per-host turns.
   */
  public PoliteFetcher(
      FetchSettings settings,
      AddressGuard guard,
      HostRateLimiter limiter,
      Consumer<String> warnings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.http = new SingleHopClient(settings);
    this.robots = new RobotsCache(this::loadRobots);
  }

  /**
   * Fetches {@code url}, given as text.
   *
   * @throws FetchException when the text is not a URL, or as {@link #fetch(URI)}
   */
  public FetchedPage fetch(String url) {
    try {
      return fetch(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new FetchException(url, "not a valid URL (" + e.getReason() + ")", e);
    }
  }

  /**
   * Fetches a page or feed.
   *
   * @throws FetchException naming {@code uri} and, after a redirect, the URL that failed, with the
   *     reason: e.g. {@code "refused: ..."}, {@code "disallowed by robots.txt"}, {@code "too many
   *     redirects (5)"}, {@code "HTTP 404"}, {@code "not HTML or a feed (content type image/png)"},
   *     {@code "larger than 10 MB"}, {@code "timed out after 30 s"}
   */
  public FetchedPage fetch(URI uri) {
    Hop last = follow(uri, PAGE_ACCEPT, this::pageBodyLimit, settings.respectRobots());
    HttpResponse<LimitedBody> response = last.response();
    boolean redirected = !last.uri().equals(RedirectTargets.withoutFragment(uri));
    String where = redirected ? "redirected to " + last.uri() + ": " : "";
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new FetchException(uri.toString(), where + "HTTP " + status);
    }
    ContentType type = contentType(response.headers());
    if (!isPageOrFeed(type)) {
      throw new FetchException(
          uri.toString(), where + "not HTML or a feed (content type " + type.mediaType() + ")");
    }
    if (response.body().truncated() || declaredLength(response.headers()) > settings.maxBytes()) {
      throw new FetchException(uri.toString(), where + "larger than " + size(settings.maxBytes()));
    }
    return new FetchedPage(
        uri,
        last.uri(),
        status,
        type.mediaType(),
        type.charset(),
        response.body().bytes(),
        Instant.now());
  }

  /** The response that ended a chain of redirects, and the URL it answered. */
  private record Hop(URI uri, HttpResponse<LimitedBody> response) {}

  private Hop follow(
      URI start,
      String accept,
      ToIntFunction<HttpResponse.ResponseInfo> bodyLimit,
      boolean obeyRobots) {
    URI current = RedirectTargets.withoutFragment(start);
    for (int redirects = 0; ; redirects++) {
      HttpResponse<LimitedBody> response;
      URI next;
      try {
        response = hop(current, accept, bodyLimit, obeyRobots);
        next = RedirectTargets.of(current, response);
      } catch (FetchException e) {
        if (redirects == 0) {
          throw e;
        }
        throw new FetchException(start.toString(), "redirected to " + e.getMessage(), e);
      }
      if (next == null) {
        return new Hop(current, response);
      }
      if (redirects == settings.maxRedirects()) {
        throw new FetchException(
            start.toString(), "too many redirects (" + settings.maxRedirects() + ")");
      }
      current = next;
    }
  }

  /** One request, after the guard, robots.txt and the rate limiter have let it through. */
  private HttpResponse<LimitedBody> hop(
      URI uri,
      String accept,
      ToIntFunction<HttpResponse.ResponseInfo> bodyLimit,
      boolean obeyRobots) {
    guard.check(uri);
    if (obeyRobots && !robots.rulesFor(uri).allows(uri)) {
      throw new FetchException(uri.toString(), "disallowed by robots.txt");
    }
    try {
      limiter.acquire(uri.getHost());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), "interrupted", e);
    }
    return http.get(uri, accept, bodyLimit);
  }

  /**
   * Reads the robots.txt at {@code robotsUri}: 2xx is parsed (its Crawl-delay applied to the
   * limiter); 401 and 403 disallow everything; other 4xx allow everything (no robots.txt); 5xx and
   * network failures allow everything too, with a warning, so that a flaky site is still read.
   */
  private RobotsRules loadRobots(URI robotsUri) {
    ToIntFunction<HttpResponse.ResponseInfo> bodyLimit =
        info -> info.statusCode() / 100 == 2 ? ROBOTS_MAX_BYTES : 0;
    HttpResponse<LimitedBody> response;
    try {
      response = follow(robotsUri, ROBOTS_ACCEPT, bodyLimit, false).response();
    } catch (FetchException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // not the site's doing: nothing to cache, a later fetch loads robots.txt again
      }
      warnings.accept(e.getMessage() + "; treating robots.txt as allowing everything");
      return RobotsRules.allowAll();
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      String text = new String(response.body().bytes(), StandardCharsets.UTF_8);
      RobotsRules rules = RobotsRules.parse(text, settings.productToken());
      rules.crawlDelay().ifPresent(delay -> limiter.useCrawlDelay(robotsUri.getHost(), delay));
      return rules;
    }
    if (status == 401 || status == 403) {
      return RobotsRules.disallowAll();
    }
    if (status >= 500) {
      warnings.accept(
          robotsUri + ": HTTP " + status + "; treating robots.txt as allowing everything");
    }
    return RobotsRules.allowAll();
  }

  /** Reads a body only when it can become a page: saves downloading an error page or an image. */
  private int pageBodyLimit(HttpResponse.ResponseInfo info) {
    boolean wanted =
        info.statusCode() / 100 == 2
            && isPageOrFeed(contentType(info.headers()))
            && declaredLength(info.headers()) <= settings.maxBytes();
    return wanted ? settings.maxBytes() : 0;
  }

  private static boolean isPageOrFeed(ContentType type) {
    return type.mediaType() == null || PAGE_AND_FEED_TYPES.contains(type.mediaType());
  }

  private static ContentType contentType(HttpHeaders headers) {
    return ContentType.parse(headers.firstValue("Content-Type").orElse(null));
  }

  /** The Content-Length, or -1 when absent or unreadable (the body limit still applies). */
  private static long declaredLength(HttpHeaders headers) {
    try {
      return headers.firstValueAsLong("Content-Length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** "10 MB", "512 KB", "1000 bytes". */
  static String size(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }
}
