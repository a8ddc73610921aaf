package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/** Three outlets' takes on one event make one brief whose points name their sources. */
class MultiArticleBriefTest {
  private static final String WIRE =
      "Chile suspended lithium talks with Bolivia on Monday after a border incident in the Atacama desert. "
          + "Chilean Foreign Minister Ana Rojas said the talks would stay frozen until Bolivia explained why its soldiers crossed the border. "
          + "Bolivia's government said the patrol had lost its way in a sandstorm. "
          + "The two countries hold the largest lithium reserves in the world.";
  private static final String DAILY =
      "Chile on Monday suspended its lithium negotiations with Bolivia following a border incident in the Atacama. "
          + "Foreign Minister Ana Rojas told reporters the talks would stay frozen until Bolivia explained why its soldiers crossed into Chile. "
          + "Investors fear the dispute will delay a joint processing plant planned for next year.";
  private static final String WEEKLY =
      "Bolivia's government said on Tuesday that a patrol had lost its way in a sandstorm and crossed the Chilean border by mistake. "
          + "Chile suspended lithium talks with Bolivia on Monday over the border incident in the Atacama desert. "
          + "La Paz called the suspension an overreaction and asked for the talks to resume.";

  @Test
  void pointsToldBySeveralOutletsComeFirstWithTheirSources() {
    Pipeline pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
    List<Document> docs = List.of(
        pipeline.process(new Article("wire", "", List.of(), WIRE, null, null, null)),
        pipeline.process(new Article("daily", "", List.of(), DAILY, null, null, null)),
        pipeline.process(new Article("weekly", "", List.of(), WEEKLY, null, null, null)));
    MultiArticleBrief.StoryBrief brief = MultiArticleBrief.of(docs);
    assertThat(brief.keyPoints()).hasSize(3);
    assertThat(brief.keyPoints().get(0).sources()).as("the suspension is told by all three").hasSize(3);
    assertThat(brief.keyPoints().get(0).text()).contains("suspended");
    List<String> allPoints = docs.stream().flatMap(d -> d.require(Brief.LAYER).keyPoints().stream()).toList();
    brief.keyPoints().forEach(p -> assertThat(allPoints).contains(p.text()));
    assertThat(docs.stream().map(Document::id).toList()).contains(brief.leadArticle());
    assertThat(brief.headline()).isEqualTo(docs.stream().filter(d -> d.id().equals(brief.leadArticle())).findFirst().orElseThrow().require(Brief.LAYER).headline());
  }

  @Test
  void aStoryNeedsAnArticle() {
    assertThatThrownBy(() -> MultiArticleBrief.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
