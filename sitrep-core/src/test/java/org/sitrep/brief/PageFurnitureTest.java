package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/** What a page says to its reader, glued to a sentence by text extraction, stays out of the brief. Original text. */
class PageFurnitureTest {

  @Test
  void aPagePhraseOpeningASentenceIsDropped() {
    String body = "The harbour authority in Valdora closed the northern pier on Monday after storm damage was found in its foundations. "
        + "Scroll down for video Engineers inspected the cracked pillars for six hours before ordering the closure. "
        + "Fishing crews will use the southern pier until repairs end next spring, the authority said. "
        + "Local traders said the closure would cost them customers during the busiest weeks of the season.";
    Document doc = Pipeline.fromConfig(SitrepConfig.defaults()).process(new Article("furniture", "", List.of(), body, null, null, null));
    Brief brief = doc.require(Brief.LAYER);
    assertThat(brief.keyPoints()).hasSize(3).noneMatch(p -> p.toLowerCase().contains("scroll down"));
    assertThat(brief.body()).doesNotContainIgnoringCase("scroll down");
  }
}
