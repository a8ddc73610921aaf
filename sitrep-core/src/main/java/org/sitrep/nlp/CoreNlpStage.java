package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.pipeline.Stage;

/**
 * The {@code nlp} stage: runs Stanford CoreNLP over the canonical text and adds the {@link
 * NlpAnnotations} layer (sentences, tokens with POS, lemma and NER tags, dependency parses, named
 * entity mentions), copied out of CoreNLP's maps into Sitrep's own small records.
 */
public final class CoreNlpStage implements Stage {
  public static final String NAME = "nlp";

  private final StanfordCoreNLP coreNlp;

  /** Uses the process-wide CoreNLP pipeline for these properties, loading it if needed. */
  public CoreNlpStage(Properties properties) {
    this.coreNlp = CoreNlpPipelines.get(properties);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void process(Document document) {
    Annotation annotation = new Annotation(document.text());
    coreNlp.annotate(annotation);
    document.put(NlpAnnotations.LAYER, convert(annotation));
  }

  private static NlpAnnotations convert(Annotation annotation) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (CoreMap cm : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int index = sentences.size();
      List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(
            new Token(
                tokens.size(),
                new Span(label.beginPosition(), label.endPosition()),
                label.word(),
                label.lemma(),
                label.tag(),
                label.ner() == null ? "O" : label.ner()));
      }
      sentences.add(
          new Sentence(
              index,
              new Span(
                  cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
              tokens,
              dependencies(cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))));
      addEntities(cm, index, tokens, entities);
    }
    return new NlpAnnotations(sentences, entities);
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>(graph.size() + 1);
    for (IndexedWord root : graph.getRoots()) {
      deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      deps.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
    }
    return deps;
  }

  /**
   * Adds the sentence's named-entity mentions. CoreNLP also lists pronouns ("he", "his") as
   * PERSON mentions for its coreference; their tokens carry no NER tag, and they are not names.
   */
  private static void addEntities(CoreMap sentence, int index, List<Token> tokens, List<EntityMention> out) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    int sentenceFirstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
      if ("O".equals(tokens.get(first).ner())) {
        continue;
      }
      out.add(
          new EntityMention(
              new Span(
                  m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
              m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              index,
              first,
              m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken));
    }
  }
}
