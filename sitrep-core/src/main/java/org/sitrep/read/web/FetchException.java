package org.sitrep.read.web;

import java.util.Objects;

/**
 * A URL that could not be fetched, with the reason in a few words a user can act on.
 *
 * <p>Unchecked because a failed fetch is an expected outcome for one input among many, reported
 * and skipped like any other unreadable input, not a condition every caller must declare.
 */
public final class FetchException extends RuntimeException {

  private final String url;
  private final String reason;

  public FetchException(String url, String reason) {
    this(url, reason, null);
  }

  public FetchException(String url, String reason, Throwable cause) {
    super(url + ": " + oneLine(reason), cause);
    this.url = Objects.requireNonNull(url, "url");
    this.reason = oneLine(reason);
  }

  /** The URL as the caller gave it (the reason names any redirect target). */
  public String url() {
    return url;
  }

  /** Why it failed, e.g. {@code "HTTP 404"} or {@code "disallowed by robots.txt"}. */
  public String reason() {
    return reason;
  }

  // A server's error text can hold line breaks; the message must stay one line.
  private static String oneLine(String text) {
    return Objects.requireNonNull(text, "reason").strip().replaceAll("\\s+", " ");
  }
}
