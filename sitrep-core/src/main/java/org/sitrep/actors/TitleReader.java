package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Surface;
import org.sitrep.actors.lexicon.RoleLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads what the text says about a named person: the title in front of the name ("Russian Foreign
 * Minister Sergei Lavrov", "NATO Secretary General Mark Rutte", "Dutch political analyst Maarten
 * Hoogland", "Putin's spokesman Dmitry Peskov", "Ukraine's defence minister, Rustem Umerov"), or an
 * apposition after it ("Dmitry Peskov, spokesman for Russian President Vladimir Putin,", "Oksana
 * Lytvyn, a campaigner with the Ukrainian group ..."). Text beats memory: what is found here
 * overrides the knowledge base.
 */
final class TitleReader {
  private static final int APPOSITION_WINDOW = 12;
  /** Adjectives or nouns allowed between a country and the role or name: "Dutch political analyst". */
  private static final int MAX_GAP = 2;
  private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the");

  /**
   * A title: the role (null when the text only gives a country: "Polish farmer Tomasz Zielak"), the
   * country or organisation that qualifies it (each may be null), the token where it starts when it
   * stands right before the name (-1 for an apposition), and the tokens of a person whose
   * possessive qualifies it ("Putin's spokesman"), or -1.
   */
  record Title(RoleLexicon.Role role, String country, String org, int start, int possessorFirst, int possessorEnd) {}

  private final RoleLexicon roles = RoleLexicon.get();
  private final SentenceContext c;
  private final Sentence sentence;
  private final List<KbMatch> matches;

  TitleReader(SentenceContext c) {
    this.c = c;
    this.sentence = c.sentence;
    this.matches = c.matches;
  }

  /** The title of the person named by tokens {@code first..end-1}, if the text gives one. */
  Optional<Title> titleOf(int first, int end) {
    int roleEnd = first;
    if (roleEnd > 0 && word(roleEnd - 1).equals(",")) {
      roleEnd--; // "Ukraine's defence minister, Rustem Umerov"
    }
    Optional<Title> before = titleEndingAt(roleEnd);
    if (before.isPresent()) {
      return before;
    }
    Optional<Title> apposition = apposition(end);
    return apposition.isPresent() ? apposition : countryBefore(first);
  }

  private Optional<Title> titleEndingAt(int roleEnd) {
    for (int start = Math.max(0, roleEnd - roles.longestPhraseWords()); start < roleEnd; start++) {
      Optional<RoleLexicon.Role> role = roleAt(start, roleEnd);
      if (role.isPresent()) {
        if (start > 0 && isFormer(word(start - 1))) {
          return Optional.empty();
        }
        return Optional.of(qualified(role.get(), start, roleEnd));
      }
    }
    return Optional.empty();
  }

  /**
   * The role tokens {@code start..end-1} name. A listed title may contain a name ("European
   * Commission President"); a title read as "&lt;Domain&gt; Minister" may not ("Russian Foreign
   * Minister" is Foreign Minister, qualified by Russian), and its domain words must be nouns or
   * adjectives ("after prime minister" is no title).
   */
  private Optional<RoleLexicon.Role> roleAt(int start, int end) {
    return roles.lookup(words(start, end)).filter(r -> r.listed() || (!namesSomething(start, end) && domainWords(start, end - 1)));
  }

  private boolean domainWords(int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = token(i).pos();
      if (!pos.startsWith("NN") && !pos.startsWith("JJ")) {
        return false;
      }
    }
    return true;
  }

  /** "Name, a/an/the [qualifier] role [for/of/at X]": the first role of the apposition. */
  private Optional<Title> apposition(int end) {
    if (end + 1 >= sentence.tokens().size() || !word(end).equals(",")) {
      return Optional.empty();
    }
    int open = end + 1;
    int limit = Math.min(sentence.tokens().size(), open + APPOSITION_WINDOW);
    int stop = open;
    while (stop < limit && !word(stop).equals(",") && !word(stop).equals(".")) {
      stop++;
    }
    for (int start = open; start < stop; start++) {
      for (int roleEnd = Math.min(stop, start + roles.longestPhraseWords()); roleEnd > start; roleEnd--) {
        Optional<RoleLexicon.Role> role = roleAt(start, roleEnd);
        if (role.isPresent() && !isFormer(word(start - 1)) && opensApposition(open, start)) {
          Title title = qualified(role.get(), start, roleEnd);
          String country = title.country() != null ? title.country() : qualifierAfter(roleEnd, stop, KbEntry.Country.class);
          String org = title.org() != null || country != null ? title.org() : qualifierAfter(roleEnd, stop, KbEntry.Organization.class);
          return Optional.of(new Title(title.role(), country, org, -1, title.possessorFirst(), title.possessorEnd()));
        }
      }
    }
    // "Oksana Lytvyn, a campaigner with the Ukrainian anti-corruption group ...", "Salaheddine
    // Sidhoum, Algeria's leading human rights activist": a country only.
    if (APPOSITION_OPENERS.contains(word(open).toLowerCase(Locale.ROOT)) || opensWithCountrysPossessive(open, stop)) {
      String country = qualifierAfter(open, stop, KbEntry.Country.class);
      if (country != null) {
        return Optional.of(new Title(null, country, null, -1, -1, -1));
      }
      String org = organizationTitle(open, stop);
      if (org != null) {
        return Optional.of(new Title(null, null, org, -1, -1, -1));
      }
    }
    return Optional.empty();
  }

  /**
   * "Kenzo Oshima, the United Nations Emergency Relief Coordinator": "the", an organisation, then
   * a capitalised title the role lexicon does not know; the person works for the organisation.
   */
  private String organizationTitle(int open, int stop) {
    if (!word(open).equalsIgnoreCase("the")) {
      return null;
    }
    for (KbMatch m : matches) {
      if (m.first() == open + 1 && m.end() < stop && Character.isUpperCase(word(m.end()).charAt(0))) {
        for (int t = m.end(); t < stop; t++) {
          if (!Character.isUpperCase(word(t).charAt(0))) {
            return null;
          }
        }
        return m.surfaces().stream().filter(x -> x.entry() instanceof KbEntry.Organization && x.kind() == Surface.Kind.NAME)
            .map(x -> ((KbEntry.Organization) x.entry()).id()).findFirst().orElse(null);
      }
    }
    return null;
  }

  /** "Algeria's leading activist": the apposition opens with a country and a possessive. */
  private boolean opensWithCountrysPossessive(int open, int stop) {
    for (KbMatch m : matches) {
      if (m.first() == open && m.end() < stop && SentenceContext.isPossessiveMarker(word(m.end()))) {
        return m.surfaces().stream().anyMatch(x -> x.entry() instanceof KbEntry.Country && x.kind() == Surface.Kind.NAME);
      }
    }
    return false;
  }

  /** An apposition opens with an article, the role itself, or a qualifier: not "Name, who ...". */
  private boolean opensApposition(int open, int roleStart) {
    return open == roleStart || APPOSITION_OPENERS.contains(word(open).toLowerCase(Locale.ROOT)) || matchEndingAt(roleStart, open) != null;
  }

  /** "Polish farmer Tomasz Zielak": a country right before the name, with at most a noun or two between. */
  private Optional<Title> countryBefore(int first) {
    for (int gap = 0; gap <= MAX_GAP && first - gap > 0; gap++) {
      KbMatch m = matchEndingAt(first - gap, 0);
      if (m != null) {
        Optional<String> country = countryOf(m);
        if (country.isPresent() && lowercaseWords(first - gap, first)) {
          return Optional.of(new Title(null, country.get(), null, m.first(), -1, -1));
        }
        return Optional.empty();
      }
      if (gap < MAX_GAP && !lowercaseWords(first - gap - 1, first - gap)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private boolean lowercaseWords(int from, int to) {
    for (int i = from; i < to; i++) {
      if (i < 0 || !Character.isLowerCase(word(i).charAt(0)) || !(token(i).pos().startsWith("NN") || token(i).pos().startsWith("JJ"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The country or organisation that qualifies the role: named inside it ("European Commission
   * President"), just before it ("Russian", "Ukraine's", "NATO"), possibly across an adjective or
   * two ("Dutch political analyst"); a demonym before an organisation makes the country's
   * representative to it ("Palestinian UN envoy"); a person's possessive lends the person's country
   * ("Putin's spokesman").
   */
  private Title qualified(RoleLexicon.Role role, int roleStart, int roleEnd) {
    for (KbMatch m : matches) {
      if (m.first() >= roleStart && m.end() <= roleEnd) {
        Optional<Title> inside = titleFrom(role, m, roleStart);
        if (inside.isPresent()) {
          return inside.get();
        }
      }
    }
    int qualifierEnd = roleStart;
    while (qualifierEnd > 0 && roleStart - qualifierEnd < MAX_GAP && token(qualifierEnd - 1).pos().startsWith("JJ") && matchEndingAt(qualifierEnd, 0) == null) {
      qualifierEnd--;
    }
    boolean possessive = qualifierEnd > 0 && SentenceContext.isPossessiveMarker(word(qualifierEnd - 1));
    if (possessive) {
      qualifierEnd--;
    }
    KbMatch m = matchEndingAt(qualifierEnd, 0);
    if (m != null) {
      KbMatch before = matchEndingAt(m.first(), 0);
      if (before != null && countryOf(before).isPresent() && m.of(Surface.Kind.NAME).map(s -> s.entry() instanceof KbEntry.Organization).orElse(false)) {
        return new Title(role, countryOf(before).get(), null, before.first(), -1, -1);
      }
      Optional<Title> title = titleFrom(role, m, roleStart);
      if (title.isPresent()) {
        return title.get();
      }
    }
    if (possessive && qualifierEnd > 0 && !token(qualifierEnd - 1).ner().equals("O")) {
      int possessorFirst = qualifierEnd - 1;
      while (possessorFirst > 0 && token(possessorFirst - 1).ner().equals(token(qualifierEnd - 1).ner())) {
        possessorFirst--;
      }
      return new Title(role, null, null, possessorFirst, possessorFirst, qualifierEnd);
    }
    return new Title(role, null, null, roleStart, -1, -1);
  }

  private Optional<Title> titleFrom(RoleLexicon.Role role, KbMatch m, int roleStart) {
    int start = Math.min(m.first(), roleStart);
    for (Surface s : m.surfaces()) {
      if (s.entry() instanceof KbEntry.Country c && s.kind() != Surface.Kind.CAPITAL) {
        return Optional.of(new Title(role, c.code(), null, start, -1, -1));
      }
      if (s.entry() instanceof KbEntry.Organization o && s.kind() == Surface.Kind.NAME) {
        return Optional.of(new Title(role, null, o.id(), start, -1, -1));
      }
      if (s.entry() instanceof KbEntry.Body b && s.kind() == Surface.Kind.NAME) {
        // "Kremlin spokesman": the body lends its sector to a role that has none of its own
        RoleLexicon.Role withSector = role.sector() == null && b.sector() != null ? new RoleLexicon.Role(role.role(), b.sector(), role.listed()) : role;
        return Optional.of(new Title(withSector, b.country(), null, start, -1, -1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> countryOf(KbMatch m) {
    return m.surfaces().stream()
        .filter(s -> s.entry() instanceof KbEntry.Country && (s.kind() == Surface.Kind.NAME || s.kind() == Surface.Kind.DEMONYM))
        .map(s -> ((KbEntry.Country) s.entry()).code())
        .findFirst();
  }

  /** The knowledge-base match ending just before token {@code end} and starting at or after {@code from}. */
  private KbMatch matchEndingAt(int end, int from) {
    for (KbMatch m : matches) {
      if (m.end() == end && m.first() >= from) {
        return m;
      }
    }
    return null;
  }

  /** A qualifier after the role in an apposition: "minister of Ukraine", "analyst at the IMF". */
  private String qualifierAfter(int from, int to, Class<? extends KbEntry> type) {
    for (KbMatch m : matches) {
      if (m.first() >= from && m.end() <= to) {
        for (Surface s : m.surfaces()) {
          if (type.isInstance(s.entry()) && (s.kind() == Surface.Kind.NAME || s.kind() == Surface.Kind.DEMONYM)) {
            return s.entry() instanceof KbEntry.Country c ? c.code() : ((KbEntry.Organization) s.entry()).id();
          }
        }
      }
    }
    return null;
  }

  /** Whether a knowledge-base name lies within tokens {@code from..to-1}. */
  private boolean namesSomething(int from, int to) {
    return matches.stream().anyMatch(m -> m.first() < to && from < m.end());
  }

  private static boolean isFormer(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("former") || w.equals("ex") || w.equals("ex-") || w.equals("late");
  }

  private List<String> words(int from, int to) {
    return c.wordsAsWritten(from, to);
  }

  private Token token(int index) {
    return c.token(index);
  }

  private String word(int index) {
    return index < 0 ? "" : c.word(index);
  }
}
