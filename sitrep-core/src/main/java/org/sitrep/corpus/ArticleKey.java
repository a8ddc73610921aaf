package org.sitrep.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;
import org.sitrep.read.Article;

/**
 * What makes two inputs the same article for the store: the canonical URL when the article has
 * one, else a hash of its normalised title and body. The same page fetched twice, with tracking
 * parameters or a trailing slash, or the same file read again, gets the same key.
 */
public final class ArticleKey {

  private ArticleKey() {}

  /** The article's key: {@code url:...} or {@code sha256:...}. */
  public static String of(Article article) {
    if (article.url() != null && !article.url().isBlank()) {
      return ofUrl(article.url());
    }
    return "sha256:" + sha256(normalised(article.title()) + "\n" + normalised(article.body()));
  }

  /** The key of an article published at {@code url}, to ask the store before fetching it. */
  public static String ofUrl(String url) {
    return "url:" + canonicalUrl(url);
  }

  /**
   * The URL with its scheme and host in lower case, the default port, the fragment, tracking
   * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) and a trailing slash removed. A
   * string that is not a URL is kept as it is, stripped.
   */
  static String canonicalUrl(String url) {
    String text = url.strip();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return text;
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return text;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT) : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = keptQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String keptQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : rawQuery.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
        kept.add(pair);
      }
    }
    return kept.toString();
  }

  /** Lower case, runs of anything but letters and digits as one space: layout and case changes do not matter. */
  static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
