package org.sitrep.read.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PoliteFetcher} behaves. {@link #DEFAULT} is the polite, safe setting; the {@code
 * with...} methods change one value.
 *
 * @param userAgent the User-Agent header; its product token (the part before {@code /}) is the
 *     name robots.txt rules are matched against
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for one whole response, headers and body
 * @param maxBytes largest body accepted (after gzip decoding)
 * @param maxRedirects most redirects followed for one fetch; 0 follows none
 * @param minInterval least time between two requests to one host
 * @param respectRobots whether robots.txt is fetched and obeyed
 * @param allowPrivate whether private, loopback and other non-public addresses may be fetched
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxBytes,
    int maxRedirects,
    Duration minInterval,
    boolean respectRobots,
    boolean allowPrivate) {

  /** Names Sitrep and where to learn about it, as site owners expect of a crawler. */
  public static final String DEFAULT_USER_AGENT =
      "Sitrep/1.0 (+https://github.com/sitrep; news analysis)";

  /** 10 s to connect, 30 s per response, 10 MiB, 5 redirects, 1 s per host, robots.txt obeyed. */
  public static final FetchSettings DEFAULT =
      new FetchSettings(
          DEFAULT_USER_AGENT,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          10 * 1024 * 1024,
          5,
          Duration.ofSeconds(1),
          true,
          false);

  // The body is held in one array and one extra byte is read to detect overflow.
  private static final int MAX_BODY_BYTES = Integer.MAX_VALUE - 16;

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(minInterval, "minInterval");
    if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "userAgent must be printable ASCII and not blank, got \"" + userAgent + "\"");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxBytes <= 0 || maxBytes > MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be in [1, " + MAX_BODY_BYTES + "], got " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
    }
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must be >= 0, got " + minInterval);
    }
  }

  /** The name robots.txt addresses this crawler by: the User-Agent up to its first {@code /}. */
  public String productToken() {
    String product = userAgent.strip().split("[/\\s]", 2)[0];
    return product.isEmpty() ? userAgent.strip() : product;
  }

  public FetchSettings withRequestTimeout(Duration timeout) {
    return new FetchSettings(userAgent, connectTimeout, timeout, maxBytes, maxRedirects,
        minInterval, respectRobots, allowPrivate);
  }

  public FetchSettings withMaxBytes(int bytes) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, bytes, maxRedirects,
        minInterval, respectRobots, allowPrivate);
  }

  public FetchSettings withMaxRedirects(int redirects) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBytes, redirects,
        minInterval, respectRobots, allowPrivate);
  }

  public FetchSettings withMinInterval(Duration interval) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects,
        interval, respectRobots, allowPrivate);
  }

  public FetchSettings withRespectRobots(boolean respect) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects,
        minInterval, respect, allowPrivate);
  }

  public FetchSettings withAllowPrivate(boolean allow) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects,
        minInterval, respectRobots, allow);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be > 0, got " + duration);
    }
  }
}
