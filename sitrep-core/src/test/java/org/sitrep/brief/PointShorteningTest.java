package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * How one body sentence becomes a key point of at most 30 words that stands alone: what may go,
 * what must stay, and what a leading pronoun is named as. Original texts.
 */
class PointShorteningTest {
  private static Pipeline pipeline;
  private final PointRewriter rewriter = new PointRewriter();

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.fromConfig(SitrepConfig.defaults());
  }

  /** Sentence {@code index} of the body as a key point, or empty when it cannot be one. */
  private Optional<String> point(String body, int index) {
    Document doc = pipeline.process(new Article("points", "", List.of(), body, null, null, null));
    List<BodySentence> sentences = BriefStage.bodySentences(doc, doc.require(NlpAnnotations.LAYER));
    List<Actor> actors = doc.get(Actors.LAYER).map(Actors::actors).orElse(List.of());
    return rewriter.rewrite(doc, sentences.get(index), actors, KeyPointPicker.MAX_WORDS, WordWeights.of(sentences));
  }

  private static int writtenWords(String text) {
    return (int) java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
  }

  @Test
  void aCaptionRunIntoTheSentenceIsDropped() {
    String body = "Flooded: Residents of Marrowby wade through the high street after the river burst its banks "
        + "The town council has opened two emergency shelters for families forced out of their homes by the flood.";
    assertThat(point(body, 0)).contains("The town council has opened two emergency shelters for families forced out of their homes by the flood.");
  }

  @Test
  void aQuotationRunInAfterACaptionIsNoPoint() {
    String body = "Relieved: Captain Ana Ruiz stands on the quay in Valdora after the rescue 'There was a moment when I thought we had lost them all.'";
    assertThat(point(body, 0)).isEmpty();
  }

  @Test
  void aDatelineTheParserTookForTheSubjectIsNoSubjectLost() {
    String body = "(CNN)The last time the harbour master spoke with the crew, the trawler was fishing a few miles off the northern cape.";
    assertThat(point(body, 0)).contains("The last time the harbour master spoke with the crew, the trawler was fishing a few miles off the northern cape.");
  }

  @Test
  void aTitleInsideTheSentenceIsNoCaption() {
    String body = "The mayor of Marrowby told The Courier that the flood defences would be rebuilt before the winter.";
    assertThat(point(body, 0)).contains(body);
    String quoted = "The singer Mara Holt appeared in the magazine's regular 'Woman of the Year' feature and said the harbour town would always be her home.";
    assertThat(point(quoted, 0)).contains(quoted);
  }

  @Test
  void shorteningDropsTheLightestPartsTogetherRatherThanOneHeavyClause() {
    // 34 words: the time phrase and the age can go together and keep what the fine was for
    String body = "Harbour master Tomas Elling, 58, was fined £4,000 on Thursday by the maritime court in Valdora after a tanker he had cleared ran aground "
        + "on a sandbank that his office had never charted.";
    Optional<String> point = point(body, 0);
    assertThat(point).isPresent();
    assertThat(point.get()).contains("after a tanker").contains("ran aground");
    assertThat(writtenWords(point.get())).isLessThanOrEqualTo(KeyPointPicker.MAX_WORDS);
  }

  @Test
  void aClauseASpanOfTimeIsMeasuredToStaysWithIt() {
    String body = "A retired teacher from Valdora sent a threatening letter to the regional governor and his deputy hours before the governor's car "
        + "was set alight outside his office in the old town by two men.";
    assertThat(point(body, 0)).hasValueSatisfying(p -> assertThat(p).contains("hours before the governor's car was set alight"));
  }

  @Test
  void aSourceAtTheEndIsNeverCutAway() {
    String body = "The mining company Ostrava Metals paid more than two million dollars to officials in three provinces "
        + "over a period of six years in exchange for licences to dig near protected forests, according to court documents.";
    assertThat(point(body, 0)).hasValueSatisfying(p -> assertThat(p).contains("according to court documents"));
  }

  @Test
  void aRestrictiveClauseTakesTheCommaThatClosedIt() {
    String body = "Northfield Rovers said that a striker who had also been linked with two clubs in Spain and one in Portugal in the past, "
        + "is not for sale this summer at any price, whatever the offers.";
    assertThat(point(body, 0)).hasValueSatisfying(p -> assertThat(p).doesNotContain(", is"));
  }

  @Test
  void theyNamesThePluralSubjectOfTheSentenceBefore() {
    String body = "Valdora's harbour pilots have walked out over a new rota that doubles their night shifts. "
        + "They say the rota leaves too few pilots awake to guide tankers into port safely.";
    assertThat(point(body, 1)).contains("Valdora's harbour pilots say the rota leaves too few pilots awake to guide tankers into port safely.");
    String qualified = "Harbour pilots in Valdora have walked out over a new rota. They say it leaves too few pilots awake at night.";
    assertThat(point(qualified, 1)).as("'Harbour pilots' alone would not be the pilots of Valdora").isEmpty();
  }

  @Test
  void aPlaceholderItNeedsNoName() {
    String body = "The ferry between Valdora and Marrowby was cancelled for a third day. "
        + "It is hard to see how the islanders will get their supplies before the weekend. "
        + "It is understood the operator is looking for a replacement vessel from the mainland.";
    assertThat(point(body, 1)).isPresent();
    assertThat(point(body, 2)).isPresent();
  }

  @Test
  void whatAVerbNeedsStaysWithIt() {
    String body = "The report, edited by the port authority's chief analyst in Valdora, Derek Mertens, says that the growth of rival harbours "
        + "such as Marrowby and Eastport in the south has led to a decline.";
    assertThat(point(body, 0)).hasValueSatisfying(p -> assertThat(p).endsWith("has led to a decline."));
  }

  @Test
  void wordsTakenOutOfAQuotationAreMarked() {
    String body = "The harbour master told the inquiry in Valdora on Monday: 'We warned the council about the cracks in the pillars in every "
        + "report we sent them over the last six years, and nobody in the town hall ever answered a single one of them.'";
    assertThat(point(body, 0)).hasValueSatisfying(p -> assertThat(p).as("a shortened quotation says where words were left out").contains("six years …"));
  }

  @Test
  void hyphenatedWordsCountOnceAsWritten() {
    // 30 words as written, 38 as the tokenizer splits them: nothing needs to go
    String body = "A 38-year-old part-time nurse from Marrowby has won a long-running court fight with the hospital trust that sacked her "
        + "after she raised concerns about staffing on the night-time children's ward.";
    assertThat(point(body, 0)).contains(body);
  }
}
