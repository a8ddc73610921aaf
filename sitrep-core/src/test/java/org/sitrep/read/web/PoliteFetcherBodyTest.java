package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.read.web.LocalServer.respond;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the fetcher accepts as a body: size, encoding, charset, type, status and time. */
class PoliteFetcherBodyTest {

  private final LocalServer server = new LocalServer();
  private final FakeTime time = new FakeTime();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private PoliteFetcher fetcher(FetchSettings settings) {
    return new PoliteFetcher(
        settings.withRespectRobots(false),
        new AddressGuard(true),
        new HostRateLimiter(Duration.ofSeconds(1), time, time),
        warning -> {});
  }

  private PoliteFetcher fetcher() {
    return fetcher(FetchSettings.DEFAULT);
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    Arrays.fill(bytes, (byte) 'a');
    return bytes;
  }

  /** Sends the body chunked, so no Content-Length warns the client in advance. */
  private static void respondChunked(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the client hung up once it had enough: expected
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(data);
    }
    return compressed.toByteArray();
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    server.on("/page", exchange -> respond(exchange, 200, "text/html", bytes(1000)));

    FetchedPage page = fetcher(FetchSettings.DEFAULT.withMaxBytes(1000)).fetch(server.uri("/page"));

    assertThat(page.body()).hasSize(1000);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefused() {
    server.on("/page", exchange -> respond(exchange, 200, "text/html", bytes(1001)));
    URI uri = server.uri("/page");

    assertThatThrownBy(() -> fetcher(FetchSettings.DEFAULT.withMaxBytes(1000)).fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage(uri + ": larger than 1000 bytes");
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefused() {
    server.on("/page", exchange -> respondChunked(exchange, "text/html", bytes(1001)));
    URI uri = server.uri("/page");

    assertThatThrownBy(() -> fetcher(FetchSettings.DEFAULT.withMaxBytes(1000)).fetch(uri))
        .hasMessage(uri + ": larger than 1000 bytes");
  }

  @Test
  void theDefaultLimitIsTenMegabytes() {
    byte[] body = bytes(10 * 1024 * 1024 + 1);
    server.on("/page", exchange -> respondChunked(exchange, "text/html", body));
    URI uri = server.uri("/page");

    assertThatThrownBy(() -> fetcher().fetch(uri)).hasMessage(uri + ": larger than 10 MB");
  }

  @Test
  void aGzipBodyIsDecoded() {
    String html = "<p>" + "Ceasefire talks resume. ".repeat(200) + "</p>";
    server.on("/page", exchange -> {
      String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      boolean gzipAccepted = accepted != null && accepted.contains("gzip");
      byte[] plain = html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Encoding", gzipAccepted ? "gzip" : "identity");
      respond(exchange, 200, "text/html; charset=utf-8", gzipAccepted ? gzip(plain) : plain);
    });

    FetchedPage page = fetcher().fetch(server.uri("/page"));

    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void aGzipBodyThatExpandsPastTheLimitIsRefused() {
    server.on("/bomb", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      respond(exchange, 200, "text/html", gzip(new byte[5 * 1024 * 1024]));
    });
    URI uri = server.uri("/bomb");

    assertThatThrownBy(() -> fetcher(FetchSettings.DEFAULT.withMaxBytes(1000)).fetch(uri))
        .hasMessage(uri + ": larger than 1000 bytes");
  }

  @Test
  void aCorruptGzipBodyIsAnError() {
    server.on("/page", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      respond(exchange, 200, "text/html", "not gzip at all");
    });
    URI uri = server.uri("/page");

    assertThatThrownBy(() -> fetcher().fetch(uri)).hasMessage(uri + ": corrupt gzip body");
  }

  @Test
  void anEncodingWeDidNotAskForIsAnError() {
    server.on("/page", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "br");
      respond(exchange, 200, "text/html", "compressed?");
    });
    URI uri = server.uri("/page");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .hasMessage(uri + ": unsupported content encoding br");
  }

  @Test
  void theCharsetComesFromTheContentTypeHeader() {
    server
        .on("/latin", exchange -> respond(exchange, 200, "text/html; charset=ISO-8859-1", "abc"))
        .on("/none", exchange -> respond(exchange, 200, "text/html", "x"))
        .on("/unknown", exchange -> respond(exchange, 200, "text/html; charset=x-klingon", "x"));
    PoliteFetcher fetcher = fetcher();

    assertThat(fetcher.fetch(server.uri("/latin")).charset())
        .isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(fetcher.fetch(server.uri("/none")).charset()).isNull();
    assertThat(fetcher.fetch(server.uri("/unknown")).charset()).isNull();
  }

  @Test
  void feedsAndPagesWithoutAContentTypeAreAccepted() {
    server
        .on("/rss", exchange -> respond(exchange, 200, "application/RSS+xml", "<rss/>"))
        .on("/atom", exchange -> respond(exchange, 200, "application/atom+xml", "<feed/>"))
        .on("/untyped", exchange -> respond(exchange, 200, null, "<html/>"));
    PoliteFetcher fetcher = fetcher();

    assertThat(fetcher.fetch(server.uri("/rss")).contentType()).isEqualTo("application/rss+xml");
    assertThat(fetcher.fetch(server.uri("/atom")).contentType()).isEqualTo("application/atom+xml");
    assertThat(fetcher.fetch(server.uri("/untyped")).contentType()).isNull();
  }

  @Test
  void otherContentTypesAreRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    server.on("/logo", exchange -> respond(exchange, 200, "image/png", png));
    URI uri = server.uri("/logo");

    assertThatThrownBy(() -> fetcher().fetch(uri))
        .hasMessage(uri + ": not HTML or a feed (content type image/png)");
  }

  @Test
  void anHttpErrorStatusIsAnError() {
    server.on("/broken", exchange -> respond(exchange, 500, "text/html", "oops\nstack trace"));
    URI broken = server.uri("/broken");
    URI missing = server.uri("/missing");

    assertThatThrownBy(() -> fetcher().fetch(broken)).hasMessage(broken + ": HTTP 500");
    assertThatThrownBy(() -> fetcher().fetch(missing)).hasMessage(missing + ": HTTP 404");
  }

  @Test
  void aServerSlowToAnswerTimesOut() {
    server.on("/slow", exchange -> {
      sleep(Duration.ofSeconds(5));
      respond(exchange, 200, "text/html", "too late");
    });
    URI uri = server.uri("/slow");
    long start = System.nanoTime();

    assertThatThrownBy(() -> impatientFetcher().fetch(uri))
        .hasMessage(uri + ": timed out after 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aBodyThatTricklesTimesOut() {
    server.on("/trickle", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write("<p>first part".getBytes(StandardCharsets.UTF_8));
      out.flush();
      sleep(Duration.ofSeconds(5));
      out.close();
    });
    URI uri = server.uri("/trickle");
    long start = System.nanoTime();

    assertThatThrownBy(() -> impatientFetcher().fetch(uri))
        .hasMessage(uri + ": timed out after 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  /** A fetcher whose 1 s request timeout the slow handlers (5 s) overrun. */
  private PoliteFetcher impatientFetcher() {
    return fetcher(FetchSettings.DEFAULT.withRequestTimeout(Duration.ofSeconds(1)));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is closing
    }
  }
}
