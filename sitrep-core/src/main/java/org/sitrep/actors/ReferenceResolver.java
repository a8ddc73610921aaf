package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Surface;
import org.sitrep.actors.lexicon.RoleLexicon;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;

/**
 * Resolves references that carry no name, after all names are resolved, by fast rules over the
 * parse instead of a coreference model (measured five times slower than the rest of the
 * pipeline):
 *
 * <ul>
 *   <li>title-only references, "the foreign minister", "the Russian president": the person of that
 *       role (and country) mentioned last before; failing that, the one person the knowledge base
 *       has in that office on the article's date;
 *   <li>he/his/him/she/her: the subject of the same sentence before the pronoun, else the subject of
 *       one of the two sentences before, else the person mentioned last, of a compatible gender;
 *   <li>they/their: a group or organisation that was the subject of the sentence before;
 *   <li>"the alliance", "the bloc": the international organisation mentioned last; "the group",
 *       "the movement", "the militia": the armed group, party or other organisation mentioned last.
 * </ul>
 */
final class ReferenceResolver {
  private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");
  private static final Set<String> NEUTER = Set.of("it", "its");
  private static final Set<String> DETERMINERS = Set.of("the");
  private static final int SENTENCES_BACK = 2;
  /** Definite descriptions that stand for an actor named before, and which kind of actor. */
  private static final java.util.Map<String, java.util.function.Predicate<ActorDraft>> DESCRIPTIONS = java.util.Map.of(
      "alliance", ReferenceResolver::international,
      "bloc", ReferenceResolver::international,
      "group", ReferenceResolver::nonState,
      "movement", ReferenceResolver::nonState,
      "militia", ReferenceResolver::nonState);

  private final ActorKb kb;
  private final ActorTable table;
  private final List<SentenceContext> contexts;
  private final Span body;
  private final RoleLexicon roles = RoleLexicon.get();

  /** @param body the article body: a reference in it looks back no further than its start (not into the title or key points) */
  ReferenceResolver(ActorKb kb, ActorTable table, List<SentenceContext> contexts, Span body) {
    this.kb = kb;
    this.table = table;
    this.contexts = contexts;
    this.body = body;
  }

  /** The sentence {@code back} sentences before {@code c} in the same part of the article (title and key points, or body). */
  private Optional<SentenceContext> before(SentenceContext c, int back) {
    int index = c.sentence.index() - back;
    if (index < 0) {
      return Optional.empty();
    }
    SentenceContext previous = contexts.get(index);
    boolean inBody = body.contains(c.sentence.span());
    return inBody == body.contains(previous.sentence.span()) ? Optional.of(previous) : Optional.empty();
  }

  /** Where a reference in {@code c} looks back from: the start of the sentence {@code SENTENCES_BACK} before, within its part. */
  private int windowStart(SentenceContext c) {
    int start = c.sentence.span().start();
    for (int back = 1; back <= SENTENCES_BACK; back++) {
      Optional<SentenceContext> previous = before(c, back);
      if (previous.isEmpty()) {
        break;
      }
      start = previous.get().sentence.span().start();
    }
    return start;
  }

  void resolve() {
    for (SentenceContext c : contexts) {
      titleOnly(c);
      descriptions(c);
    }
    for (SentenceContext c : contexts) {
      pronouns(c);
    }
  }

  private void titleOnly(SentenceContext c) {
    int n = c.sentence.tokens().size();
    for (int i = 0; i < n - 1; i++) {
      if (!DETERMINERS.contains(c.word(i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int roleStart = i + 1;
      String country = null;
      Optional<KbMatch> qualifier = matchAt(c, roleStart);
      if (qualifier.isPresent()) {
        country = qualifier.get().surfaces().stream()
            .filter(s -> s.entry() instanceof KbEntry.Country && s.kind() != Surface.Kind.CAPITAL)
            .map(s -> ((KbEntry.Country) s.entry()).code()).findFirst().orElse(null);
        if (country == null) {
          continue;
        }
        roleStart = qualifier.get().end();
      }
      for (int end = Math.min(n, roleStart + roles.longestPhraseWords()); end > roleStart; end--) {
        Optional<RoleLexicon.Role> role = roles.lookup(c.wordsAsWritten(roleStart, end));
        if (role.isEmpty()) {
          continue;
        }
        if (end < n && startsName(c, end)) {
          break; // "the Foreign Minister Sergei Lavrov" is a title, handled with the name
        }
        Span span = new Span(c.token(i).span().start(), c.token(end - 1).span().end());
        if (!table.isClaimed(span)) {
          holderOf(role.get().role(), country, span.start()).ifPresent(d -> table.mention(d, span));
        }
        i = end - 1;
        break;
      }
    }
  }

  /**
   * "the alliance", "the bloc", "the group": the organisation or armed group of that kind mentioned
   * last, in this sentence or the two before ("Tehran denied arming the group" after "the Houthis").
   */
  private void descriptions(SentenceContext c) {
    int n = c.sentence.tokens().size();
    for (int i = 0; i + 1 < n; i++) {
      java.util.function.Predicate<ActorDraft> kind = DESCRIPTIONS.get(c.word(i + 1));
      if (kind == null || !c.word(i).equalsIgnoreCase("the") || i + 2 < n && startsName(c, i + 2)) {
        continue; // a capitalised name goes on: "the Group of Seven"
      }
      Span span = new Span(c.token(i).span().start(), c.token(i + 1).span().end());
      if (table.isClaimed(span)) {
        continue;
      }
      lastMentioned(span.start(), windowStart(c), kind).ifPresent(d -> table.mention(d, span));
    }
  }

  /** An international organisation: "the alliance", "the bloc". */
  private static boolean international(ActorDraft d) {
    return d.key.startsWith("org:");
  }

  /** A group or organisation of its own, not a state or one of its sectors: "the group", "the movement". */
  private static boolean nonState(ActorDraft d) {
    return d.key.startsWith("body:") && (d.kind == ActorKind.GROUP || "REB".equals(d.sector) || "PTY".equals(d.sector)) || d.key.startsWith("orgname:");
  }

  private boolean startsName(SentenceContext c, int token) {
    String ner = c.token(token).ner();
    return !ner.equals("O") || Character.isUpperCase(c.word(token).charAt(0)) && c.token(token).pos().startsWith("NNP");
  }

  private Optional<KbMatch> matchAt(SentenceContext c, int token) {
    return c.matches.stream().filter(m -> m.first() == token).findFirst();
  }

  /** The person holding the role, mentioned last before {@code position}; else the KB's office holder. */
  private Optional<ActorDraft> holderOf(String role, String country, int position) {
    Optional<ActorDraft> best = lastMentioned(position, 0, d -> d.isPerson() && role.equalsIgnoreCase(d.role) && (country == null || country.equals(d.country)));
    if (best.isPresent() || country == null) {
      return best;
    }
    List<KbEntry.Person> holders = kb.peopleWithRole(role, country, table.date());
    return holders.size() == 1 ? Optional.of(table.person(holders.get(0))) : Optional.empty();
  }

  private void pronouns(SentenceContext c) {
    for (int i = 0; i < c.sentence.tokens().size(); i++) {
      String w = c.word(i).toLowerCase(Locale.ROOT);
      char gender = MASCULINE.contains(w) ? 'm' : FEMININE.contains(w) ? 'f' : PLURAL.contains(w) ? 'p' : NEUTER.contains(w) ? 'n' : 0;
      Span span = c.token(i).span();
      if (gender == 0 || !c.token(i).pos().startsWith("PRP") || table.isClaimed(span)) {
        continue;
      }
      Optional<ActorDraft> antecedent = gender == 'p' ? group(c, i) : gender == 'n' ? thing(c, i) : person(c, i, gender);
      if (antecedent.isPresent() && ownedSector(c, i, antecedent.get())) {
        continue;
      }
      antecedent.ifPresent(d -> table.mention(d, span));
    }
  }

  /**
   * "The Kremlin denied that its aircraft had struck civilians": a possessive pronoun standing for
   * a country or one of its sectors, before a sector noun, names that country's sector (the Russian
   * military), as "Russian aircraft" would.
   */
  private boolean ownedSector(SentenceContext c, int pronoun, ActorDraft owner) {
    int noun = c.deps.governor(pronoun);
    if (owner.country == null || owner.isPerson() || noun < 0 || !c.deps.relation(pronoun).equals("nmod:poss") || !c.token(noun).pos().startsWith("NN")) {
      return false;
    }
    String lemma = c.token(noun).lemma() == null ? c.word(noun) : c.token(noun).lemma();
    Optional<String> sector = SectorLexicon.get().sectorOf(lemma);
    Optional<KbEntry.Country> country = kb.country(owner.country);
    if (sector.isEmpty() || sector.get().equals(SectorLexicon.SIDE) || country.isEmpty()) {
      return false;
    }
    Span span = new Span(c.token(pronoun).span().start(), c.token(noun).span().end());
    return table.mention(table.sector(country.get(), sector.get()), span);
  }

  private Optional<ActorDraft> person(SentenceContext c, int pronoun, char gender) {
    int position = c.token(pronoun).span().start();
    Optional<ActorDraft> subject = subjectBefore(c, position, d -> d.isPerson() && compatible(d, gender));
    for (int back = 1; subject.isEmpty() && back <= SENTENCES_BACK && before(c, back).isPresent(); back++) {
      SentenceContext previous = before(c, back).orElseThrow();
      subject = subjectBefore(previous, previous.sentence.span().end(), d -> d.isPerson() && compatible(d, gender));
    }
    if (subject.isPresent()) {
      return subject;
    }
    return lastMentioned(position, windowStart(c), d -> d.isPerson() && compatible(d, gender));
  }

  /**
   * "Russia said its forces ...", "... would use force against it": a country, organisation or
   * group. "its" is the subject of its own sentence before it; an "it" that is an object (never a
   * subject: "it is expected" refers to nothing) is the last one named before it in its sentence,
   * else the subject of the sentence before.
   */
  private Optional<ActorDraft> thing(SentenceContext c, int pronoun) {
    java.util.function.Predicate<ActorDraft> nonPerson = d -> !d.isPerson();
    if (c.word(pronoun).equalsIgnoreCase("its")) {
      return subjectBefore(c, c.token(pronoun).span().start(), nonPerson);
    }
    String relation = c.deps.relation(pronoun);
    if (!(relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("nmod"))) {
      return Optional.empty();
    }
    Optional<ActorDraft> near = lastBefore(c, pronoun, nonPerson);
    return near.isPresent() ? near : before(c, 1).flatMap(previous -> subjectBefore(previous, previous.sentence.span().end(), nonPerson));
  }

  /**
   * "Trump warned Pyongyang that the United States would use force against it": the last actor
   * named before the pronoun in its sentence, other than its own clause's subject.
   */
  private Optional<ActorDraft> lastBefore(SentenceContext c, int pronoun, java.util.function.Predicate<ActorDraft> accept) {
    Span sentence = c.sentence.span();
    int position = c.token(pronoun).span().start();
    java.util.Set<ActorDraft> ownSubject = new java.util.HashSet<>();
    int clause = c.deps.governor(pronoun);
    while (clause >= 0 && !c.token(clause).pos().startsWith("VB")) {
      clause = c.deps.governor(clause);
    }
    if (clause >= 0) {
      for (int child : c.deps.children(clause)) {
        if (c.deps.isSubject(child)) {
          Span subject = c.token(child).span();
          table.drafts().stream().filter(d -> d.mentions.stream().anyMatch(m -> m.contains(subject))).forEach(ownSubject::add);
        }
      }
    }
    return lastMentioned(position, sentence.start(), d -> accept.test(d) && !ownSubject.contains(d));
  }

  /** The accepted actor mentioned last before {@code position}, at or after {@code from}. */
  private Optional<ActorDraft> lastMentioned(int position, int from, java.util.function.Predicate<ActorDraft> accept) {
    ActorDraft last = null;
    int lastAt = -1;
    for (ActorDraft d : table.drafts()) {
      int at = d.lastMentionBefore(position);
      if (at >= from && at > lastAt && accept.test(d)) {
        last = d;
        lastAt = at;
      }
    }
    return Optional.ofNullable(last);
  }

  /** "They said": a group or organisation that was the subject of the sentence before. */
  private Optional<ActorDraft> group(SentenceContext c, int pronoun) {
    if (!(c.deps.isSubject(pronoun) || c.word(pronoun).equalsIgnoreCase("their"))) {
      return Optional.empty();
    }
    return before(c, 1).flatMap(previous -> subjectBefore(previous, previous.sentence.span().end(), d -> d.kind == ActorKind.GROUP || d.kind == ActorKind.ORGANIZATION));
  }

  /** The actor whose mention is a subject in the sentence before {@code position}, the last such. */
  private Optional<ActorDraft> subjectBefore(SentenceContext c, int position, java.util.function.Predicate<ActorDraft> accept) {
    ActorDraft found = null;
    int foundAt = -1;
    for (int t = 0; t < c.sentence.tokens().size() && c.token(t).span().start() < position; t++) {
      if (!c.deps.isSubject(t)) {
        continue;
      }
      Span subject = c.token(t).span();
      for (ActorDraft d : table.drafts()) {
        for (Span m : d.mentions) {
          if (m.contains(subject) && accept.test(d) && m.start() > foundAt) {
            found = d;
            foundAt = m.start();
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean compatible(ActorDraft d, char gender) {
    return d.gender == '?' || d.gender == gender;
  }

}
