package org.sitrep.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.actors.Actor;
import org.sitrep.doc.Document;

/**
 * The condensed body: the most salient sentences not already told as key points, up to a share of
 * the body's words, as the article wrote them (an opening pronoun named) and in its order.
 */
final class BodyCondenser {
  private BodyCondenser() {}

  static String condense(Document doc, List<BodySentence> sentences, double[] salience, Set<Integer> keyPointPositions, double ratio, PointRewriter rewriter, List<Actor> actors) {
    int budget = (int) Math.round(ratio * sentences.stream().mapToInt(BodySentence::wordCount).sum());
    List<BodySentence> byScore = new ArrayList<>(sentences);
    byScore.sort(Comparator.comparingDouble((BodySentence s) -> -salience[s.position()]));
    List<BodySentence> chosen = new ArrayList<>();
    int words = 0;
    for (BodySentence s : byScore) {
      if (!keyPointPositions.contains(s.position()) && words + s.wordCount() <= budget) {
        chosen.add(s);
        words += s.wordCount();
      }
    }
    chosen.sort(Comparator.comparingInt(BodySentence::position));
    return chosen.stream().map(s -> rewriter.withOpeningNamed(doc, s, actors)).collect(Collectors.joining(" "));
  }
}
