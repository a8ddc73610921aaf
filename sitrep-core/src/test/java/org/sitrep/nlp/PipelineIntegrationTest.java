package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.Analysis;
import org.sitrep.analysis.AnalysisAssembler;
import org.sitrep.analysis.AnalysisJson;
import org.sitrep.config.SitrepConfig;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadItem;
import org.sitrep.testing.ContractValidator;
import org.sitrep.testing.Fixtures;

/** The real pipeline (real CoreNLP models) on the fixture articles written for Sitrep. */
class PipelineIntegrationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Pipeline pipeline;
  private static List<Article> articles;

  @BeforeAll
  static void loadOnce() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
    try (Stream<ReadItem> items = ArticleReaders.read(Fixtures.articles(), SitrepConfig.defaults().readLimits())) {
      articles = items.map(Article.class::cast).toList();
    }
    assertThat(articles).hasSizeGreaterThanOrEqualTo(5);
  }

  private static String analyse(Article article) {
    return AnalysisJson.line(AnalysisAssembler.assemble(pipeline.process(article)));
  }

  @Test
  void everyLineValidatesAgainstTheSchemas() {
    ContractValidator validator = ContractValidator.create();
    for (Article article : articles) {
      assertThat(validator.violations(analyse(article))).as(article.origin()).isEmpty();
    }
  }

  @Test
  void sourceBriefAndMentionOffsetsAreRight() throws IOException {
    for (Article article : articles) {
      JsonNode out = MAPPER.readTree(analyse(article));
      JsonNode gold = MAPPER.readTree(Fixtures.goldOf(java.nio.file.Path.of(article.origin())).toFile());
      String text = out.at("/source/text").asText();
      assertThat(out.at("/source/title").asText()).isEqualTo(gold.get("title").asText());
      assertThat(out.at("/source/keyPoints")).isEqualTo(gold.get("keyPoints"));
      assertThat(out.at("/brief/headline").asText()).as("Sitrep's own headline, not the title").isNotBlank().hasSizeLessThanOrEqualTo(80);
      assertThat(out.at("/brief/keyPoints")).hasSize(3);
      for (JsonNode point : out.at("/brief/keyPoints")) {
        assertThat(gold.get("keyPoints").toString()).as("the brief never copies the article's key points").doesNotContain(point.asText());
        java.util.Set<String> bodyWords = new java.util.HashSet<>(java.util.Arrays.asList(text.substring(text.indexOf("\n\n", text.indexOf("\n- ")) + 2).toLowerCase().split("[^\\p{L}\\p{N}]+")));
        assertThat(bodyWords).as("every word of a point is the body's").containsAll(java.util.List.of(point.asText().toLowerCase().split("[^\\p{L}\\p{N}]+")));
      }
      for (JsonNode actor : out.get("actors")) {
        for (JsonNode m : actor.get("mentions")) {
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
      }
    }
  }

  /**
   * The actors find the named people and organisations of these fixtures' gold files: every gold
   * person under their full name, and most of the strings naming people and organisations within
   * mentions (a mention may carry the title: "Russian Foreign Minister Sergei Lavrov"). (These gold files list places as actors too; the actor stage keeps a city named as a
   * place out of the actors, so places are not counted here. The actor fixtures measure the rest.)
   */
  @Test
  void actorsCoverTheGoldNames() throws IOException {
    int persons = 0;
    int personsFound = 0;
    int surfaces = 0;
    int surfacesFound = 0;
    for (Article article : articles) {
      JsonNode out = MAPPER.readTree(analyse(article));
      JsonNode gold = MAPPER.readTree(Fixtures.goldOf(java.nio.file.Path.of(article.origin())).toFile());
      Set<String> names = new HashSet<>();
      Set<String> mentionTexts = new HashSet<>();
      out.get("actors").forEach(a -> {
        names.add(a.get("name").asText());
        a.get("mentions").forEach(m -> mentionTexts.add(m.get("text").asText()));
      });
      for (JsonNode actor : gold.get("actors")) {
        if (actor.get("kind").asText().equals("person")) {
          persons++;
          if (names.contains(actor.get("name").asText())) {
            personsFound++;
          }
        }
        if (actor.get("kind").asText().equals("country")) {
          continue;
        }
        for (JsonNode surface : actor.get("mentions")) {
          surfaces++;
          if (mentionTexts.stream().anyMatch(m -> m.contains(surface.asText()))) {
            surfacesFound++;
          }
        }
      }
    }
    System.out.printf("fixture actors: persons %d/%d, name strings %d/%d%n", personsFound, persons, surfacesFound, surfaces);
    assertThat((double) personsFound / persons).isGreaterThanOrEqualTo(0.9);
    assertThat((double) surfacesFound / surfaces).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void parallelAnalysisGivesTheSameResultsAsSequential() throws Exception {
    List<String> sequential = articles.stream().map(PipelineIntegrationTest::analyse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Article article : articles) {
          futures.add(pool.submit(() -> analyse(article)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theNlpLayerHasParsesAndTags() {
    var doc = pipeline.process(articles.get(0));
    NlpAnnotations nlp = doc.require(NlpAnnotations.LAYER);
    assertThat(nlp.sentences()).hasSizeGreaterThan(5);
    Sentence first = nlp.sentences().get(0);
    assertThat(first.span()).isEqualTo(doc.titleSpan());
    assertThat(first.dependencies()).hasSize(first.tokens().size());
    assertThat(first.tokens()).allSatisfy(t -> {
      assertThat(t.pos()).isNotBlank();
      assertThat(t.lemma()).isNotBlank();
      assertThat(doc.text(t.span())).isNotBlank();
    });
    assertThat(nlp.entities()).isNotEmpty();
    Analysis analysis = AnalysisAssembler.assemble(doc);
    assertThat(analysis.schema()).isEqualTo("sitrep/analysis-v1");
  }
}
