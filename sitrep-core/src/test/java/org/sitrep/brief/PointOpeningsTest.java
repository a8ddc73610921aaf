package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/** Openings a key point drops so that it stands alone and says the news. Original texts. */
class PointOpeningsTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
  }

  private static Brief brief(String body) {
    return pipeline.process(new Article("openings", "", List.of(), body, null, null, null)).require(Brief.LAYER);
  }

  @Test
  void aPagePhraseGluedToASentenceIsDropped() {
    Brief brief = brief("The harbour authority in Valdora closed the northern pier on Monday after storm damage was found in its foundations. "
        + "Scroll down for video Engineers inspected the cracked pillars for six hours before ordering the closure. "
        + "Fishing crews will use the southern pier until repairs end next spring, the authority said. "
        + "Local traders said the closure would cost them customers during the busiest weeks of the season.");
    assertThat(brief.keyPoints()).hasSize(3).noneMatch(p -> p.toLowerCase().contains("scroll down"));
    assertThat(brief.body()).doesNotContainIgnoringCase("scroll down");
  }

  @Test
  void anItThatOnlyPlacesTheNewsAfterAnotherEventGivesWayToThatEvent() {
    Brief brief = brief("The harbour authority in Valdora closed the northern pier on Monday after storm damage was found in its foundations. "
        + "It comes after the regional council voted to cut the port's maintenance budget by a third last year. "
        + "Fishing crews will use the southern pier until repairs end next spring, the authority said.");
    assertThat(brief.keyPoints()).contains("The regional council voted to cut the port's maintenance budget by a third last year.");
  }
}
