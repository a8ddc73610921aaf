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
 * References without a name of their own, on short original texts: definite descriptions ("the
 * bloc", "the group"), a country's possessive before a sector noun ("its aircraft"), ethnic groups
 * placed in a country, appositions that give a country or an organisation, and unknown
 * organisations in a sentence about one country.
 */
class ReferenceRulesTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
  }

  private static Document analyse(String text) {
    return pipeline.process(new Article("refs", "", List.of(), text, null, null, LocalDate.of(2024, 3, 1).atStartOfDay().atOffset(ZoneOffset.UTC)));
  }

  /** The actor one of whose mentions reads exactly {@code words}. */
  private static Actor actorNamedBy(Document doc, String words) {
    return doc.require(Actors.LAYER).actors().stream()
        .filter(a -> a.mentions().stream().anyMatch(m -> doc.text(m).equals(words)))
        .findFirst().orElseThrow(() -> new AssertionError("no actor at '" + words + "'"));
  }

  @Test
  void definiteDescriptionsStandForTheOrganisationOrGroupNamedBefore() {
    Document doc = analyse("EU ministers met in Brussels on Monday. The bloc agreed new sanctions. "
        + "The Houthis fired drones at a tanker. Iran denied arming the group.");
    assertThat(actorNamedBy(doc, "The bloc").org()).isEqualTo("EU");
    assertThat(actorNamedBy(doc, "the group").name()).isEqualTo("Houthis");
  }

  @Test
  void aDescriptionWithNoFittingActorBeforeItStaysUnresolved() {
    Document doc = analyse("Russia said the group of experts would report in May.");
    assertThat(doc.require(Actors.LAYER).actors()).noneMatch(a -> a.mentions().stream().anyMatch(m -> doc.text(m).equalsIgnoreCase("the group")));
  }

  @Test
  void aCountrysPossessivePronounBeforeASectorNounNamesThatSector() {
    Document doc = analyse("The Kremlin denied that its aircraft had struck the market.");
    Actor aircraft = actorNamedBy(doc, "its aircraft");
    assertThat(aircraft.country()).isEqualTo("RUS");
    assertThat(aircraft.sector()).isEqualTo("MIL");
  }

  @Test
  void ethnicGroupsPlacedInACountryAreItsCivilians() {
    Document doc = analyse("Ethnic Hungarians in Romania protested against the new language law.");
    Actor hungarians = actorNamedBy(doc, "Ethnic Hungarians");
    assertThat(hungarians.country()).isEqualTo("ROU");
    assertThat(hungarians.sector()).isEqualTo("CVL");
  }

  @Test
  void anEthnicGroupIsOfTheCountryTheSentencePlacesItIn() {
    Document doc = analyse("Police said two ethnic Hungarians were injured in a brawl in western Romania. "
        + "Ethnic Uzbek militants operating in Tajikistan attacked a border post.");
    assertThat(actorNamedBy(doc, "ethnic Hungarians").country()).isEqualTo("ROU");
    Actor militants = actorNamedBy(doc, "Ethnic Uzbek militants");
    assertThat(militants.country()).isEqualTo("TJK");
    assertThat(militants.sector()).isEqualTo("REB");
  }

  @Test
  void anAppositionGivesAPersonACountryOrAnOrganisation() {
    Document doc = analyse("Amadou Diallo, Senegal's best-known election monitor, said the count was fair. "
        + "Marta Kowalczyk, the United Nations Special Rapporteur, visited the camp.");
    assertThat(actorNamedBy(doc, "Amadou Diallo").country()).isEqualTo("SEN");
    assertThat(actorNamedBy(doc, "Marta Kowalczyk").org()).isEqualTo("UN");
  }

  @Test
  void anUnknownOrganisationIsOfTheOneCountryItsSentenceNames() {
    Document doc = analyse("President William Ruto said he would meet the National Fishermen Association next week. "
        + "Kenyan police raided the offices of the Lake Traders Association on Tuesday.");
    assertThat(actorNamedBy(doc, "National Fishermen Association").country()).isEqualTo("KEN");
    assertThat(actorNamedBy(doc, "Lake Traders Association").country()).isEqualTo("KEN");
  }
}
