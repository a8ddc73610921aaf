package org.sitrep.actors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.doc.Document;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * The {@code actors} stage: who is who. Resolves every mention of a person, country, organisation
 * or group to one actor with its name, kind, country, organisation, sector, role on the article's
 * date and CAMEO-style code, using the knowledge base, the NER tags and the dependency parse.
 *
 * <ol>
 *   <li>Names from the knowledge base (countries, demonyms, capitals, organisations, bodies, people)
 *       are found in each sentence ({@link KbMatcher}), next to the tagger's named entities.
 *   <li>People and their titles ({@link PersonResolver}): text beats memory.
 *   <li>Countries, sectors, capitals, organisations and bodies ({@link NameResolver}).
 *   <li>What the article leaves implicit about its main country ({@link HomeCountry}).
 *   <li>Title-only references ("the foreign minister") and pronouns ({@link ReferenceResolver}).
 * </ol>
 */
public final class ActorResolverStage implements Stage {
  public static final String NAME = "actors";

  private final ActorKb kb;
  private final KbMatcher matcher;
  private final Supplier<LocalDate> today;

  /**
   * @param today the date that picks roles for articles without a publication date
   */
  public ActorResolverStage(ActorKb kb, Supplier<LocalDate> today) {
    this.kb = kb;
    this.matcher = new KbMatcher(kb);
    this.today = today;
  }

  public ActorResolverStage(ActorKb kb) {
    this(kb, () -> LocalDate.now(ZoneOffset.UTC));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp");
  }

  @Override
  public void process(Document document) {
    LocalDate date = document.article().published() != null ? document.article().published().toLocalDate() : today.get();
    NlpAnnotations nlp = document.require(NlpAnnotations.LAYER);
    String text = document.text();
    List<SentenceContext> contexts = new ArrayList<>();
    for (Sentence sentence : nlp.sentences()) {
      contexts.add(new SentenceContext(text, sentence, nlp.dependencies(sentence), matcher.find(text, sentence)));
    }
    for (EntityMention e : nlp.entities()) {
      contexts.get(e.sentence()).addEntity(e);
    }
    ActorTable table = new ActorTable(kb, date);
    new PersonResolver(kb, table).resolve(contexts);
    new NameResolver(kb, table).resolve(contexts);
    new HomeCountry(kb, table).resolve(contexts);
    new ReferenceResolver(kb, table, contexts, document.bodySpan()).resolve();
    document.put(Actors.LAYER, new Actors(table.build()));
  }
}
