package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;
import org.sitrep.nlp.EntityMention;

/**
 * People: every name of a person in the document becomes a mention of one person actor, and the
 * titles the text gives set their role and country.
 *
 * <ol>
 *   <li>Names are taken longest first, so "Sergei Lavrov" is known before "Lavrov".
 *   <li>A knowledge-base name is that person. A shorter name joins the one person of the document
 *       whose name ends (or, for family-name-first names, starts) with it; else the one person of
 *       the knowledge base with that surname in office on the date; else the only one of that
 *       surname; else it is a person the knowledge base does not know.
 *   <li>Titles ({@link TitleReader}) are read once every name is placed, so a possessive can lend
 *       its person's country ("Putin's spokesman Dmitry Peskov").
 *   <li>"Trump's team" widens Trump's mention to his side.
 * </ol>
 */
final class PersonResolver {
  /** Lower-case words that end a person's name when the tagger ran on: "Halyna Dovzhenko of Steppe ...". */
  private static final Set<String> NAME_BREAKS = Set.of("of", "at", "for", "from", "with", "and", "in", "on", "to");

  private final ActorKb kb;
  private final ActorTable table;

  /** A person's name in a sentence, from the knowledge base or the tagger. */
  record PersonMention(SentenceContext context, int first, int end, Span span, KbEntry.Person known) {}

  private record Placed(ActorDraft draft, PersonMention mention) {}

  PersonResolver(ActorKb kb, ActorTable table) {
    this.kb = kb;
    this.table = table;
  }

  void resolve(List<SentenceContext> contexts) {
    List<PersonMention> names = new ArrayList<>();
    contexts.forEach(c -> names.addAll(namesIn(c)));
    names.sort(Comparator.comparing((PersonMention p) -> -(p.end() - p.first())).thenComparing(PersonMention::span));
    List<Placed> placed = new ArrayList<>();
    for (PersonMention p : names) {
      ActorDraft draft = p.known() != null ? table.person(p.known()) : byName(p).orElseGet(() -> table.unknownPerson(p.context().text(p.span())));
      if (table.mention(draft, p.span())) {
        placed.add(new Placed(draft, p));
      }
    }
    placed.sort(Comparator.comparing(x -> x.mention().span()));
    for (Placed x : placed) {
      readTitle(x.draft(), x.mention());
    }
    surnamesTheTaggerMissed(contexts);
  }

  /**
   * A capitalised word that is the surname of exactly one person already named in the document is
   * that person, even where the tagger did not tag it ("Putin telephoned Erdoğan").
   */
  private void surnamesTheTaggerMissed(List<SentenceContext> contexts) {
    for (SentenceContext c : contexts) {
      for (int i = 0; i < c.sentence.tokens().size(); i++) {
        String word = c.word(i);
        Span span = c.token(i).span();
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || !c.token(i).pos().startsWith("NNP") || table.isClaimed(span)) {
          continue;
        }
        List<ActorDraft> persons = table.personsNamedPartly(word);
        if (persons.size() == 1) {
          table.mention(persons.get(0), span);
        }
      }
    }
  }

  /**
   * The people named in a sentence: knowledge-base names of people, and the tagger's PERSON
   * entities that are no knowledge-base name (of a person, or of something else: "Türkiye" tagged
   * PERSON), cut
   * where a lower-case word shows the tagger ran on past the name.
   */
  private List<PersonMention> namesIn(SentenceContext c) {
    List<PersonMention> found = new ArrayList<>();
    for (KbMatch m : c.matches) {
      m.surfaces().stream()
          .filter(s -> s.entry() instanceof KbEntry.Person)
          .findFirst()
          .ifPresent(s -> found.add(new PersonMention(c, m.first(), m.end(), m.span(), (KbEntry.Person) s.entry())));
    }
    for (EntityMention e : c.entities) {
      if (!e.type().equals("PERSON") || c.overlapsKbName(e)) {
        continue;
      }
      int end = e.firstToken() + 1;
      while (end < e.endToken() && !NAME_BREAKS.contains(c.word(end))) {
        end++;
      }
      Span span = new Span(e.span().start(), c.token(end - 1).span().end());
      found.add(new PersonMention(c, e.firstToken(), end, span, null));
    }
    return found;
  }

  private Optional<ActorDraft> byName(PersonMention p) {
    String name = p.context().text(p.span()).replaceAll("\\s+", " ");
    List<ActorDraft> inText = table.personsNamedPartly(name);
    if (inText.size() == 1) {
      return Optional.of(inText.get(0));
    }
    if (!inText.isEmpty() || p.end() - p.first() != 1) {
      return Optional.empty();
    }
    List<KbEntry.Person> known = kb.peopleWithSurname(name);
    List<KbEntry.Person> inOffice = known.stream().filter(k -> k.tenureOn(table.date()).isPresent()).toList();
    if (inOffice.size() == 1) {
      return Optional.of(table.person(inOffice.get(0)));
    }
    // Out of office on the date (or before the knowledge base starts), but the only one of that name.
    return inOffice.isEmpty() && known.size() == 1 ? Optional.of(table.person(known.get(0))) : Optional.empty();
  }

  private void readTitle(ActorDraft draft, PersonMention p) {
    SentenceContext c = p.context();
    Optional<TitleReader.Title> title = new TitleReader(c).titleOf(p.first(), p.end());
    title.ifPresent(t -> apply(draft, t, c));
    Optional<Integer> side = c.possessedNoun(p.end(), SectorLexicon.SIDE);
    if (side.isPresent()) {
      table.widen(draft, p.span(), new Span(p.span().start(), c.token(side.get()).span().end()));
    } else if (title.isPresent() && title.get().start() >= 0) {
      // "Russian Foreign Minister Sergei Lavrov" is one mention of Lavrov, qualifier and all.
      table.widen(draft, p.span(), new Span(c.token(title.get().start()).span().start(), p.span().end()));
    }
  }

  private void apply(ActorDraft draft, TitleReader.Title title, SentenceContext c) {
    String country = title.country();
    if (country == null && title.possessorFirst() >= 0) {
      Span possessor = new Span(c.token(title.possessorFirst()).span().start(), c.token(title.possessorEnd() - 1).span().end());
      country = table.ownerOf(possessor).map(d -> d.country).orElse(null);
    }
    if (title.role() != null && !draft.roleFromText) {
      draft.roleFromText = true;
      draft.role = title.role().role();
      if (title.role().sector() != null) {
        draft.sector = title.role().sector();
      }
      if (title.org() != null && country == null) {
        draft.org = title.org();
        draft.country = null;
        draft.sector = null;
      }
    }
    if (title.role() == null && title.org() != null && country == null && draft.country == null && draft.org == null) {
      draft.org = title.org(); // "Kenzo Oshima, the United Nations Emergency Relief Coordinator"
    }
    if (country != null && (title.role() != null || draft.country == null)) {
      draft.country = country;
      draft.org = null;
      if (draft.sector == null && title.role() != null) {
        draft.sector = "GOV"; // a national title without a sector of its own: "Russian spokesman"
      }
    }
  }
}
