package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files as CC-NEWS ships them: only the HTML articles come out, with their URLs and dates. */
class WarcArticleReaderTest {
  @TempDir Path dir;

  private static final Instant CAPTURED = Instant.parse("2026-11-21T06:00:00Z");

  private static String page(String title, String date, String sentence) {
    String meta = date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      body.append("<p>").append(sentence).append(" Paragraph ").append(i + 1)
          .append(" adds detail, quoting officials, residents and analysts, so that the text reads like a real report of some length.</p>");
    }
    return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>" + meta + "</head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>" + body
        + "</article><footer>Copyright Harbour Courier</footer></body></html>";
  }

  private static HttpResponse html(int status, String html, String encoding) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    HttpResponse.Builder b = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
    if (encoding != null) {
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(bytes);
      }
      bytes = gz.toByteArray();
      b.addHeader("Content-Encoding", encoding);
    }
    return b.body(MediaType.parse("text/html; charset=utf-8"), bytes).build();
  }

  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), compression)) {
      writer.write(new Warcinfo.Builder().date(CAPTURED).fields(java.util.Map.of("software", List.of("test"))).build());
      writer.write(new WarcRequest.Builder("https://harbourcourier.example/world/2026/11/20/swap")
          .date(CAPTURED).body(new HttpRequest.Builder("GET", "/world/2026/11/20/swap").build()).build());
      writer.write(new WarcResponse.Builder("https://harbourcourier.example/world/2026/11/20/swap").date(CAPTURED)
          .body(html(200, page("Russia and Ukraine swap prisoners", "2026-11-20T09:00:00+01:00", "Russia and Ukraine exchanged prisoners on Thursday."), null)).build());
      writer.write(new WarcResponse.Builder("https://harbourcourier.example/old-link").date(CAPTURED)
          .body(new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", "https://harbourcourier.example/world/2026/11/20/swap")
              .body(MediaType.parse("text/html"), "<a href=\"/world\">moved</a>".getBytes(StandardCharsets.UTF_8)).build()).build());
      writer.write(new WarcResponse.Builder("https://harbourcourier.example/logo.png").date(CAPTURED)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()).build());
      writer.write(new WarcResponse.Builder("https://harbourcourier.example/missing").date(CAPTURED)
          .body(html(404, page("Page not found here at all", null, "This page does not exist any more."), null)).build());
      writer.write(new WarcResponse.Builder("https://balticwire.example/energy-grid-strikes").date(CAPTURED)
          .body(html(200, page("Strikes hit Ukraine's power grid", null, "Russia launched missiles and drones at power stations overnight."), "gzip")).build());
    }
    return file;
  }

  private static List<ReadItem> read(Path file) {
    try (var items = ArticleReaders.read(List.of(file), ReadLimits.DEFAULT)) {
      return items.toList();
    }
  }

  @Test
  void onlyTheHtmlArticlesComeOutWithTheirUrlsAndDates() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path file = writeWarc(compression == WarcCompression.GZIP ? "news.warc.gz" : "news.warc", compression);
      List<ReadItem> items = read(file);

      assertThat(items).as(compression.name()).hasSize(2).allMatch(Article.class::isInstance);
      Article swap = (Article) items.get(0);
      assertThat(swap.url()).isEqualTo("https://harbourcourier.example/world/2026/11/20/swap");
      assertThat(swap.title()).isEqualTo("Russia and Ukraine swap prisoners");
      assertThat(swap.published().toLocalDate()).as("the page's own date").isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(swap.body()).startsWith("Russia and Ukraine exchanged prisoners on Thursday.").doesNotContain("Copyright", "Home");
      assertThat(swap.origin()).isEqualTo(file + "#https://harbourcourier.example/world/2026/11/20/swap");

      Article grid = (Article) items.get(1);
      assertThat(grid.url()).isEqualTo("https://balticwire.example/energy-grid-strikes");
      assertThat(grid.body()).as("gzip content encoding decoded").startsWith("Russia launched missiles");
      assertThat(grid.published().toInstant()).as("no date on the page: the capture date").isEqualTo(CAPTURED);
    }
  }

  @Test
  void aTruncatedArchiveGivesItsArticlesThenOneLine() throws IOException {
    Path whole = writeWarc("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    // Cut inside the last record: the first article survives.
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 300));
    List<ReadItem> items = read(cut);
    assertThat(items.get(0)).isInstanceOf(Article.class);
    assertThat(items.stream().filter(i -> i instanceof ReadProblem).count()).isLessThanOrEqualTo(1);
    items.stream().filter(i -> i instanceof ReadProblem).forEach(p -> assertThat(p.toString()).startsWith(cut + ": unreadable WARC record at byte "));
  }

  @Test
  void aFileThatIsNotAWarcIsOneLine() throws IOException {
    Path bogus = Files.writeString(dir.resolve("bogus.warc"), "this is not a web archive\n");
    List<ReadItem> items = read(bogus);
    assertThat(items).singleElement().isInstanceOf(ReadProblem.class);
    assertThat(items.get(0).toString()).startsWith(bogus + ": unreadable WARC record at byte 0");
  }
}
