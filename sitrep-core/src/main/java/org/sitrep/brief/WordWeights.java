package org.sitrep.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.nlp.Token;

/**
 * How much a word matters to the article, for choosing what a shortened sentence keeps: a content
 * word the article uses again (its subject) counts most, a content word used once (a detail) less,
 * a name more, a function word hardly at all.
 */
final class WordWeights {
  private final Map<String, Integer> counts;

  private WordWeights(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** The weights of the words of these sentences. */
  static WordWeights of(List<BodySentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    sentences.forEach(s -> s.terms().forEach(t -> counts.merge(t, 1, Integer::sum)));
    return new WordWeights(counts);
  }

  /** A token's weight. */
  double weight(Token t) {
    String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    Integer count = counts.get(lemma);
    if (count == null) {
      return 0.1;
    }
    return (count >= 2 ? 1.0 : 0.4) + (t.pos().startsWith("NNP") ? 0.5 : 0);
  }
}
