package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.read.Article;

class NamedEntityActorStageTest {

  /** A document whose entities are the bracketed names of {@code marked}, e.g. "[PERSON:Ann Lee]". */
  private static Document documentWithEntities(String marked) {
    Pattern p = Pattern.compile("\\[(\\w+):([^\\]]+)\\]");
    Matcher m = p.matcher(marked);
    StringBuilder plain = new StringBuilder();
    List<String[]> found = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      plain.append(marked, last, m.start());
      found.add(new String[] {m.group(1), String.valueOf(plain.length()), m.group(2)});
      plain.append(m.group(2));
      last = m.end();
    }
    plain.append(marked.substring(last));
    Document doc = Document.of(Article.of("t", "", plain.toString()));
    List<EntityMention> entities = new ArrayList<>();
    for (String[] f : found) {
      int start = Integer.parseInt(f[1]);
      entities.add(new EntityMention(new Span(start, start + f[2].length()), f[0], 0, 0, 1));
    }
    doc.put(NlpAnnotations.LAYER, new NlpAnnotations(List.of(), entities));
    return doc;
  }

  private static List<Actor> actors(String marked) {
    Document doc = documentWithEntities(marked);
    new NamedEntityActorStage().process(doc);
    return doc.require(Actors.LAYER).actors();
  }

  @Test
  void groupsMentionsOfOneNameAndFoldsSurnamesIntoFullNames() {
    List<Actor> actors =
        actors("[PERSON:Sergei Lavrov] met [ORGANIZATION:NATO] envoys. [PERSON:Lavrov] said [LOCATION:Russia] and [ORGANIZATION:NATO] disagree.");
    assertThat(actors).extracting(Actor::name).containsExactly("Sergei Lavrov", "NATO", "Russia");
    assertThat(actors).extracting(Actor::id).containsExactly("a1", "a2", "a3");
    assertThat(actors.get(0).mentions()).hasSize(2);
    assertThat(actors.get(0).kind()).isEqualTo(ActorKind.PERSON);
    assertThat(actors.get(1).kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(actors.get(2).kind()).isEqualTo(ActorKind.COUNTRY);
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    List<Actor> actors = actors("[PERSON:Boris Johnson] and [PERSON:Mike Johnson] spoke; [PERSON:Johnson] left.");
    assertThat(actors).extracting(Actor::name).containsExactly("Boris Johnson", "Mike Johnson", "Johnson");
  }

  @Test
  void theKindIsTheMajorityTagAndNonActorTypesAreIgnored() {
    List<Actor> actors = actors("[ORGANIZATION:Hamas] and [MISC:Hamas] and [ORGANIZATION:Hamas] on [DATE:Monday].");
    assertThat(actors).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(ActorKind.ORGANIZATION);
      assertThat(a.mentions()).hasSize(3);
    });
  }

  @Test
  void mentionsAreInTextOrderAndSliceTheText() {
    Document doc = documentWithEntities("[PERSON:Lavrov] spoke before [PERSON:Sergei Lavrov] arrived.");
    new NamedEntityActorStage().process(doc);
    Actor actor = doc.require(Actors.LAYER).actors().get(0);
    assertThat(actor.mentions()).isSorted().extracting(doc::text).containsExactly("Lavrov", "Sergei Lavrov");
  }
}
