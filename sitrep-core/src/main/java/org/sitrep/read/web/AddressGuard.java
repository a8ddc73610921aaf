package org.sitrep.read.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Refuses URLs that would make Sitrep reach a private network or the machine it runs on
 * (server-side request forgery): a URL taken from a feed or a redirect must not read a cloud
 * metadata endpoint, a router page or a local admin port.
 *
 * <p>A URL passes when its scheme is http or https and every address its host resolves to is
 * public. Checking every address, not just the first, matters because the HTTP client may connect
 * to any of them.
 *
 * <p>Limit: the HTTP client resolves the host again when it connects. The JDK caches successful
 * lookups (30 s by default, {@code networkaddress.cache.ttl}), so that second lookup normally
 * returns the addresses checked here; a resolver that bypasses the cache could still be raced
 * ("DNS rebinding").
 *
 * <p>Thread-safe.
 */
public final class AddressGuard {

  /** Resolves a host name to all its addresses, like {@link InetAddress#getAllByName}. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Predicate<InetAddress> alsoAllowed;
  private final Resolver resolver;

  /**
   * @param allowPrivate allow every address (for fetching from an intranet or this machine); only
   *     the scheme is checked then
   */
  public AddressGuard(boolean allowPrivate) {
    this(allowPrivate, address -> false);
  }

  /**
   * A guard that also allows the non-public addresses {@code alsoAllowed} accepts.
   *
   * <p>This exists so that a test server on loopback can be fetched while the guard still refuses
   * every other non-public address, for example a redirect to {@code 10.0.0.1}: with {@code
   * allowPrivate} alone a test could not show that redirects are checked.
   */
  public AddressGuard(boolean allowPrivate, Predicate<InetAddress> alsoAllowed) {
    this(allowPrivate, alsoAllowed, InetAddress::getAllByName);
  }

  AddressGuard(boolean allowPrivate, Predicate<InetAddress> alsoAllowed, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.alsoAllowed = Objects.requireNonNull(alsoAllowed, "alsoAllowed");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * Returns normally when {@code uri} may be fetched.
   *
   * @throws FetchException naming the URL and why it is refused, e.g. {@code "http://10.0.0.1/:
   *     refused: 10.0.0.1 is a private address (use --allow-private to allow)"}
   */
  public void check(URI uri) {
    String url = uri.toString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      String why =
          scheme.isEmpty() ? "not an absolute URL" : "scheme " + scheme + " is not http or https";
      throw new FetchException(url, "refused: " + why);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(url, "refused: no host");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(url, "unknown host", e);
    }
    for (InetAddress address : addresses) {
      AddressScope scope = AddressScope.of(address);
      if (scope != AddressScope.PUBLIC && !alsoAllowed.test(address)) {
        throw new FetchException(
            url,
            "refused: " + where(host, address) + scope.description()
                + " (use --allow-private to allow)");
      }
    }
  }

  /** "10.0.0.1 is " for an address literal, "intranet resolves to 10.0.0.1, " for a name. */
  private static String where(String host, InetAddress address) {
    boolean literal = host.startsWith("[") || host.equals(address.getHostAddress());
    String shown = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return literal ? shown + " is " : shown + " resolves to " + address.getHostAddress() + ", ";
  }
}
