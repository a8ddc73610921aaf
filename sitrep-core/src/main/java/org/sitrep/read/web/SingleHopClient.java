package org.sitrep.read.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;
import javax.net.ssl.SSLException;

/**
 * Sends one GET request with Sitrep's headers, timeouts and a body limit, and returns the response
 * without following redirects: {@link PoliteFetcher} follows them itself so that every hop passes
 * the {@link AddressGuard}.
 *
 * <p>The request timeout bounds the whole response, body included. The JDK's own request timeout
 * stops at the headers, so a server trickling a body byte by byte could otherwise hold a fetch
 * forever.
 *
 * <p>Thread-safe.
 */
final class SingleHopClient {

  private final HttpClient client;
  private final FetchSettings settings;

  SingleHopClient(FetchSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * The response to a GET of {@code uri}; its body decoded from gzip when the server compressed
   * it.
   *
   * @param accept the Accept header
   * @param bodyLimit how many body bytes to keep, decided from the status and headers; 0 for none
   * @throws FetchException on a network failure, a timeout, or a body that cannot be decoded
   */
  HttpResponse<LimitedBody> get(
      URI uri, String accept, ToIntFunction<HttpResponse.ResponseInfo> bodyLimit) {
    String url = uri.toString();
    HttpRequest request;
    try {
      request = request(uri, accept);
    } catch (IllegalArgumentException e) {
      throw new FetchException(url, "cannot be requested (" + e.getMessage() + ")", e);
    }
    CompletableFuture<HttpResponse<LimitedBody>> pending =
        client.sendAsync(request, info -> subscriber(uri, info, bodyLimit.applyAsInt(info)));
    HttpResponse<LimitedBody> response;
    try {
      response = pending.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new FetchException(url, "timed out after " + seconds(settings.requestTimeout()));
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted", e);
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
    String encoding = encoding(response.headers().firstValue("Content-Encoding").orElse(""));
    if (response.statusCode() / 100 == 2 && !isKnown(encoding)) {
      throw new FetchException(url, "unsupported content encoding " + encoding);
    }
    return response;
  }

  private HttpRequest request(URI uri, String accept) {
    return HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", accept)
        // The JDK client does not decompress; gzip is the one encoding we decode ourselves.
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
  }

  private static HttpResponse.BodySubscriber<LimitedBody> subscriber(
      URI uri, HttpResponse.ResponseInfo info, int limit) {
    String encoding = encoding(info.headers().firstValue("Content-Encoding").orElse(""));
    if (!isKnown(encoding)) {
      return new LimitedBodySubscriber(0); // refused by get() once the response is complete
    }
    if (!isGzip(encoding)) {
      return new LimitedBodySubscriber(limit);
    }
    return HttpResponse.BodySubscribers.mapping(
        new LimitedBodySubscriber(limit),
        body -> {
          if (body.bytes().length == 0) {
            return body;
          }
          try {
            return body.gunzip(limit);
          } catch (IOException e) {
            throw new FetchException(uri.toString(), "corrupt gzip body", e);
          }
        });
  }

  private static String encoding(String header) {
    String encoding = header.strip().toLowerCase(Locale.ROOT);
    return encoding.isEmpty() ? "identity" : encoding;
  }

  private static boolean isKnown(String encoding) {
    return encoding.equals("identity") || isGzip(encoding);
  }

  private static boolean isGzip(String encoding) {
    return encoding.equals("gzip") || encoding.equals("x-gzip");
  }

  private FetchException failure(URI uri, Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof FetchException fetchException) {
      return fetchException;
    }
    String url = uri.toString();
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(
          url, "connection timed out after " + seconds(settings.connectTimeout()), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      String after = seconds(settings.requestTimeout());
      return new FetchException(url, "timed out after " + after, cause);
    }
    if (cause instanceof ConnectException) {
      return new FetchException(url, "could not connect" + detail(cause), cause);
    }
    if (cause instanceof SSLException) {
      return new FetchException(url, "TLS failed" + detail(cause), cause);
    }
    if (cause instanceof IOException) {
      return new FetchException(url, "network error" + detail(cause), cause);
    }
    return new FetchException(url, "failed: " + cause, cause);
  }

  private static String detail(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "" : " (" + message + ")";
  }

  /** "1 s", "2.5 s": how messages show a timeout. */
  static String seconds(Duration duration) {
    BigDecimal seconds = BigDecimal.valueOf(duration.toMillis()).movePointLeft(3);
    return seconds.stripTrailingZeros().toPlainString() + " s";
  }
}
