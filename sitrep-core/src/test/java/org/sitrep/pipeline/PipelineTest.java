package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.config.ConfigException;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadProblem;

class PipelineTest {
  private static final Layer<String> UPPER = Layer.of("upper", String.class);

  /** A stage that adds the upper-cased text, or throws on articles whose body says "boom". */
  private static final class UpperStage implements Stage {
    @Override
    public String name() {
      return "upper";
    }

    @Override
    public void process(Document document) {
      if (document.article().body().contains("boom")) {
        throw new IllegalArgumentException("cannot handle boom");
      }
      document.put(UPPER, document.text().toUpperCase());
    }
  }

  private static final class NeedsUpper implements Stage {
    @Override
    public String name() {
      return "after";
    }

    @Override
    public Set<String> requires() {
      return Set.of("upper");
    }

    @Override
    public void process(Document document) {
      document.require(UPPER);
    }
  }

  @Test
  void runsStagesInOrderAndTimesThem() {
    Pipeline pipeline = Pipeline.of(List.of(new UpperStage(), new NeedsUpper()));
    Document doc = pipeline.process(Article.of("a", "Title", "Body."));
    assertThat(doc.require(UPPER)).isEqualTo("TITLE\n\nBODY.");
    assertThat(pipeline.stageNames()).containsExactly("upper", "after");
    assertThat(pipeline.timings().documents()).isEqualTo(1);
    assertThat(pipeline.timings().meanMillis()).containsOnlyKeys("upper", "after");
  }

  @Test
  void refusesAStageWhoseRequirementIsMissing() {
    assertThatThrownBy(() -> Pipeline.of(List.of(new NeedsUpper())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("stage 'after' needs stage 'upper'");
  }

  @Test
  void configuredPipelineRefusesActorsWithoutNlp() {
    SitrepConfig config = SitrepConfig.builder().disableStages(List.of("nlp")).build();
    assertThatThrownBy(() -> Pipeline.fromConfig(config)).hasMessageContaining("stage 'actors' needs stage 'nlp'");
  }

  @Test
  void aFailingStageIsNamed() {
    Pipeline pipeline = Pipeline.of(List.of(new UpperStage()));
    assertThatThrownBy(() -> pipeline.process(Article.of("a", "T", "boom")))
        .isInstanceOf(StageFailure.class)
        .hasMessageContaining("stage 'upper' failed")
        .hasMessageContaining("cannot handle boom");
  }

  @Test
  void batchKeepsInputOrderAndReportsEachFailure() {
    Pipeline pipeline = Pipeline.of(List.of(new UpperStage()));
    List<ReadItem> items = new ArrayList<>();
    IntStream.range(0, 50).forEach(i -> items.add(Article.of("art" + i, "T" + i, i == 7 ? "boom" : "Body " + i + ".")));
    items.add(20, ReadProblem.error("bad.txt", "empty file"));
    List<String> seen = new ArrayList<>();
    new BatchRunner<>(pipeline, 4, doc -> doc.require(UPPER))
        .run(items.stream(), outcome -> seen.add(outcome.origin() + ":" + outcome.getClass().getSimpleName()));
    assertThat(seen).hasSize(51);
    assertThat(seen.get(7)).isEqualTo("art7:Failed");
    assertThat(seen.get(20)).isEqualTo("bad.txt:Unreadable");
    assertThat(seen.get(21)).isEqualTo("art20:Analysed");
    assertThat(seen.get(50)).isEqualTo("art49:Analysed");
  }

  @Test
  void batchOfNothingDoesNothing() {
    List<String> seen = new ArrayList<>();
    new BatchRunner<>(Pipeline.of(List.of()), 2, Document::id).run(Stream.empty(), o -> seen.add(o.origin()));
    assertThat(seen).isEmpty();
  }
}
