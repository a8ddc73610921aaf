package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Fixtures;

/**
 * The brief's shape rules on every fixture article: the twelve written for briefs ({@code
 * fixtures/briefs}: pronoun and connective openers, demonstratives, hedged facts, quotes, long
 * sentences) and the actor and event fixtures. The word lists here are the test's own, not the
 * stage's data files, so the test checks the rules rather than the lists.
 */
class BriefFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "them", "his", "her", "their", "its", "this", "these", "that", "those");
  private static final Set<String> CONNECTIVES =
      Set.of("however", "but", "and", "meanwhile", "furthermore", "moreover", "also", "still", "yet", "so", "additionally", "nevertheless", "in addition", "instead", "separately");
  private static final List<String> HEDGES =
      List.of("reported", "reportedly", "allegedly", "alleged", "according", "said", "says", "not confirmed", "unconfirmed", "denied", "denies", "claimed", "claims", "leaked", "draft", "purportedly");
  private static final double HEADLINE_ACTOR_BAR = 0.75;

  private record Case(String name, Document doc, JsonNode gold) {}

  private static final List<Case> CASES = new ArrayList<>();

  @BeforeAll
  static void brief() throws IOException {
    Pipeline pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
    for (String folder : List.of("briefs", "actors", "events")) {
      for (Path file : Fixtures.articles(folder)) {
        JsonNode gold = MAPPER.readTree(Fixtures.goldOf(file).toFile());
        LocalDate published = gold.has("published") ? LocalDate.parse(gold.get("published").asText()) : LocalDate.of(2025, 1, 1);
        CASES.add(new Case(folder + "/" + file.getFileName(), pipeline.process(Fixtures.readDated(file, published)), gold));
      }
    }
  }

  @Test
  void everyBriefHasTheSeedsShape() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
    for (Case c : CASES) {
      Brief brief = c.doc().require(Brief.LAYER);
      assertThat(brief.headline()).as(c.name()).isNotBlank().hasSizeLessThanOrEqualTo(80).doesNotContain("\n");
      assertThat(brief.keyPoints()).as(c.name()).hasSize(3);
      for (String point : brief.keyPoints()) {
        String where = c.name() + ": " + point;
        List<String> written = Arrays.stream(point.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).toList();
        assertThat(written).as(where + ": words as written").hasSizeLessThanOrEqualTo(30).hasSizeGreaterThanOrEqualTo(5);
        assertThat(point).as(where + " ends a sentence").matches("(?s).*[.!?][\"'”’)]?");
        assertThat(point).as(where + " is one sentence").doesNotContainPattern("[a-z]{2,}[.!?][\"'”’)]? +[A-Z]");
        assertThat(point.chars().filter(ch -> ch == '"').count() % 2).as(where + ": a quotation is never cut in two").isZero();
        String first = words(point).get(0);
        assertThat(PRONOUNS).as(where + " opens with a pronoun").doesNotContain(first);
        assertThat(CONNECTIVES.stream().noneMatch(m -> (point.toLowerCase(Locale.ROOT) + " ").startsWith(m + " ") || point.toLowerCase(Locale.ROOT).startsWith(m + ",")))
            .as(where + " opens with a connective").isTrue();
        assertThat(articleWords(c.doc())).as(where + ": its words are the article's").containsAll(words(point));
        assertThat(c.doc().text()).as(where + " is not the article's own bullet").doesNotContain("- " + point);
      }
    }
  }

  @Test
  void theBodyCondensesTheRestInOrder() {
    for (Case c : CASES) {
      Brief brief = c.doc().require(Brief.LAYER);
      String body = c.doc().text(c.doc().bodySpan());
      int budget = (int) Math.ceil(BriefStage.DEFAULT_BODY_RATIO * words(body).size());
      assertThat(words(brief.body()).size()).as(c.name()).isLessThanOrEqualTo(budget + 5).isGreaterThan(0);
      int at = -1;
      for (String sentence : brief.body().split("(?<=[.!?][\"'”’)]?) (?=[A-Z\"“‘'])")) {
        // the sentence's end as written (its opening pronoun may have been replaced by a name)
        String end = sentence.substring(Math.max(0, sentence.length() - 40));
        int found = body.replaceAll("\\s+", " ").indexOf(end, Math.max(0, at));
        assertThat(found).as(c.name() + ": body sentence in the article's order: " + sentence).isGreaterThan(at);
        at = found;
      }
      brief.keyPoints().forEach(point -> assertThat(brief.body()).as(c.name()).doesNotContain(point));
    }
  }

  @Test
  void keyPointsKeepTheArticlesHedges() {
    for (Case c : CASES) {
      if (!c.gold().has("hedged")) {
        continue;
      }
      for (JsonNode phrase : c.gold().get("hedged")) {
        for (String point : c.doc().require(Brief.LAYER).keyPoints()) {
          String lower = point.toLowerCase(Locale.ROOT);
          if (lower.contains(phrase.asText().toLowerCase(Locale.ROOT))) {
            assertThat(HEDGES.stream().anyMatch(lower::contains)).as(c.name() + ": '" + point + "' states a hedged fact as fact").isTrue();
          }
        }
      }
    }
  }

  @Test
  void headlinesNameWhoActs() {
    int named = 0;
    int total = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : CASES) {
      if (!c.gold().has("headlineActors")) {
        continue;
      }
      total++;
      String headline = c.doc().require(Brief.LAYER).headline();
      boolean names = false;
      for (JsonNode actor : c.gold().get("headlineActors")) {
        names |= headline.contains(actor.asText());
      }
      named += names ? 1 : 0;
      if (!names) {
        misses.add(c.name() + ": " + headline);
      }
    }
    System.out.printf(Locale.ROOT, "brief fixtures: headline names a main actor %d/%d%n", named, total);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat((double) named / total).isGreaterThanOrEqualTo(HEADLINE_ACTOR_BAR);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Set<String> articleWords(Document doc) {
    return new HashSet<>(words(doc.text(doc.bodySpan())));
  }
}
