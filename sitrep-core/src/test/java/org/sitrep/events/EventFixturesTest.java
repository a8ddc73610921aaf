package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Fixtures;

/**
 * Event coding against the gold files of {@code fixtures/events}: original dated articles spanning
 * the 16 PLOVER types, passives, nominalisations, negation, hedges, denials and quotes.
 *
 * <p>Bars (the events issue's): certainty right on at least 0.85 of the matched events, and F1 of
 * (type, source, target) at least 0.80 (measured 0.803). The coder's rules were studied on these
 * articles, so that figure is fitted. {@code fixtures/events-holdout} holds six articles annotated
 * by a second hand after the rules were written and never studied: F1 0.363 (precision 0.377,
 * recall 0.349), certainty 0.966; part of the gap is the two annotators' conventions (a signed
 * ceasefire as SUPPORT there, RETREAT here; no target taken from where an act happens), part is
 * the coder. This test guards the held-out
 * figure against regression at 0.33 and holds its certainty to the bar.
 */
class EventFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double F1_BAR = 0.80;
  /** Regression guard for the held-out articles, below their measured F1 0.363 (see the class comment). */
  private static final double HELD_OUT_F1_GUARD = 0.33;
  private static final double CERTAINTY_BAR = 0.85;

  /** Counts of one set of fixtures. */
  private static final class Score {
    int goldCount;
    int predictedCount;
    int matched;
    int certaintyRight;

    double precision() {
      return predictedCount == 0 ? 0 : (double) matched / predictedCount;
    }

    double recall() {
      return goldCount == 0 ? 0 : (double) matched / goldCount;
    }

    double f1() {
      return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }

    double certainty() {
      return matched == 0 ? 0 : (double) certaintyRight / matched;
    }

    void print(String name) {
      System.out.printf(Locale.ROOT, "%s: (type, source, target) precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f; certainty %.3f (%d/%d)%n",
          name, precision(), matched, predictedCount, recall(), matched, goldCount, f1(), certainty(), certaintyRight, matched);
    }
  }

  /** The fixtures the coder's rules were studied on. */
  private static final Score STUDIED = new Score();
  /** Articles written after the rules, never studied ({@code fixtures/events-holdout}). */
  private static final Score HELD_OUT = new Score();
  private static final List<Document> DOCUMENTS = new ArrayList<>();

  @BeforeAll
  static void codeFixtures() throws IOException {
    Pipeline pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
    code(pipeline, "events", STUDIED);
    code(pipeline, "events-holdout", HELD_OUT);
  }

  private static void code(Pipeline pipeline, String folder, Score into) throws IOException {
    for (Path file : Fixtures.articles(folder)) {
      JsonNode gold = MAPPER.readTree(Fixtures.goldOf(file).toFile());
      Document doc = pipeline.process(Fixtures.readDated(file, LocalDate.parse(gold.get("published").asText())));
      DOCUMENTS.add(doc);
      score(folder + "/" + file.getFileName(), gold, doc, into);
    }
  }

  private static void score(String fixture, JsonNode gold, Document doc, Score into) {
    Map<String, String> names = new HashMap<>();
    for (Actor a : doc.require(Actors.LAYER).actors()) {
      names.put(a.id(), norm(a.name()));
    }
    List<String[]> predicted = new ArrayList<>();
    for (Event e : doc.require(EventLayer.LAYER).events()) {
      predicted.add(new String[] {e.type() + " | " + name(names, e.source()) + " -> " + name(names, e.target()), e.certainty().label(), doc.text(e.trigger())});
    }
    into.predictedCount += predicted.size();
    List<String> missed = new ArrayList<>();
    for (JsonNode g : gold.get("events")) {
      into.goldCount++;
      String key = g.get("type").asText() + " | " + norm(g.get("source").asText("-")) + " -> " + norm(g.get("target").asText("-"));
      String[] hit = predicted.stream().filter(p -> p[0].equals(key)).findFirst().orElse(null);
      if (hit == null) {
        missed.add(key + " [" + g.get("evidence").asText() + "]");
        continue;
      }
      predicted.remove(hit);
      into.matched++;
      if (hit[1].equals(g.get("certainty").asText())) {
        into.certaintyRight++;
      } else {
        missed.add("certainty " + key + ": gold " + g.get("certainty").asText() + ", got " + hit[1]);
      }
    }
    System.out.println(fixture + " missed " + missed);
    System.out.println(fixture + " extra " + predicted.stream().map(p -> p[0] + " (" + p[2] + ", " + p[1] + ")").toList());
  }

  private static String name(Map<String, String> names, String id) {
    return id == null ? "-" : names.getOrDefault(id, "?");
  }

  static String norm(String s) {
    if (s == null || s.equals("null")) {
      return "-";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  @Test
  void eventsMeetTheBars() {
    STUDIED.print("event fixtures");
    assertThat(STUDIED.goldCount).isGreaterThanOrEqualTo(200);
    assertThat(STUDIED.f1()).isGreaterThanOrEqualTo(F1_BAR);
    assertThat(STUDIED.certainty()).isGreaterThanOrEqualTo(CERTAINTY_BAR);
  }

  @Test
  void heldOutArticlesHoldWhatTheyReach() {
    HELD_OUT.print("held-out event fixtures");
    assertThat(HELD_OUT.goldCount).isGreaterThanOrEqualTo(80);
    assertThat(HELD_OUT.f1()).isGreaterThanOrEqualTo(HELD_OUT_F1_GUARD);
    assertThat(HELD_OUT.certainty()).isGreaterThanOrEqualTo(CERTAINTY_BAR);
  }

  @Test
  void evidenceSlicesTheTextAndNoEventTargetsItsOwnSource() {
    for (Document doc : DOCUMENTS) {
      for (Event e : doc.require(EventLayer.LAYER).events()) {
        assertThat(doc.text(e.evidence())).isNotBlank();
        assertThat(e.evidence().contains(e.trigger())).isTrue();
        if (e.source() != null) {
          assertThat(e.source()).isNotEqualTo(e.target());
        }
      }
      for (Claim c : doc.require(EventLayer.LAYER).claims()) {
        assertThat(doc.text(c.evidence())).isNotBlank();
      }
    }
  }
}
