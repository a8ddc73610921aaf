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
  }
}
