package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.read.html.HtmlArticleReader;

/**
 * 10,000 random and mutated web inputs (HTML pages, RSS and Atom feeds, WARC archives) go through
 * the readers without an uncaught exception: bad input is a problem line, never a crash.
 */
class WebInputFuzzTest {
  @TempDir Path dir;

  private static final int CASES = 10_000;

  private static final String PAGE = """
      <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm hits coast</title>
      <meta property="article:published_time" content="2026-11-20T08:00:00+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast",
      "datePublished":"2026-11-20T08:00:00+01:00","author":{"@type":"Person","name":"Ana Ruiz"},"articleBody":"A storm hit the coast."}</script>
      <style>.x{color:red}</style></head><body><nav><a href="/">Home</a><a href="/w">World</a></nav>
      <div class="cookie-banner">We use cookies.</div><article><h1>Storm hits coast</h1><time datetime="2026-11-20">Nov 20</time>
      <p>A storm hit the coast on Thursday, flooding roads and cutting power to thousands of homes, officials said.</p>
      <p>Rescue teams worked through the night, and schools stayed closed on Friday as the water slowly went down.</p>
      <blockquote>"We have never seen anything like it," a resident said.</blockquote><ul><li>First item</li><li><a href="/x">Link item</a></li></ul>
      </article><aside class="related"><a href="/a">Other story</a></aside><div id="comments"><p>Great article!</p></div></body></html>
      """;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>Coast News</title><link>https://coast.example/</link><description>News</description>
      <item><title>Storm hits coast</title><link>https://coast.example/storm</link><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;A storm hit the coast.&lt;/p&gt;</description><content:encoded><![CDATA[<p>A storm hit the coast on Thursday.</p>]]></content:encoded></item>
      <item><title>Second</title><link>https://coast.example/second</link></item></channel></rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tech</title><id>urn:x</id>
      <updated>2026-11-20T08:00:00Z</updated><entry><title>Chip plant opens</title><id>urn:e1</id><link href="https://tech.example/chip"/>
      <published>2026-11-20T08:00:00Z</published><updated>2026-11-20T09:00:00Z</updated><summary>A plant opened.</summary>
      <content type="html">&lt;p&gt;A chip plant opened on Friday.&lt;/p&gt;</content></entry></feed>
      """;

  private static byte[] warc() {
    String html = PAGE;
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
    int length = http.getBytes(StandardCharsets.UTF_8).length;
    String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        + "WARC-Date: 2026-11-20T08:00:00Z\r\nWARC-Target-URI: https://coast.example/storm\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n";
    return (record + record.replace("storm", "storm2")).getBytes(StandardCharsets.UTF_8);
  }

  /** A mutation of {@code seed}: flipped, deleted, inserted or duplicated bytes, tags and entities, or truncation. */
  private static byte[] mutate(byte[] seed, SplittableRandom random) {
    List<Byte> bytes = new ArrayList<>(seed.length);
    for (byte b : seed) {
      bytes.add(b);
    }
    String[] fragments = {"<", ">", "</div>", "<div>", "<p>", "<![CDATA[", "]]>", "&", "&#x0;", "&amp;", "\"", "'", "<script>", "</script>", "<!--", "-->",
        "\r\n\r\n", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "\u0000", "\uFFFD", "<?xml", "<rss>", "<item>", "<entry>", "<html>", "<table><tr><td>"};
    int edits = 1 + random.nextInt(20);
    for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(6)) {
        case 0 -> bytes.set(at, (byte) random.nextInt(256));
        case 1 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(50))).clear();
        case 2 -> {
          byte[] insert = fragments[random.nextInt(fragments.length)].getBytes(StandardCharsets.UTF_8);
          for (int i = insert.length - 1; i >= 0; i--) {
            bytes.add(at, insert[i]);
          }
        }
        case 3 -> {
          int end = Math.min(bytes.size(), at + 1 + random.nextInt(200));
          bytes.addAll(at, new ArrayList<>(bytes.subList(at, end)));
        }
        case 4 -> bytes.subList(at, bytes.size()).clear();
        default -> {
          for (int i = 0; i < 1 + random.nextInt(30); i++) {
            bytes.add(at, (byte) random.nextInt(256));
          }
        }
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] b = new byte[random.nextInt(2000)];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  @Test
  void tenThousandRandomAndMutatedInputsNeverThrow() throws IOException {
    SplittableRandom random = new SplittableRandom(20261128);
    byte[][] htmlSeeds = {PAGE.getBytes(StandardCharsets.UTF_8), ("<div>".repeat(3000) + "deep" + "</div>".repeat(3000)).getBytes(StandardCharsets.UTF_8),
        "<table><tr><td><p>x</p><td><table><tr><td>y".repeat(200).getBytes(StandardCharsets.UTF_8)};
    byte[][] feedSeeds = {RSS.getBytes(StandardCharsets.UTF_8), ATOM.getBytes(StandardCharsets.UTF_8)};
    byte[] warcSeed = warc();
    int problems = 0;
    int articles = 0;
    for (int i = 0; i < CASES; i++) {
      int kind = i % 10;
      boolean noise = random.nextInt(10) == 0;
      List<ReadItem> items;
      if (kind < 4) {
        byte[] input = noise ? randomBytes(random) : mutate(htmlSeeds[random.nextInt(htmlSeeds.length)], random);
        items = List.of(HtmlArticleReader.read("case" + i + ".html", input, random.nextBoolean() ? null : StandardCharsets.ISO_8859_1, "https://coast.example/2026/11/20/x", ReadLimits.DEFAULT));
      } else if (kind < 7) {
        byte[] input = noise ? randomBytes(random) : mutate(feedSeeds[random.nextInt(feedSeeds.length)], random);
        items = FeedArticleReader.read("case" + i + ".rss", input, ReadLimits.DEFAULT, null);
      } else {
        Path file = dir.resolve("case.warc");
        Files.write(file, noise ? randomBytes(random) : mutate(warcSeed, random));
        try (var stream = ArticleReaders.read(List.of(file), ReadLimits.DEFAULT)) {
          items = stream.toList();
        }
      }
      for (ReadItem item : items) {
        assertThat(item).isNotNull();
        if (item instanceof ReadProblem p) {
          problems++;
          assertThat(p.toString()).as("one line").doesNotContain("\n");
        } else {
          articles++;
        }
      }
    }
    System.out.printf("fuzz: %d inputs, %d articles, %d problem lines%n", CASES, articles, problems);
    assertThat(articles).as("mutations keep many inputs readable").isGreaterThan(CASES / 4);
    assertThat(problems).as("and make others unreadable").isPositive();
  }
}
