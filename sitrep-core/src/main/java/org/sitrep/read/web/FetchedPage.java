package org.sitrep.read.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * A page or feed fetched from the web, ready for a reader.
 *
 * <p>The body array is not copied (pages run to megabytes); treat it as read-only.
 *
 * @param requestedUri the URL asked for
 * @param finalUri the URL the body came from, after redirects
 * @param status the final HTTP status (2xx)
 * @param contentType the media type, lower-case without parameters (e.g. {@code "text/html"}), or
 *     null when the server sent none
 * @param charset the charset the Content-Type header declared, or null when it declared none or
 *     one this JVM does not know (readers then detect it from the content)
 * @param body the body, gzip already decoded
 * @param fetchedAt when the response arrived
 */
public record FetchedPage(
    URI requestedUri,
    URI finalUri,
    int status,
    String contentType,
    Charset charset,
    byte[] body,
    Instant fetchedAt) {

  public FetchedPage {
    Objects.requireNonNull(requestedUri, "requestedUri");
    Objects.requireNonNull(finalUri, "finalUri");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
