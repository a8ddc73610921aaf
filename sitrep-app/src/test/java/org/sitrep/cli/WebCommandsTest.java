package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages and feeds served by a loopback server started here: analyze URLs, and watch feeds into the corpus. */
class WebCommandsTest {
  private static final Path PAGES = Path.of("../sitrep-core/src/test/resources/fixtures/web/pages");

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Map<String, byte[]> routes = new ConcurrentHashMap<>();
  private final Map<String, String> types = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      byte[] body = routes.get(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", types.getOrDefault(path, "text/html; charset=utf-8"));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    routes.put("/a.html", Files.readAllBytes(PAGES.resolve("01-harbor-ferry-night-sailings.html")));
    routes.put("/b.html", Files.readAllBytes(PAGES.resolve("02-valley-late-frost-orchards.html")));
    routes.put("/c.html", Files.readAllBytes(PAGES.resolve("03-meridian-calder-port-talks.html")));
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void feed(String... pages) {
    StringBuilder items = new StringBuilder();
    for (String page : pages) {
      items.append("<item><title>Item ").append(page).append("</title><link>").append(base).append('/').append(page)
          .append("</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>A short teaser.</description></item>");
    }
    routes.put("/feed.xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local News</title><link>" + base
        + "</link><description>d</description>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    types.put("/feed.xml", "application/rss+xml");
  }

  @Test
  void analyzeReadsAPageByItsUrlOnlyWhenPrivateAddressesAreAllowed() {
    CliRun refused = CliRun.of("analyze", base + "/a.html");
    assertThat(refused.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(refused.errLines()).singleElement().asString()
        .startsWith("sitrep: " + base + "/a.html: refused: 127.0.0.1 is a loopback address");
    assertThat(requests).as("nothing was fetched").isEmpty();

    CliRun allowed = CliRun.of("analyze", "--allow-private", "--format", "json", base + "/a.html");
    assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCode.OK);
    assertThat(allowed.out()).contains("\"title\":\"City ferry to add late-night sailings after record winter ridership\"")
        .contains("\"published\":\"2026-03-02");
  }

  @Test
  void watchIngestsNewFeedItemsOnceAndGoesOnAfterARestart() throws IOException {
    feed("a.html", "b.html");
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# local test feed\n" + base + "/feed.xml\n");
    Path db = dir.resolve("watch.db");

    CliRun first = CliRun.of("watch", "--once", "--allow-private", "--db", db.toString(), feeds.toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
    assertThat(first.out()).contains(base + "/feed.xml: 2 new articles, 0 already stored, 0 failed");

    requests.clear();
    // A new process: everything it knows is in the database.
    CliRun second = CliRun.of("watch", "--once", "--allow-private", "--db", db.toString(), feeds.toString());
    assertThat(second.out()).contains(base + "/feed.xml: 0 new articles");
    assertThat(requests).as("stored items' pages are not fetched again").containsOnly("/feed.xml", "/robots.txt");

    feed("a.html", "b.html", "c.html");
    CliRun third = CliRun.of("watch", "--once", "--allow-private", "--db", db.toString(), feeds.toString());
    assertThat(third.out()).contains(base + "/feed.xml: 1 new article, 0 already stored, 0 failed");
    CliRun search = CliRun.of("search", "--db", db.toString(), "Calder");
    assertThat(search.outLines()).hasSize(1);
  }

  @Test
  void watchExplainsABadFeedsFileInOneLine() throws IOException {
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "https://ok.example/feed\nnot a url\n");
    CliRun run = CliRun.of("watch", "--once", "--db", dir.resolve("x.db").toString(), feeds.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.errLines()).containsExactly("sitrep: " + feeds + ":2: not an http(s) URL: 'not a url'");
    CliRun tooOften = CliRun.of("watch", "--every", "5s", "--db", dir.resolve("x.db").toString(), feeds.toString());
    assertThat(tooOften.errLines()).singleElement().asString().startsWith("sitrep: --every: at least 30s");
  }

  @Test
  void pageShowsEachValueWithWhereItWasFound() {
    CliRun run = CliRun.of("page", "--allow-private", base + "/a.html");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).contains(
        "title      City ferry to add late-night sailings after record winter ridership   (h1)",
        "authors    Marisol Okafor   (json-ld author)",
        "outlet     The Harbor Ledger   (meta og:site_name)");
    assertThat(run.out()).contains("published  2026-03-02").contains("(json-ld datePublished)");
  }
}
