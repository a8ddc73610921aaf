package org.sitrep.nlp;

import java.util.List;
import org.sitrep.doc.Layer;

/**
 * The linguistic layer of a document: sentences, tokens, parses and named entities.
 *
 * @param sentences every sentence in text order
 * @param entities every named-entity mention in text order
 */
public record NlpAnnotations(List<Sentence> sentences, List<EntityMention> entities) {
  /** The layer {@link CoreNlpStage} adds. */
  public static final Layer<NlpAnnotations> LAYER = Layer.of("nlp", NlpAnnotations.class);

  public NlpAnnotations {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
