package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.read.web.LocalServer.html;
import static org.sitrep.read.web.LocalServer.redirect;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local server: requests, the address guard and redirects. */
class PoliteFetcherTest {

  private final LocalServer server = new LocalServer();
  private final FakeTime time = new FakeTime();
  private final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1), time, time);
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A fetcher allowed to reach the local server (loopback is not a public address). */
  private PoliteFetcher fetcher() {
    return new PoliteFetcher(FetchSettings.DEFAULT, new AddressGuard(true), limiter, warnings::add);
  }

  @Test
  void fetchesAPageWithSitrepsHeaders() {
    server.on("/news", html("<p>Talks resume</p>"));
    URI uri = server.uri("/news");
    Instant before = Instant.now();

    FetchedPage page = fetcher().fetch(uri);

    assertThat(page.requestedUri()).isEqualTo(uri);
    assertThat(page.finalUri()).isEqualTo(uri);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Talks resume</p>");
    assertThat(page.fetchedAt()).isBetween(before, Instant.now());
    LocalServer.Request request = server.requests().get(server.requests().size() - 1);
    assertThat(request.headers().getFirst("User-Agent"))
        .isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
    assertThat(request.headers().getFirst("Accept")).startsWith("text/html,");
    assertThat(request.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void aFragmentIsNeitherSentNorTakenForARedirect() {
    server.on("/news", html("ok"));
    URI withFragment = server.uri("/news#latest");
    URI missing = server.uri("/missing#latest");

    FetchedPage page = fetcher().fetch(withFragment);

    assertThat(page.requestedUri()).isEqualTo(withFragment);
    assertThat(page.finalUri()).isEqualTo(server.uri("/news"));
    assertThat(server.paths()).containsExactly("/robots.txt", "/news");
    assertThatThrownBy(() -> fetcher().fetch(missing)).hasMessage(missing + ": HTTP 404");
  }

  @Test
  void acceptsAUrlGivenAsText() {
    server.on("/news", html("ok"));

    assertThat(fetcher().fetch(server.uri("/news").toString()).status()).isEqualTo(200);
  }

  @Test
  void reportsTextThatIsNotAUrl() {
    assertThatThrownBy(() -> fetcher().fetch("http://exa mple.com/"))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("http://exa mple.com/: not a valid URL (");
  }

  @Test
  void refusesTheLocalServerWithoutConnectingWhenPrivateAddressesAreNotAllowed() {
    server.on("/news", html("secret"));
    PoliteFetcher strict = new PoliteFetcher(FetchSettings.DEFAULT, warnings::add);
    URI uri = server.uri("/news");

    assertThatThrownBy(() -> strict.fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            uri + ": refused: 127.0.0.1 is a loopback address (use --allow-private to allow)");
    assertThat(server.requests()).isEmpty(); // not even robots.txt
  }

  @Test
  void followsARedirectChainAndReportsTheFinalUrl() {
    server
        .on("/chain/one", redirect(301, "/chain/two"))
        .on("/chain/two", redirect(302, "three?from=two")) // relative to /chain/
        .on("/chain/three", redirect(303, server.uri("/landing?x=1#top").toString()))
        .on("/landing", html("arrived"));

    FetchedPage page = fetcher().fetch(server.uri("/chain/one"));

    assertThat(page.requestedUri()).isEqualTo(server.uri("/chain/one"));
    assertThat(page.finalUri()).isEqualTo(server.uri("/landing?x=1"));
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
    assertThat(server.paths())
        .containsExactly(
            "/robots.txt", "/chain/one", "/chain/two", "/chain/three?from=two", "/landing?x=1");
  }

  @Test
  void resolvesAQueryOnlyLocationAgainstTheCurrentPath() {
    server.on("/list/page", exchange -> {
      if (exchange.getRequestURI().getQuery() == null) {
        redirect(307, "?page=2").handle(exchange);
      } else {
        html("second page").handle(exchange);
      }
    });

    assertThat(fetcher().fetch(server.uri("/list/page")).finalUri())
        .isEqualTo(server.uri("/list/page?page=2"));
  }

  @Test
  void followsExactlyMaxRedirects() {
    server.on("/hop/", countdown());

    FetchedPage page = fetcher().fetch(server.uri("/hop/5"));

    assertThat(page.finalUri()).isEqualTo(server.uri("/hop/0"));
  }

  @Test
  void oneRedirectMoreThanTheMaximumIsAnError() {
    server.on("/hop/", countdown());
    URI uri = server.uri("/hop/6");

    assertThatThrownBy(() -> fetcher().fetch(uri)).hasMessage(uri + ": too many redirects (5)");
  }

  @Test
  void aRedirectLoopStopsAtTheCap() {
    server.on("/loop", redirect(302, "/loop"));
    URI uri = server.uri("/loop");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage(uri + ": too many redirects (5)");
    assertThat(server.paths().stream().filter(p -> p.equals("/loop"))).hasSize(6);
  }

  @Test
  void zeroMaxRedirectsFollowsNone() {
    server.on("/moved", redirect(301, "/landing")).on("/landing", html("x"));
    FetchSettings settings = FetchSettings.DEFAULT.withMaxRedirects(0);
    PoliteFetcher noRedirects =
        new PoliteFetcher(settings, new AddressGuard(true), limiter, warnings::add);

    assertThatThrownBy(() -> noRedirects.fetch(server.uri("/moved")))
        .hasMessageEndingWith(": too many redirects (0)");
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedByTheGuard() {
    // Loopback must be allowed to reach the test server at all; allowing only loopback (and not
    // allowPrivate) shows that the redirect target passes the guard on its own.
    AddressGuard loopbackOnly = new AddressGuard(false, InetAddress::isLoopbackAddress);
    PoliteFetcher fetcher =
        new PoliteFetcher(FetchSettings.DEFAULT, loopbackOnly, limiter, warnings::add);
    server.on("/go", redirect(302, "http://10.0.0.1/admin"));
    URI uri = server.uri("/go");

    assertThatThrownBy(() -> fetcher.fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            uri + ": redirected to http://10.0.0.1/admin: refused: 10.0.0.1 is a private address"
                + " (use --allow-private to allow)");
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    server.on("/go", redirect(301, "ftp://example.com/file"));
    URI uri = server.uri("/go");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .hasMessage(
            uri + ": redirected to ftp://example.com/file: refused: scheme ftp is not http or"
                + " https");
  }

  @Test
  void aRedirectWithoutALocationIsAnHttpError() {
    server.on("/nowhere", exchange -> LocalServer.respond(exchange, 302, "text/html", "moved"));
    URI uri = server.uri("/nowhere");

    assertThatThrownBy(() -> fetcher().fetch(uri)).hasMessage(uri + ": HTTP 302");
  }

  @Test
  void anErrorAfterARedirectNamesBothUrls() {
    server.on("/old", redirect(301, "/gone"));
    URI uri = server.uri("/old");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .hasMessage(uri + ": redirected to " + server.uri("/gone") + ": HTTP 404");
  }

  @Test
  void aRefusedConnectionIsOneLine() {
    URI closed = URI.create("http://127.0.0.1:" + unusedPort() + "/");
    PoliteFetcher fetcher =
        new PoliteFetcher(
            FetchSettings.DEFAULT.withRespectRobots(false), new AddressGuard(true), limiter,
            warnings::add);

    assertThatThrownBy(() -> fetcher.fetch(closed))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(closed + ": could not connect")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  /** {@code /hop/n} redirects to {@code /hop/n-1}; {@code /hop/0} is a page. */
  private static HttpHandler countdown() {
    return exchange -> {
      String path = exchange.getRequestURI().getPath();
      int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
      if (n == 0) {
        html("bottom").handle(exchange);
      } else {
        redirect(302, "/hop/" + (n - 1)).handle(exchange);
      }
    };
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
