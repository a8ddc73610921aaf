package org.sitrep.nlp;

import java.util.List;
import org.sitrep.doc.Span;

/**
 * One sentence with its tokens and basic dependency parse.
 *
 * @param index position in the document, from 0
 * @param span where it is in the document's text
 * @param tokens its tokens in order
 * @param dependencies its basic Universal Dependencies (empty when parsing is off)
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
