package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Surface;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** One sentence as the actor stage sees it: tokens, parse, knowledge-base matches and entities. */
final class SentenceContext {
  /** Places a country's demonym can qualify: "Indian cities", "Iranian provinces". */
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "region", "district", "state", "capital", "street", "area");

  private static final int MAX_MODIFIERS = 3;

  final String text;
  final Sentence sentence;
  final List<KbMatch> matches;
  final List<EntityMention> entities = new ArrayList<>();
  final DependencyIndex deps;

  /** A sector noun a country or demonym modifies; {@code coordinated} for "British and European forces". */
  record SectorNoun(int token, String sector, boolean coordinated) {}

  SentenceContext(String text, Sentence sentence, DependencyIndex deps, List<KbMatch> matches) {
    this.text = text;
    this.sentence = sentence;
    this.matches = matches;
    this.deps = deps;
  }

  void addEntity(EntityMention e) {
    entities.add(e);
  }

  Token token(int index) {
    return sentence.tokens().get(index);
  }

  String word(int index) {
    return token(index).span().of(text);
  }

  String text(Span span) {
    return span.of(text);
  }

  /** The words of tokens {@code from..to-1} as written: "President-elect" stays one word. */
  List<String> wordsAsWritten(int from, int to) {
    String raw = text.substring(token(from).span().start(), token(to - 1).span().end());
    return List.of(raw.trim().split("\\s+"));
  }

  /**
   * Whether a tagged entity is a knowledge-base name: a person's, or something else's ("Türkiye"
   * tagged PERSON). A place inside a longer name ("Jordan" in "Michael Jordan") does not count.
   */
  boolean overlapsKbName(EntityMention e) {
    return matches.stream().anyMatch(m -> overlaps(m, e) && (m.namesPerson() || !strictlyInside(m, e)));
  }

  /** Whether a knowledge-base name lies inside a longer person's name ("Jordan" in "Michael Jordan"). */
  boolean insidePersonName(KbMatch m) {
    return entities.stream().anyMatch(e -> e.type().equals("PERSON") && strictlyInside(m, e));
  }

  private static boolean overlaps(KbMatch m, EntityMention e) {
    return m.first() < e.endToken() && e.firstToken() < m.end();
  }

  private static boolean strictlyInside(KbMatch m, EntityMention e) {
    return e.firstToken() <= m.first() && m.end() <= e.endToken() && (e.endToken() - e.firstToken()) > (m.end() - m.first());
  }

  /**
   * The noun after a possessive at {@code possessive} ("Trump 's team") when it names the given
   * sector, with at most a few modifiers between.
   */
  Optional<Integer> possessedNoun(int possessive, String sector) {
    if (possessive >= sentence.tokens().size() || !isPossessiveMarker(word(possessive))) {
      return Optional.empty();
    }
    SectorLexicon lexicon = SectorLexicon.get();
    for (int i = possessive + 1; i < sentence.tokens().size() && i <= possessive + 1 + MAX_MODIFIERS; i++) {
      if (lexicon.sectorOf(nounPhrase(i)).filter(sector::equals).isPresent()) {
        return Optional.of(i);
      }
      if (!isModifier(token(i))) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The sector noun a country or demonym modifies, from the parse: {@code amod}, {@code compound}
   * or {@code nmod:poss} of a noun after it, or the conjunct of such a modifier.
   */
  Optional<SectorNoun> sectorNounOf(KbMatch m, SectorLexicon lexicon) {
    int head = m.end() - 1;
    boolean coordinated = false;
    int modifier = head;
    if (deps.relation(head).equals("conj") && deps.governor(head) >= 0) {
      modifier = deps.governor(head);
      coordinated = true;
    }
    String relation = deps.relation(modifier);
    if (!(relation.equals("amod") || relation.equals("compound") || relation.equals("nmod:poss"))) {
      return Optional.empty();
    }
    int noun = deps.governor(modifier);
    if (noun <= head || noun - head > MAX_MODIFIERS + 1 || !token(noun).pos().startsWith("NN")) {
      return Optional.empty();
    }
    for (int i = head + 1; i < noun; i++) {
      if (!isModifier(token(i)) && !isPossessiveMarker(word(i)) && !token(i).pos().equals("CC") && !coordinated) {
        return Optional.empty();
      }
    }
    boolean namesOthers = false;
    for (KbMatch other : matches) {
      if (other != m && other.first() > head && other.end() <= noun) {
        namesOthers = true; // "British and European forces": each demonym keeps its own word
      }
    }
    Optional<String> sector = lexicon.sectorOf(nounPhrase(noun));
    int nounIndex = noun;
    boolean coord = coordinated || namesOthers;
    return sector.map(s -> new SectorNoun(nounIndex, s, coord));
  }

  /** The noun's lemma, or the lemma of it with the word before ("foreign ministry") when listed. */
  private String nounPhrase(int noun) {
    SectorLexicon lexicon = SectorLexicon.get();
    if (noun > 0) {
      String two = token(noun - 1).lemma().toLowerCase() + " " + token(noun).lemma().toLowerCase();
      if (lexicon.sectorOf(two).isPresent()) {
        return two;
      }
    }
    return token(noun).lemma() == null ? word(noun) : token(noun).lemma();
  }

  /** Whether a noun has its owner named: "its government", "Ukraine's parliament", "government of X". */
  boolean hasOwner(int noun) {
    for (int child : deps.children(noun)) {
      String r = deps.relation(child);
      if (r.equals("nmod:poss") || r.equals("nmod") || (r.equals("amod") && Character.isUpperCase(word(child).charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPossessiveMarker(String word) {
    return word.equals("'s") || word.equals("’s") || word.equals("'");
  }

  /** The index of the token starting at or covering a character offset, or -1. */
  int tokenAt(int offset) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      Span t = token(i).span();
      if (t.start() <= offset && offset < t.end()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isModifier(Token t) {
    String pos = t.pos();
    return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("HYPH");
  }

  /** "Police in Belarus", "ethnic Albanians in south Serbia": the country a noun's phrase places it in, if it names one. */
  Optional<KbEntry.Country> countryNamedBy(int noun) {
    for (int child : deps.children(noun)) {
      if (!deps.relation(child).startsWith("nmod")) {
        continue;
      }
      Optional<KbEntry.Country> named = countryAt(child, Surface.Kind.NAME);
      if (named.isPresent()) {
        return named;
      }
      // "protesters in several Indian cities": a place the country's demonym qualifies
      for (int modifier : deps.children(child)) {
        String r = deps.relation(modifier);
        Optional<KbEntry.Country> qualified = r.equals("amod") || r.equals("compound") ? countryAt(modifier, Surface.Kind.DEMONYM) : Optional.empty();
        if (qualified.isPresent() && PLACE_NOUNS.contains(token(child).lemma().toLowerCase(Locale.ROOT))) {
          return qualified;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Syrian opposition groups": a sector noun that modifies a head another country word modifies
   * too is of that country.
   */
  Optional<KbEntry.Country> countryBesideIn(int noun) {
    int head = deps.governor(noun);
    if (head < 0 || !deps.relation(noun).equals("compound")) {
      return Optional.empty();
    }
    for (int sibling : deps.children(head)) {
      String r = deps.relation(sibling);
      if (sibling != noun && (r.equals("amod") || r.equals("compound"))) {
        Optional<KbEntry.Country> country = countryAt(sibling, Surface.Kind.DEMONYM).or(() -> countryAt(sibling, Surface.Kind.NAME));
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<KbEntry.Country> countryAt(int token, Surface.Kind kind) {
    for (KbMatch m : matches) {
      if (m.first() <= token && token < m.end()) {
        for (Surface s : m.surfaces()) {
          if (s.entry() instanceof KbEntry.Country k && s.kind() == kind) {
            return Optional.of(k);
          }
        }
      }
    }
    return Optional.empty();
  }
}
