package org.sitrep.read.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 and an ephemeral port, recording every request it receives, for
 * testing the fetcher against real sockets.
 */
final class LocalServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Request(String path, Headers headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    // Without a handler of its own, a path answers 404 (so robots.txt is "missing" by default).
    server.createContext("/", this::notFound);
    server.start();
  }

  /**
   * Serves {@code path} with {@code handler}, recording requests. Paths are matched as prefixes,
   * so tests give them distinct beginnings.
   */
  LocalServer on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
      handler.handle(exchange);
    });
    return this;
  }

  private void notFound(HttpExchange exchange) throws IOException {
    requests.add(new Request(exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
    respond(exchange, 404, "text/plain", "not here");
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Every request received so far, in order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The paths requested so far, in order. */
  List<String> paths() {
    return requests.stream().map(Request::path).toList();
  }

  static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A handler that redirects to {@code location} with {@code status}. */
  static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      respond(exchange, status, "text/html", "moved");
    };
  }

  /** A handler that serves {@code body} as UTF-8 HTML. */
  static HttpHandler html(String body) {
    return exchange -> respond(exchange, 200, "text/html; charset=utf-8", body);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // wakes handlers still sleeping in timeout tests
  }
}
