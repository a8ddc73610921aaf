package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.read.web.LocalServer.html;
import static org.sitrep.read.web.LocalServer.redirect;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher's robots.txt handling and rate limiting, against a real local server. */
class PoliteFetcherRobotsTest {

  private final LocalServer server = new LocalServer();
  private final FakeTime time = new FakeTime();
  private final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1), time, time);
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private PoliteFetcher fetcher(FetchSettings settings) {
    return new PoliteFetcher(settings, new AddressGuard(true), limiter, warnings::add);
  }

  private PoliteFetcher fetcher() {
    return fetcher(FetchSettings.DEFAULT);
  }

  private void robots(String text) {
    server.on("/robots.txt", exchange -> LocalServer.respond(exchange, 200, "text/plain", text));
  }

  private void robotsStatus(int status) {
    server.on("/robots.txt", exchange -> LocalServer.respond(exchange, status, "text/plain", "no"));
  }

  @Test
  void aDisallowedPathIsRefusedWithoutRequestingIt() {
    robots("User-agent: *\nDisallow: /private\n");
    server.on("/private", html("secret"));
    URI uri = server.uri("/private/page");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage(uri + ": disallowed by robots.txt");
    assertThat(server.paths()).containsExactly("/robots.txt");
  }

  @Test
  void anAllowedPathIsFetchedAndRobotsTxtIsFetchedOncePerSite() {
    robots("User-agent: *\nDisallow: /private\n");
    server.on("/news", html("ok"));
    PoliteFetcher fetcher = fetcher();

    fetcher.fetch(server.uri("/news/a"));
    fetcher.fetch(server.uri("/news/b"));

    assertThat(server.paths()).containsExactly("/robots.txt", "/news/a", "/news/b");
  }

  @Test
  void theGroupForSitrepApplies() {
    robots("User-agent: *\nAllow: /\n\nUser-agent: sitrep\nDisallow: /news\n");
    server.on("/news", html("ok"));

    assertThatThrownBy(() -> fetcher().fetch(server.uri("/news/a")))
        .hasMessageEndingWith(": disallowed by robots.txt");
  }

  @Test
  void aRedirectTargetIsCheckedAgainstRobotsTxt() {
    robots("User-agent: *\nDisallow: /private\n");
    server.on("/open", redirect(302, "/private/x")).on("/private", html("secret"));
    URI uri = server.uri("/open");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .hasMessage(
            uri + ": redirected to " + server.uri("/private/x") + ": disallowed by robots.txt");
    assertThat(server.paths()).containsExactly("/robots.txt", "/open");
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    server.on("/news", html("ok")); // /robots.txt answers 404

    assertThat(fetcher().fetch(server.uri("/news")).status()).isEqualTo(200);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRobotsTxtBehind403DisallowsEverything() {
    server.on("/news", html("ok"));
    robotsStatus(403);

    assertThatThrownBy(() -> fetcher().fetch(server.uri("/news")))
        .hasMessageEndingWith(": disallowed by robots.txt");
  }

  @Test
  void aRobotsTxtBehind401DisallowsEverything() {
    server.on("/news", html("ok"));
    robotsStatus(401);

    assertThatThrownBy(() -> fetcher().fetch(server.uri("/news")))
        .hasMessageEndingWith(": disallowed by robots.txt");
  }

  @Test
  void aServerErrorOnRobotsTxtAllowsEverythingWithAWarning() {
    server.on("/news", html("ok"));
    robotsStatus(503);

    assertThat(fetcher().fetch(server.uri("/news")).status()).isEqualTo(200);
    assertThat(warnings)
        .containsExactly(
            server.uri("/robots.txt") + ": HTTP 503; treating robots.txt as allowing everything");
  }

  @Test
  void aRobotsTxtRedirectLoopAllowsEverythingWithAWarning() {
    server.on("/news", html("ok")).on("/robots.txt", redirect(302, "/robots.txt"));

    assertThat(fetcher().fetch(server.uri("/news")).status()).isEqualTo(200);
    assertThat(warnings)
        .containsExactly(
            server.uri("/robots.txt")
                + ": too many redirects (5); treating robots.txt as allowing everything");
  }

  @Test
  void robotsTxtCanBeIgnoredOnRequest() {
    robots("User-agent: *\nDisallow: /\n");
    server.on("/news", html("ok"));

    fetcher(FetchSettings.DEFAULT.withRespectRobots(false)).fetch(server.uri("/news"));

    assertThat(server.paths()).containsExactly("/news");
  }

  @Test
  void requestsToOneHostAreSpacedByTheMinimumInterval() {
    server.on("/news", html("ok"));
    PoliteFetcher fetcher = fetcher();

    fetcher.fetch(server.uri("/news/a"));
    fetcher.fetch(server.uri("/news/b"));

    // robots.txt goes at once; each page then waits one interval after the request before it.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void aCrawlDelayInRobotsTxtSlowsRequestsToThatHost() {
    robots("User-agent: *\nCrawl-delay: 3\n");
    server.on("/news", html("ok"));

    fetcher().fetch(server.uri("/news"));

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(limiter.intervalFor("127.0.0.1")).isEqualTo(Duration.ofSeconds(3));
  }
}
