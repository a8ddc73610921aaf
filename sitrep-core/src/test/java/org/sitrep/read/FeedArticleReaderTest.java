package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS 2.0, RSS 0.91 and Atom feeds of our own, against their gold items. */
class FeedArticleReaderTest {
  private static final Path DIR = Path.of("src/test/resources/fixtures/web/feeds");

  private static List<Article> articles(List<ReadItem> items) {
    return items.stream().filter(Article.class::isInstance).map(Article.class::cast).toList();
  }

  @Test
  void everyItemComesOutWithItsTitleLinkAndDateAndTeasersAreSaidToBeTeasers() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(DIR.resolve("feeds.gold.json").toFile());
    for (String feed : List.of("world-rss2.xml", "tech-atom.xml", "old-rss091.xml")) {
      List<ReadItem> items;
      try (var stream = ArticleReaders.read(List.of(DIR.resolve(feed)), ReadLimits.DEFAULT)) {
        items = stream.toList();
      }
      List<Article> articles = articles(items);
      JsonNode expected = gold.get(feed);
      assertThat(articles).as(feed).hasSize(expected.size());
      int warnings = 0;
      for (int i = 0; i < expected.size(); i++) {
        JsonNode g = expected.get(i);
        Article a = articles.get(i);
        assertThat(a.title()).as(feed).isEqualTo(g.get("title").asText());
        assertThat(a.url()).as(feed).isEqualTo(g.get("link").asText());
        if (g.get("published").isNull()) {
          assertThat(a.published()).as(feed).isNull();
        } else {
          // ROME gives instants: the day may be the UTC one for late-evening items.
          String day = g.get("published").asText();
          assertThat(List.of(a.published().toLocalDate().toString(), a.published().toLocalDate().minusDays(1).toString())).as(feed + " " + a.title()).contains(day);
        }
        if (g.get("hasFullContent").asBoolean()) {
          assertThat(a.body().split("\\s+").length).as(feed + ": full text").isGreaterThanOrEqualTo(FeedArticleReader.FULL_TEXT_WORDS);
        } else {
          warnings++;
        }
      }
      long teaserWarnings = items.stream().filter(i -> i instanceof ReadProblem p && !p.isError() && p.reason().startsWith("only the feed's teaser")).count();
      assertThat(teaserWarnings).as(feed).isEqualTo(warnings);
    }
  }

  @Test
  void itemsWithOnlyATeaserHaveTheirLinkedPageFetched() throws IOException {
    byte[] feed = Files.readAllBytes(DIR.resolve("old-rss091.xml"));
    List<String> fetched = new ArrayList<>();
    LinkFetcher fetcher = (origin, url) -> {
      fetched.add(url);
      return new Article(origin, "Page title", List.of(), "The whole article from the page. It has two sentences.", url, "Page outlet", null);
    };
    List<Article> articles = articles(FeedArticleReader.read("old.xml", feed, ReadLimits.DEFAULT, fetcher));
    assertThat(fetched).hasSize(3);
    assertThat(articles).hasSize(3).allSatisfy(a -> assertThat(a.body()).startsWith("The whole article from the page."));
    assertThat(articles.get(0).title()).as("the feed's title wins").isEqualTo("Library book sale raises record sum");

    LinkFetcher skipAll = (origin, url) -> null;
    assertThat(FeedArticleReader.read("old.xml", feed, ReadLimits.DEFAULT, skipAll)).as("skipped items leave nothing").isEmpty();
  }

  @Test
  void aFileThatIsNotAFeedIsOneLine() {
    List<ReadItem> items = FeedArticleReader.read("notes.xml", "<html><body>hello</body></html>".getBytes(), ReadLimits.DEFAULT, null);
    assertThat(items).singleElement().asString().startsWith("notes.xml: not an RSS or Atom feed");
  }

  @Test
  void anExternalEntityIsNeverResolved() throws IOException {
    Path secret = Files.writeString(Files.createTempFile("sitrep-secret", ".txt"), "TOP-SECRET-CONTENT");
    String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link><description>d</description>"
        + "<item><title>Item &xxe;</title><link>https://x.example/a</link><description>Teaser &xxe; text.</description></item></channel></rss>";
    List<ReadItem> items = FeedArticleReader.read("xxe.xml", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReadLimits.DEFAULT, null);
    assertThat(items.toString()).doesNotContain("TOP-SECRET-CONTENT");
    Files.delete(secret);
  }
}
