package org.sitrep.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our own web pages (24 news pages from fictional outlets, with the usual furniture: navigation,
 * cookie banners, related links, newsletter boxes, comments) and their gold metadata and text
 * boundaries.
 */
class HtmlFixturesTest {
  private static final Path DIR = Path.of("src/test/resources/fixtures/web");

  /** The bar: the publication day right on at least 90% of the pages. */
  private static final double DATE_BAR = 0.90;

  private record Case(String file, JsonNode gold, HtmlArticleReader.Page page) {}

  private static final List<Case> CASES = new ArrayList<>();

  @BeforeAll
  static void readPages() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(DIR.resolve("pages.gold.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byte[] html = Files.readAllBytes(DIR.resolve("pages").resolve(e.getKey()));
      CASES.add(new Case(e.getKey(), e.getValue(), HtmlArticleReader.page(html, null, null)));
    }
  }

  @Test
  void thePublicationDayIsRightOnAtLeastNinetyPercentOfThePages() {
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      LocalDate expected = LocalDate.parse(c.gold().get("published").asText());
      PageMetadata.Sourced<java.time.OffsetDateTime> found = c.page().metadata().published();
      if (found.value() != null && found.value().toLocalDate().equals(expected)) {
        right++;
      } else {
        wrong.add(c.file() + " (" + c.gold().get("dateSource").asText() + "): expected " + expected + ", got " + found.value() + " from " + found.source());
      }
    }
    System.out.printf("publish dates: %d of %d right%n", right, CASES.size());
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(20);
    assertThat((double) right / CASES.size()).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(DATE_BAR);
  }

  @Test
  void theTextRunsFromTheFirstToTheLastSentenceWithoutTheFurniture() {
    for (Case c : CASES) {
      String text = c.page().text();
      assertThat(text).as(c.file()).contains(c.gold().get("firstSentence").asText()).contains(c.gold().get("lastSentence").asText());
      for (JsonNode boilerplate : c.gold().get("mustNotContain")) {
        assertThat(text).as(c.file() + " must leave out page furniture").doesNotContain(boilerplate.asText());
      }
    }
  }

  @Test
  void titleCanonicalUrlSiteAndAuthorsComeWithTheirSources() {
    int outlets = 0;
    int authors = 0;
    for (Case c : CASES) {
      PageMetadata m = c.page().metadata();
      assertThat(m.title().value()).as(c.file()).isEqualTo(c.gold().get("title").asText());
      assertThat(m.canonicalUrl().value()).as(c.file()).isEqualTo(c.gold().get("url").asText());
      assertThat(m.title().source()).isNotBlank();
      outlets += c.gold().get("outlet").asText().equals(m.siteName().value()) ? 1 : 0;
      List<String> goldAuthors = new ArrayList<>();
      c.gold().get("authors").forEach(a -> goldAuthors.add(a.asText()));
      authors += m.authors().value() != null && m.authors().value().containsAll(goldAuthors) ? 1 : 0;
    }
    System.out.printf("metadata: outlet right on %d, authors on %d of %d pages%n", outlets, authors, CASES.size());
    assertThat(outlets).isGreaterThanOrEqualTo(CASES.size() * 3 / 4);
    assertThat(authors).isGreaterThanOrEqualTo(CASES.size() * 3 / 4);
  }
}
