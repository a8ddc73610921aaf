package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * Event rules on original sentences. Threats: a pledge of force, a conditional possibility. Where
 * a target is found beyond the verb's own complements: the country
 * where an act happens when the text names no one else (as PLOVER's gold codes it; a capital named
 * as a place is its country), whoever an act defies or answers ("in defiance of"), and never
 * whoever an act goes ahead despite.
 */
class EventRulesTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
  }

  /** "TYPE source-country -> target-name" of each event. */
  private static List<String> events(String text) {
    Document doc = pipeline.process(new Article("place", "", List.of(), text, null, null, LocalDate.of(2024, 3, 1).atStartOfDay().atOffset(ZoneOffset.UTC)));
    Map<String, Actor> actors = doc.require(Actors.LAYER).actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    return doc.require(EventLayer.LAYER).events().stream()
        .map(e -> e.type() + " " + (e.source() == null ? "-" : actors.get(e.source()).country()) + " -> " + (e.target() == null ? "-" : actors.get(e.target()).name()))
        .toList();
  }

  @Test
  void aCapitalNamedAsAPlaceIsItsCountryAndTheActsTarget() {
    assertThat(events("The Ethiopian government imposed a night curfew in Addis Ababa on Friday."))
        .contains("COERCE ETH -> Ethiopia");
  }

  @Test
  void aTerritoryNamedAsAPlaceIsTheTargetWhenNoOneElseIs() {
    assertThat(events("Israeli troops demolished three houses in the West Bank on Tuesday."))
        .containsExactly("ASSAULT ISR -> Palestine");
  }

  @Test
  void aNamedTargetStillWinsOverThePlace() {
    assertThat(events("Kenyan police arrested two Ugandan journalists in Nairobi on Monday."))
        .contains("COERCE KEN -> Ugandan media");
  }

  @Test
  void anActInDefianceOfSomeoneTargetsThem() {
    assertThat(events("Farmers blocked the main highway near Lyon in defiance of the French government on Tuesday."))
        .anyMatch(e -> e.startsWith("PROTEST") && e.endsWith("-> French government"));
  }

  @Test
  void whatAnActGoesAheadDespiteIsNoTargetUnlessItWasADemand() {
    assertThat(events("The Security Council agreed to extend the monitoring mission despite Russia's objections."))
        .anyMatch(e -> e.startsWith("AGREE"))
        .noneMatch(e -> e.startsWith("AGREE") && e.endsWith("-> Russia"));
    assertThat(events("Hungary's prime minister refused to change the law despite pressure from the European Union."))
        .contains("REJECT HUN -> European Union");
  }

  @Test
  void aVisitHappensWhereItsVisitorArrives() {
    assertThat(events("The Turkish president arrived in Baghdad on an official visit on Monday."))
        .contains("CONSULT TUR -> Iraq");
  }

  @Test
  void anActJudgedIsAimedAtWhoeverDidIt() {
    assertThat(events("Serbia is investigating killings by Serbian extremists against Albanian villagers, a Serbian official said."))
        .anyMatch(e -> e.startsWith("ACCUSE SRB -> Serbian radicals"));
  }

  @Test
  void aCampForPeopleStandsForThem() {
    assertThat(events("A camp for Sudanese refugees was attacked by Chadian militiamen on Friday."))
        .anyMatch(e -> e.startsWith("ASSAULT TCD -> Sudanese"));
  }

  @Test
  void aPledgeOfForceIsAThreatAgainstWhomeverTheForceIs() {
    assertThat(events("Houthi leaders have sworn to attack Saudi Arabia if the blockade continues."))
        .contains("THREATEN YEM -> Saudi Arabia");
    assertThat(events("Lai Ching-te was sworn in as Taiwan's president on Monday."))
        .noneMatch(e -> e.startsWith("AGREE") || e.startsWith("THREATEN"));
  }

  @Test
  void aConflictualActTheSourceMakesConditionalIsAThreat() {
    assertThat(events("The European Union may suspend trade talks with Vietnam if the arrests continue."))
        .anyMatch(e -> e.startsWith("THREATEN"))
        .anyMatch(e -> e.startsWith("SANCTION"));
  }

  @Test
  void forcesLedByACountryAreItsAndEveryConjunctOfACarriedNounIsCarried() {
    assertThat(events("Nigerian-led forces launched air, artillery and rocket fire against Boko Haram positions on Sunday."))
        .anyMatch(e -> e.startsWith("ASSAULT NGA -> Boko Haram"));
  }

  @Test
  void aFrontedPhraseIsNoParticleAndNoSubjectIsLostToIt() {
    assertThat(events("With the signing of a truce, the Malian government has agreed to talks."))
        .contains("AGREE MLI -> -");
    assertThat(events("With the signing of a memorandum on the cessation of hostilities, the Malian government and the Tuareg rebels have agreed to allow aid convoys."))
        .anyMatch(e -> e.startsWith("AGREE MLI"));
  }

  @Test
  void aWordTaggedANounThatTakesAModalIsAVerb() {
    // the tagger reads "blockade" after "would" as a noun; the modal shows it is the verb
    assertThat(events("Angry Greek farmers said they would blockade Athens from Monday night."))
        .anyMatch(e -> e.startsWith("THREATEN GRC"));
  }

  @Test
  void anAppositionNamesTheActorItsNounLeavesUnnamed() {
    // "Quatar" is no spelling the knowledge base knows, so only the apposition says who acts
    assertThat(events("Quatar's emir, Sheikh Tamim bin Hamad al-Thani, launched a mediation effort between Iran and Saudi Arabia."))
        .anyMatch(e -> e.startsWith("CONSULT QAT"));
  }

  @Test
  void anUnexplainedPossessiveInReportedSpeechIsTheSpeakers() {
    assertThat(events("Armenia said on Tuesday their forces had completed their withdrawal from the disputed villages."))
        .anyMatch(e -> e.startsWith("RETREAT ARM"));
  }

  @Test
  void collectingSignaturesOrFilingAPetitionIsDissent() {
    assertThat(events("Fatah began collecting signatures against the new election law.")).contains("PROTEST PSE -> -");
    assertThat(events("Hamas filed a petition to the court on Monday.")).anyMatch(e -> e.startsWith("PROTEST PSE"));
  }
}
