package org.sitrep.brief;

import java.util.List;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.Sentence;

/**
 * A sentence of the article's body as the brief sees it.
 *
 * @param position its place among the body's sentences, from 0
 * @param sentence the parsed sentence
 * @param dependencies its dependency index
 * @param terms its content words (lowercased lemmas of nouns, verbs, adjectives and numbers)
 */
record BodySentence(int position, Sentence sentence, DependencyIndex dependencies, List<String> terms) {

  /** Words, not counting punctuation. */
  int wordCount() {
    return (int) sentence.tokens().stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
  }
}
