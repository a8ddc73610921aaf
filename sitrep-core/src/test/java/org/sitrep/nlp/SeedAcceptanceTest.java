package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.AnalysisAssembler;
import org.sitrep.analysis.AnalysisJson;
import org.sitrep.config.SitrepConfig;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadItem;
import org.sitrep.testing.ContractValidator;
import org.sitrep.testing.Shared;

/** The seed article in {@code ../shared/seed}: skipped when that folder is not there. */
class SeedAcceptanceTest {

  @Test
  void seedAnalysisMeetsTheContract() throws Exception {
    Optional<Path> seed = Shared.path("seed/000_9560b2e6ee3a37ac.txt");
    assumeTrue(seed.isPresent(), "../shared/seed is absent");
    List<String> lines = Files.readAllLines(seed.get());
    Article article;
    try (Stream<ReadItem> items = ArticleReaders.read(List.of(seed.get()), SitrepConfig.defaults().readLimits())) {
      article = (Article) items.findFirst().orElseThrow();
    }
    String line = AnalysisJson.line(AnalysisAssembler.assemble(Pipeline.fromConfig(SitrepConfig.defaults()).process(article)));

    assertThat(ContractValidator.create().violations(line)).isEmpty();
    JsonNode out = new ObjectMapper().readTree(line);
    assertThat(out.at("/source/title").asText()).isEqualTo(lines.get(0));
    List<String> keyPoints = new ArrayList<>();
    out.at("/source/keyPoints").forEach(k -> keyPoints.add(k.asText()));
    assertThat(keyPoints).containsExactly(lines.get(1).substring(2), lines.get(2).substring(2), lines.get(3).substring(2));

    List<String> names = new ArrayList<>();
    String text = out.at("/source/text").asText();
    for (JsonNode actor : out.get("actors")) {
      names.add(actor.get("name").asText());
      for (JsonNode m : actor.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      }
    }
    assertThat(names).contains("Vladimir Putin", "Donald Trump", "Sergei Lavrov", "Mark Rutte", "Ukraine", "Russia", "NATO");

    assertActor(out, "Vladimir Putin", "person", "RUS", null, "GOV", "President", "RUSGOV");
    assertActor(out, "Sergei Lavrov", "person", "RUS", null, "GOV", "Foreign Minister", "RUSGOV");
    assertActor(out, "Donald Trump", "person", "USA", null, "GOV", "President-elect", "USAGOV");
    assertActor(out, "Mark Rutte", "person", null, "NATO", null, "Secretary General", "IGONATO");
    assertActor(out, "NATO", "organization", null, "NATO", null, null, "IGONATO");
    assertActor(out, "Ukraine", "country", "UKR", null, null, null, "UKR");
    assertActor(out, "Russia", "country", "RUS", null, null, null, "RUS");
    assertActor(out, "Russian government", "organization", "RUS", null, "GOV", null, "RUSGOV");
    assertActor(out, "British military", "organization", "GBR", null, "MIL", null, "GBRMIL");
    assertActor(out, "Europe", "group", null, null, null, null, "EUR");

    // "He emphasized ..." is Lavrov; the Kremlin and "Russian officials" are Russia's government;
    // "Donald Trump's advisors" and "Trump's team" are Trump's side.
    int he = text.indexOf("He emphasized");
    assertThat(mentionStarts(out, "Sergei Lavrov")).contains(he);
    assertThat(mentionTexts(out, "Russian government")).contains("Kremlin", "Russian officials");
    assertThat(mentionTexts(out, "Donald Trump")).contains("Donald Trump's advisors", "Donald Trump's team");
    assertThat(mentionTexts(out, "British military")).contains("British");
    assertThat(mentionTexts(out, "Europe")).contains("European");
    int forces = text.indexOf("British and European peacekeeping forces");
    assertThat(mentionStarts(out, "British military")).contains(forces);

    // Events: Putin rejects the US proposal (asserted); Lavrov opposes it and accuses NATO and the
    // US; Putin's demands; Rutte asks NATO members to prepare; the proposal itself is only alleged.
    String putin = actor(out, "Vladimir Putin").get("id").asText();
    String lavrov = actor(out, "Sergei Lavrov").get("id").asText();
    String trump = actor(out, "Donald Trump").get("id").asText();
    String rutte = actor(out, "Mark Rutte").get("id").asText();
    String nato = actor(out, "NATO").get("id").asText();
    String usa = actor(out, "United States").get("id").asText();
    assertThat(events(out)).contains(
        "REJECT " + putin + " -> " + trump + " asserted",
        "REJECT " + lavrov + " -> " + trump + " asserted",
        "ACCUSE " + lavrov + " -> " + nato + " asserted",
        "ACCUSE " + lavrov + " -> " + usa + " asserted",
        "REQUEST " + rutte + " -> " + nato + " asserted");
    assertThat(events(out)).anyMatch(e -> e.startsWith("REQUEST " + putin + " -> "));
    assertThat(events(out)).filteredOn(e -> e.startsWith("AGREE " + trump + " "))
        .isNotEmpty()
        .allMatch(e -> !e.endsWith(" asserted"), "the leaked proposal is never asserted");
    for (JsonNode e : out.get("events")) {
      JsonNode evidence = e.get("evidence");
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
      assertThat(e.get("source").asText("")).isNotEqualTo(e.get("target").asText(null));
    }

    // Positions: the peace deal, its two terms, the US proposes, Russia rejects.
    JsonNode deal = out.get("positions").get(0);
    assertThat(deal.get("issue").asText()).isEqualTo("peace deal");
    List<String> terms = new ArrayList<>();
    deal.get("terms").forEach(t -> terms.add(t.get("text").asText()));
    assertThat(terms).hasSize(2);
    assertThat(terms.get(0)).contains("two-decade postponement of Ukraine's NATO membership");
    assertThat(terms.get(1)).contains("British and European peacekeeping forces");
    List<String> stances = new ArrayList<>();
    deal.get("stances").forEach(st -> stances.add(countryOf(out, st.get("actor").asText()) + " " + st.get("stance").asText()));
    assertThat(stances).contains("USA proposes", "RUS rejects");
  }

  private static List<String> events(JsonNode out) {
    List<String> events = new ArrayList<>();
    out.get("events").forEach(e -> events.add(e.get("type").asText() + " " + e.get("source").asText(null) + " -> " + e.get("target").asText(null) + " " + e.get("certainty").asText()));
    return events;
  }

  private static String countryOf(JsonNode out, String actorId) {
    for (JsonNode a : out.get("actors")) {
      if (a.get("id").asText().equals(actorId)) {
        return a.get("country").asText(null);
      }
    }
    return null;
  }

  private static JsonNode actor(JsonNode out, String name) {
    for (JsonNode a : out.get("actors")) {
      if (a.get("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no actor named " + name + " in " + out.get("actors"));
  }

  /**
   * The brief of the seed with its bullets stripped: the headline says Putin or Russia rejects the
   * deal, three points that stand alone, the leaked proposal never stated as fact, and markdown in
   * the seed's own shape.
   */
  @Test
  void seedBriefHasTheSeedsShapeAndKeepsItsHedges() throws Exception {
    Optional<Path> seed = Shared.path("seed/000_9560b2e6ee3a37ac.txt");
    assumeTrue(seed.isPresent(), "../shared/seed is absent");
    List<String> lines = Files.readAllLines(seed.get());
    String body = String.join("\n", lines.subList(4, lines.size()));
    Article stripped = new Article(seed.get().toString(), lines.get(0), List.of(), body, null, null, null);
    org.sitrep.analysis.Analysis analysis = AnalysisAssembler.assemble(Pipeline.fromConfig(SitrepConfig.defaults()).process(stripped));

    String headline = analysis.brief().headline();
    assertThat(headline).containsAnyOf("Putin", "Russia").containsAnyOf("reject", "dismiss").containsAnyOf("deal", "proposal", "plan");
    assertThat(headline).as("Sitrep's own headline, not the title").isNotEqualTo(lines.get(0));
    List<String> points = analysis.brief().keyPoints();
    assertThat(points).hasSize(3);
    for (String point : points) {
      String first = point.split("[^\\p{L}]+")[0].toLowerCase(java.util.Locale.ROOT);
      assertThat(List.of("he", "she", "it", "they", "his", "its", "their", "this", "these", "however", "but", "and", "furthermore", "simultaneously", "meanwhile"))
          .as(point).doesNotContain(first);
      String lower = point.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("peacekeep") || lower.contains("membership") || lower.contains("trump's team") || lower.contains("proposed by")) {
        assertThat(lower).as("the leaked proposal stays hedged: " + point).containsAnyOf("reportedly", "reported", "allegedly", "purportedly", "leak", "not formally confirmed");
      }
    }
    String[] markdown = org.sitrep.analysis.AnalysisMarkdown.render(analysis).split("\n");
    assertThat(markdown[0]).isEqualTo(headline);
    for (int i = 1; i <= 3; i++) {
      assertThat(markdown[i]).isEqualTo("- " + points.get(i - 1));
    }
    assertThat(markdown[4]).isEqualTo(analysis.brief().body()).isNotBlank();
  }

  private static void assertActor(JsonNode out, String name, String kind, String country, String org, String sector, String role, String code) {
    JsonNode a = actor(out, name);
    assertThat(a.get("kind").asText()).as(name + " kind").isEqualTo(kind);
    assertThat(a.get("country").asText(null)).as(name + " country").isEqualTo(country);
    assertThat(a.get("org").asText(null)).as(name + " org").isEqualTo(org);
    assertThat(a.get("sector").asText(null)).as(name + " sector").isEqualTo(sector);
    assertThat(a.get("role").asText(null)).as(name + " role").isEqualTo(role);
    assertThat(a.get("code").asText(null)).as(name + " code").isEqualTo(code);
  }

  private static List<String> mentionTexts(JsonNode out, String name) {
    List<String> texts = new ArrayList<>();
    actor(out, name).get("mentions").forEach(m -> texts.add(m.get("text").asText()));
    return texts;
  }

  private static List<Integer> mentionStarts(JsonNode out, String name) {
    List<Integer> starts = new ArrayList<>();
    actor(out, name).get("mentions").forEach(m -> starts.add(m.get("start").asInt()));
    return starts;
  }
}
