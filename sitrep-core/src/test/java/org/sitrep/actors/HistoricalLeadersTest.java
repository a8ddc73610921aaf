package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * Leaders who left office before 2015 (people-history.tsv): old news names them, and they get their
 * country and the role they held on the article's date.
 */
class HistoricalLeadersTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
  }

  private static Actor actor(String text, String date, String name) {
    Document doc = pipeline.process(new Article("history", "", List.of(), text, null, null,
        LocalDate.parse(date).atStartOfDay().atOffset(ZoneOffset.UTC)));
    List<Actor> found = doc.require(Actors.LAYER).actors().stream().filter(a -> a.name().equals(name)).toList();
    assertThat(found).as("actor %s in: %s", name, text).hasSize(1);
    return found.get(0);
  }

  @Test
  void aFormerUsPresidentHasHisCountryAndRoleOnTheDate() {
    Actor clinton = actor("President Bill Clinton imposed sanctions on the two countries on Thursday.", "1998-08-20", "Bill Clinton");
    assertThat(clinton.country()).isEqualTo("USA");
    assertThat(clinton.role()).isEqualTo("President");
  }

  @Test
  void aLongServingAfricanPresidentIsKnown() {
    Actor bouteflika = actor("President Abdelaziz Bouteflika said the talks would continue next month.", "2004-06-01", "Abdelaziz Bouteflika");
    assertThat(bouteflika.country()).isEqualTo("DZA");
  }

  @Test
  void aCommonMisspellingResolvesThroughItsAlias() {
    Actor mitterrand = actor("Francois Mitterand met the German chancellor in Paris.", "1990-03-01", "François Mitterrand");
    assertThat(mitterrand.country()).isEqualTo("FRA");
    assertThat(mitterrand.role()).isEqualTo("President");
  }

  @Test
  void rolesFromTheHistoricalFileMergeWithCurrentOnes() {
    Actor in2010 = actor("Vladimir Putin visited a factory near Moscow.", "2010-06-15", "Vladimir Putin");
    assertThat(in2010.country()).isEqualTo("RUS");
    assertThat(in2010.role()).isEqualTo("Prime Minister");
    Actor in2024 = actor("Vladimir Putin visited a factory near Moscow.", "2024-06-15", "Vladimir Putin");
    assertThat(in2024.role()).isEqualTo("President");
    Actor in2005 = actor("Recep Tayyip Erdogan spoke to reporters in Ankara.", "2005-05-10", "Recep Tayyip Erdoğan");
    assertThat(in2005.role()).isEqualTo("Prime Minister");
    assertThat(in2005.country()).isEqualTo("TUR");
  }

  @Test
  void aLeaderOutOfOfficeOnTheDateKeepsTheCountryOfTheNearestRole() {
    Actor papandreou = actor("Andreas Papandreou was remembered at a ceremony in Athens.", "2001-05-01", "Andreas Papandreou");
    assertThat(papandreou.country()).isEqualTo("GRC");
    Actor annan = actor("Kofi Annan called for a ceasefire.", "2003-04-02", "Kofi Annan");
    assertThat(annan.org()).isEqualTo("UN");
  }
}
