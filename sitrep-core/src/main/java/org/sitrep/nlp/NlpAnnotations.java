package org.sitrep.nlp;

import java.util.List;
import org.sitrep.doc.Layer;

/**
 * The linguistic layer of a document: sentences, tokens, parses and named entities. Each
 * sentence's {@link DependencyIndex} is built once here, for every stage that reads the parse.
 */
public final class NlpAnnotations {
  /** The layer {@link CoreNlpStage} adds. */
  public static final Layer<NlpAnnotations> LAYER = Layer.of("nlp", NlpAnnotations.class);

  private final List<Sentence> sentences;
  private final List<EntityMention> entities;
  private final List<DependencyIndex> dependencies;

  /**
   * @param sentences every sentence in text order (a sentence's index is its position here)
   * @param entities every named-entity mention in text order
   */
  public NlpAnnotations(List<Sentence> sentences, List<EntityMention> entities) {
    this.sentences = List.copyOf(sentences);
    this.entities = List.copyOf(entities);
    this.dependencies = this.sentences.stream().map(DependencyIndex::new).toList();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The sentences lying wholly within a span (the body's, say), in order. */
  public List<Sentence> sentencesWithin(org.sitrep.doc.Span span) {
    return sentences.stream().filter(s -> span.contains(s.span())).toList();
  }

  public List<EntityMention> entities() {
    return entities;
  }

  /** The parse of a sentence of this layer, indexed for look-ups. */
  public DependencyIndex dependencies(Sentence sentence) {
    return dependencies.get(sentence.index());
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
