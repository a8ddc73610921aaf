package org.sitrep.nlp;

import org.sitrep.doc.Span;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span where it is in the document's text
 * @param word the token as the tokenizer normalised it (e.g. quotes)
 * @param lemma its dictionary form
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity tag, {@code "O"} for none
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {}
