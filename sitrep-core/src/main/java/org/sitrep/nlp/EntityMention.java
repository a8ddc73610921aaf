package org.sitrep.nlp;

import org.sitrep.doc.Span;

/**
 * A named entity the NER tagger found: a maximal run of tokens with the same entity type.
 *
 * @param span where it is in the document's text
 * @param type the NER type: PERSON, ORGANIZATION, LOCATION, MISC, ...
 * @param sentence the index of its sentence
 * @param firstToken the index of its first token in that sentence
 * @param endToken one past the index of its last token
 */
public record EntityMention(Span span, String type, int sentence, int firstToken, int endToken) {}
