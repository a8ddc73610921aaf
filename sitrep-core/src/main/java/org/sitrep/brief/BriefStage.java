package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.doc.Document;
import org.sitrep.events.Event;
import org.sitrep.events.EventLayer;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * The {@code brief} stage: a headline, three key points and a condensed body, from the article's
 * title and body only (never its own key points). Sentences are ranked by {@link Salience}; the
 * actors and events layers sharpen it when those stages ran, and the actors layer names what a
 * point's opening pronoun stands for.
 */
public final class BriefStage implements Stage {
  public static final String NAME = "brief";
  /** The condensed body's default share of the body's words. */
  public static final double DEFAULT_BODY_RATIO = 0.35;

  private final double bodyRatio;
  private final PointRewriter rewriter = new PointRewriter();
  private final KeyPointPicker picker = new KeyPointPicker(rewriter);
  private final HeadlineWriter headlines = new HeadlineWriter(rewriter);

  public BriefStage(double bodyRatio) {
    this.bodyRatio = bodyRatio;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp");
  }

  @Override
  public void process(Document doc) {
    doc.put(Brief.LAYER, brief(doc));
  }

  /** The document's brief, from its nlp layer and, when present, its actors and events layers. */
  Brief brief(Document doc) {
    NlpAnnotations nlp = doc.require(NlpAnnotations.LAYER);
    List<BodySentence> sentences = bodySentences(doc, nlp);
    List<Actor> actors = doc.get(Actors.LAYER).map(Actors::actors).orElse(List.of());
    List<Event> events = doc.get(EventLayer.LAYER).map(EventLayer::events).orElse(List.of());
    if (sentences.isEmpty()) {
      return Brief.headlineOnly(doc.article().title(), doc.text(doc.bodySpan()), HeadlineWriter.MAX_LENGTH);
    }
    List<Map<String, Double>> vectors = TermVectors.tfidf(sentences.stream().map(BodySentence::terms).toList());
    Map<String, Double> title = titleVector(doc, nlp, sentences);
    Salience signals = Salience.of(sentences, vectors, title, actors, events);
    double[] salience = signals.scores(Salience.KEY_POINTS);
    WordWeights weights = WordWeights.of(sentences);
    List<KeyPointPicker.Point> points = picker.pick(doc, sentences, vectors, salience, actors, weights);
    Set<Integer> used = new HashSet<>();
    points.forEach(p -> used.add(p.sentence().position()));
    String headline = headlines.write(doc, sentences, HeadlineWriter.mainEvent(sentences, salience, events), actors, weights);
    double[] bodySalience = signals.scores(Salience.BODY);
    String body = BodyCondenser.condense(doc, sentences, bodySalience, used, bodyRatio, rewriter, actors);
    return new Brief(headline, points.stream().map(KeyPointPicker.Point::text).toList(), body);
  }

  static List<BodySentence> bodySentences(Document doc, NlpAnnotations nlp) {
    List<BodySentence> sentences = new ArrayList<>();
    for (Sentence s : nlp.sentencesWithin(doc.bodySpan())) {
      if (!s.tokens().isEmpty()) {
        sentences.add(new BodySentence(sentences.size(), s, nlp.dependencies(s), TermVectors.contentTerms(s.tokens())));
      }
    }
    return sentences;
  }

  /** The title's words weighted as the body's sentences weight theirs. */
  private static Map<String, Double> titleVector(Document doc, NlpAnnotations nlp, List<BodySentence> body) {
    List<String> terms = new ArrayList<>();
    nlp.sentencesWithin(doc.titleSpan()).forEach(s -> terms.addAll(TermVectors.contentTerms(s.tokens())));
    if (terms.isEmpty()) {
      return Map.of();
    }
    List<List<String>> all = new ArrayList<>(body.stream().map(BodySentence::terms).toList());
    all.add(terms);
    List<Map<String, Double>> vectors = TermVectors.tfidf(all);
    return vectors.get(vectors.size() - 1);
  }
}
