package org.sitrep.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.read.html.HtmlArticleReader;

/**
 * Reads the articles of a WARC or ARC file (plain or gzipped, as Common Crawl's CC-NEWS ships
 * them), one record at a time: each response record of an HTML page with status 200 becomes an
 * article, with the record's target URL, and the capture date when the page states none.
 * Requests, redirects, metadata, non-HTML responses and pages without article text are skipped
 * quietly: archives are mostly those. A record that cannot be parsed ends the file with one line.
 */
final class WarcArticleReader implements Iterator<ReadItem>, Closeable {

  private final Path file;
  private final ReadLimits limits;
  private final WarcReader reader;
  private final Deque<ReadItem> ready = new ArrayDeque<>();
  private boolean done;

  private WarcArticleReader(Path file, ReadLimits limits, WarcReader reader) {
    this.file = file;
    this.limits = limits;
    this.reader = reader;
    // Lenient: crawlers write slightly malformed headers that carry good pages.
    reader.setLenient(true);
  }

  static WarcArticleReader open(Path file, ReadLimits limits) throws IOException {
    return new WarcArticleReader(file, limits, new WarcReader(file));
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !done) {
      readRecord();
    }
    return !ready.isEmpty();
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  private void readRecord() {
    long position = reader.position();
    try {
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        done = true;
        return;
      }
      if (record.get() instanceof WarcResponse response) {
        article(response);
      }
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      ready.add(ReadProblem.error(file.toString(), "unreadable WARC record at byte " + position + ": " + reason));
      done = true;
    }
  }

  private void article(WarcResponse response) throws IOException {
    if (!response.contentType().base().toString().equals("application/http")) {
      return; // a response record of another protocol (Gemini, DNS)
    }
    var http = response.http();
    MediaType type = http.contentType();
    String subtype = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    if (http.status() != 200 || !(subtype.equals("text/html") || subtype.equals("application/xhtml+xml"))) {
      return;
    }
    String url = response.target();
    String origin = file + "#" + url;
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 16) + 1);
    }
    if (body.length > limits.maxFileBytes()) {
      ready.add(ReadProblem.error(origin, ReadMessages.fileTooLarge(body.length, limits.maxFileBytes())));
      return;
    }
    ReadItem item = HtmlArticleReader.read(origin, body, charset(type), url, limits);
    if (item instanceof Article a) {
      // The capture date stands in for a page that states no publication date.
      ready.add(a.published() != null ? a : new Article(a.origin(), a.title(), a.keyPoints(), a.body(), a.url(), a.outlet(), response.date().atOffset(ZoneOffset.UTC)));
    }
  }

  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  @Override
  public void close() {
    done = true;
    try {
      reader.close();
    } catch (IOException e) {
      // Reading is over; nothing to tell.
    }
  }
}
