package org.sitrep.read.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

/** Where a redirect response points, resolved against the URL that answered it. */
final class RedirectTargets {

  private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

  private RedirectTargets() {}

  /**
   * The URL a redirect leads to, or null when the response is not a redirect to follow (not a
   * redirect status, or one without a Location, which is then treated as a final response).
   *
   * @throws FetchException when the Location is not a valid URL
   */
  static URI of(URI current, HttpResponse<?> response) {
    Optional<String> location = response.headers().firstValue("Location").map(String::strip);
    if (!REDIRECT_STATUSES.contains(response.statusCode())
        || location.isEmpty()
        || location.get().isEmpty()) {
      return null;
    }
    try {
      return withoutFragment(resolve(current, location.get()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(
          current.toString(), "bad redirect location \"" + location.get() + "\"", e);
    }
  }

  /** {@code uri} without its fragment, which is never sent to a server. */
  static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String text = uri.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  static URI resolve(URI base, String location) throws URISyntaxException {
    // java.net.URI follows RFC 2396, which gets two cases wrong: a base with an empty path
    // ("http://host" + "a" gives "http://hosta") and a query-only reference ("?q" drops the
    // last path segment). Both are handled the RFC 3986 way.
    String basePath =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    if (location.startsWith("?")) {
      return new URI(base.getScheme() + "://" + base.getRawAuthority() + basePath + location);
    }
    URI rooted = new URI(base.getScheme() + "://" + base.getRawAuthority() + basePath
        + (base.getRawQuery() == null ? "" : "?" + base.getRawQuery()));
    return rooted.resolve(new URI(location));
  }
}
