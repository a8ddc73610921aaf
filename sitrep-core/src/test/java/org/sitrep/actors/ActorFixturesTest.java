package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Fixtures;

/**
 * Actor resolution against the gold files of the fixtures in {@code fixtures/actors}: original
 * articles dated 2015–2025 exercising titles, aliases, pronouns, metonyms, demonyms, dated roles and
 * unknown people. The bar: precision and recall of (actor, country, role) of at least 0.90.
 */
class ActorFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double BAR = 0.90;
  private static final List<Result> RESULTS = new ArrayList<>();

  /** What one fixture gave: gold and predicted tuples, and mention strings found. */
  record Result(String fixture, Set<String> gold, Set<String> predicted, int goldMentions, int mentionsFound, List<String> missedMentions) {}

  @BeforeAll
  static void analyseFixtures() throws IOException {
    Pipeline pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
    for (Path file : Fixtures.articles("actors")) {
      JsonNode gold = MAPPER.readTree(Fixtures.goldOf(file).toFile());
      Document doc = pipeline.process(Fixtures.readDated(file, LocalDate.parse(gold.get("published").asText())));
      RESULTS.add(compare(file.getFileName().toString(), gold, doc));
    }
  }

  private static Result compare(String fixture, JsonNode gold, Document doc) {
    Set<String> goldTuples = new HashSet<>();
    Map<String, List<String>> goldMentions = new HashMap<>();
    for (JsonNode a : gold.get("actors")) {
      goldTuples.add(tuple(a.get("name").asText(), a.get("country").asText(null), a.get("role").asText(null)));
      List<String> mentions = new ArrayList<>();
      a.get("mentions").forEach(m -> mentions.add(m.asText()));
      goldMentions.put(norm(a.get("name").asText()), mentions);
    }
    Set<String> predicted = new HashSet<>();
    Map<String, Set<String>> predictedMentions = new HashMap<>();
    for (Actor a : doc.require(Actors.LAYER).actors()) {
      predicted.add(tuple(a.name(), a.country(), a.role()));
      Set<String> texts = new HashSet<>();
      a.mentions().forEach(m -> texts.add(mentionKey(doc.text(m))));
      predictedMentions.put(norm(a.name()), texts);
    }
    int total = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : goldMentions.entrySet()) {
      Set<String> got = predictedMentions.getOrDefault(e.getKey(), Set.of());
      for (String m : e.getValue()) {
        total++;
        if (got.contains(mentionKey(m))) {
          found++;
        } else {
          missed.add(e.getKey() + ": " + m);
        }
      }
    }
    return new Result(fixture, goldTuples, predicted, total, found, missed);
  }

  private static String tuple(String name, String country, String role) {
    return norm(name) + " | " + (country == null ? "-" : country) + " | " + (role == null ? "-" : normRole(role));
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  private static String normRole(String role) {
    return norm(role).replace("defense", "defence").replace('-', ' ');
  }

  /** Mentions compare without a leading article and without case: "The Kremlin" = "Kremlin". */
  private static String mentionKey(String mention) {
    return norm(mention).replaceFirst("^the ", "");
  }

  @Test
  void actorCountryAndRoleMeetTheBar() {
    int tp = 0;
    int gold = 0;
    int predicted = 0;
    for (Result r : RESULTS) {
      Set<String> hit = new HashSet<>(r.predicted());
      hit.retainAll(r.gold());
      tp += hit.size();
      gold += r.gold().size();
      predicted += r.predicted().size();
      Set<String> missing = new HashSet<>(r.gold());
      missing.removeAll(r.predicted());
      Set<String> extra = new HashSet<>(r.predicted());
      extra.removeAll(r.gold());
      System.out.println(r.fixture() + ": missing " + missing + " extra " + extra);
    }
    double precision = (double) tp / predicted;
    double recall = (double) tp / gold;
    System.out.printf(Locale.ROOT, "actor fixtures: (actor, country, role) precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision, tp, predicted, recall, tp, gold);
    assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(12);
    assertThat(precision).isGreaterThanOrEqualTo(BAR);
    assertThat(recall).isGreaterThanOrEqualTo(BAR);
  }

  @Test
  void mentionRecallIsReported() {
    int total = RESULTS.stream().mapToInt(Result::goldMentions).sum();
    int found = RESULTS.stream().mapToInt(Result::mentionsFound).sum();
    RESULTS.forEach(r -> System.out.println(r.fixture() + " missed mentions: " + r.missedMentions()));
    System.out.printf(Locale.ROOT, "actor fixtures: mention strings found %.3f (%d/%d)%n", (double) found / total, found, total);
    assertThat(total).isPositive();
  }
}
