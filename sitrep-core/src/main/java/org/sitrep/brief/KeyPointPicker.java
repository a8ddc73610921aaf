package org.sitrep.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.Actor;
import org.sitrep.doc.Document;

/**
 * Picks the key points: the most salient sentences that can stand alone (see {@link
 * PointRewriter}), each new one penalised by how much it repeats one already picked, told in the
 * article's order.
 */
final class KeyPointPicker {
  static final int KEY_POINTS = 3;
  static final int MAX_WORDS = 30;
  /** How much word overlap with a point already picked costs, in salience. */
  static final double REDUNDANCY = 0.5;

  /** A chosen point: the sentence it came from and its rewritten text. */
  record Point(BodySentence sentence, String text) {}

  private final PointRewriter rewriter;

  KeyPointPicker(PointRewriter rewriter) {
    this.rewriter = rewriter;
  }

  List<Point> pick(Document doc, List<BodySentence> sentences, List<Map<String, Double>> vectors, double[] salience, List<Actor> actors, WordWeights weights) {
    List<Point> candidates = new ArrayList<>();
    for (BodySentence s : sentences) {
      Optional<String> text = rewriter.rewrite(doc, s, actors, MAX_WORDS, weights);
      text.ifPresent(t -> candidates.add(new Point(s, t)));
    }
    List<Point> picked = new ArrayList<>();
    while (picked.size() < KEY_POINTS && !candidates.isEmpty()) {
      Point best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Point c : candidates) {
        double overlap = 0;
        for (Point p : picked) {
          overlap = Math.max(overlap, TermVectors.cosine(vectors.get(c.sentence().position()), vectors.get(p.sentence().position())));
        }
        double score = salience[c.sentence().position()] - REDUNDANCY * overlap;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      picked.add(best);
      candidates.remove(best);
    }
    picked.sort(Comparator.comparingInt(p -> p.sentence().position()));
    return picked;
  }
}
