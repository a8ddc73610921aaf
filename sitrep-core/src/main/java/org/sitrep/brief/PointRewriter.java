package org.sitrep.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.data.Tsv;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Makes a body sentence stand alone and fit: drops the discourse opener ("However,"), names the
 * actor a leading pronoun stands for ("He said" → "Sergei Lavrov said", from the actors layer),
 * turns a leading demonstrative into "The", drops parentheses and a photo caption run into the
 * sentence, and has {@link Shortener} drop what can go while the sentence is longer than allowed.
 * Nothing that hedges what stays goes (reportedly, according to, said, leaked ...), so what the
 * article reports stays reported. A sentence whose opening pronoun it cannot name, or that still
 * does not fit, cannot be a point.
 */
final class PointRewriter {
  private static final List<List<String>> MARKERS = loadMarkers();
  /** "Scroll down for video The kite ...": what the page says to its reader opens no sentence of the brief. */
  private static final List<List<String>> FURNITURE = PageFurniture.phrases().stream().map(p -> List.of(p.split(" "))).toList();
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those");
  private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "we", "you", "me", "us", "my", "our", "your");
  /** "It comes after ...", "It follows ...": the verbs by which "it" places the news after another event. */
  private static final Set<String> OCCASION_VERBS = Set.of("come", "follow");
  private static final Set<String> OCCASION_MARKS = Set.of("after", "as", "amid", "while", "since", "when");
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD", "PRP$");
  static final int MIN_WORDS = 5;

  /** The sentence as a point of at most {@code maxWords} words, or empty when it cannot be one. */
  Optional<String> rewrite(Document doc, BodySentence s, List<Actor> actors, int maxWords, WordWeights weights) {
    return shortened(doc, s, actors, maxWords, weights, true);
  }

  /**
   * The sentence shortened towards {@code words} words as far as it goes, or empty when it cannot
   * stand alone (for a headline, which is cut to fit after).
   */
  Optional<String> shortest(Document doc, BodySentence s, List<Actor> actors, int words, WordWeights weights) {
    return shortened(doc, s, actors, words, weights, false);
  }

  private Optional<String> shortened(Document doc, BodySentence s, List<Actor> actors, int maxWords, WordWeights weights, boolean mustFit) {
    List<Token> tokens = s.sentence().tokens();
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).word().equals("?")) {
      return Optional.empty();
    }
    SentenceEdit edit = new SentenceEdit(doc, tokens, s.dependencies());
    dropCaptions(edit);
    if (SentenceEdit.QUOTES.contains(edit.word(edit.first()))) {
      return Optional.empty();
    }
    dropOpeners(edit);
    dropParentheses(edit);
    unwrapOccasion(edit);
    Shortener.shorten(edit, maxWords, weights);
    if ((mustFit && edit.words() > maxWords) || edit.words() < MIN_WORDS || !edit.keepsMainClause() || !nameOpening(edit, actors, s.sentence())) {
      return Optional.empty();
    }
    return Optional.of(edit.text());
  }

  /**
   * The sentence as written, but with the actor an opening pronoun stands for named ("He added"
   * → "Kanyuka added"), for a condensed body whose sentences no longer follow the ones they lean on.
   */
  String withOpeningNamed(Document doc, BodySentence s, List<Actor> actors) {
    SentenceEdit edit = new SentenceEdit(doc, s.sentence().tokens(), s.dependencies());
    dropCaptions(edit);
    dropLeading(edit, FURNITURE);
    return nameOpening(edit, actors, s.sentence()) ? edit.text() : doc.text(s.sentence().span()).replaceAll("\\s+", " ").trim();
  }

  /** "Guilty: Glenn Mason has said he will repay it A bank manager who ...": a caption run in before the sentence goes. */
  private static void dropCaptions(SentenceEdit edit) {
    int start = RunInCaptions.sentenceStart(edit.tokens());
    if (start > 0) {
      edit.dropFraming(0, start - 1);
    }
  }

  private static void dropOpeners(SentenceEdit edit) {
    dropLeading(edit, FURNITURE);
    dropLeading(edit, MARKERS);
  }

  private static void dropLeading(SentenceEdit edit, List<List<String>> openers) {
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      int first = edit.first();
      for (List<String> marker : openers) {
        if (edit.matches(first, marker)) {
          int after = first + marker.size();
          edit.dropFraming(first, after - 1);
          if (after < edit.size() && edit.word(after).equals(",")) {
            edit.dropFraming(after, after);
          }
          dropped = true;
          break;
        }
      }
    }
  }

  /**
   * "It comes after Sturgeon refused to rule out a second vote." → "Sturgeon refused to rule out a
   * second vote.": a sentence whose "it" only places the article's news after another event says
   * that event in its own closing clause, which stands alone. Nothing is dropped when the clause
   * has no subject of its own or does not end the sentence.
   */
  private static void unwrapOccasion(SentenceEdit edit) {
    int first = edit.first();
    DependencyIndex deps = edit.deps();
    int verb = first < edit.size() ? deps.governor(first) : -1;
    if (verb < 0 || !edit.word(first).equalsIgnoreCase("it") || !deps.isSubject(first) || deps.governor(verb) >= 0
        || !OCCASION_VERBS.contains(edit.lemma(verb))) {
      return;
    }
    for (int clause : deps.children(verb)) {
      int mark = deps.children(clause).stream().filter(m -> deps.relation(m).equals("mark") && OCCASION_MARKS.contains(edit.word(m).toLowerCase(Locale.ROOT)))
          .findFirst().orElse(-1);
      boolean ownSubject = deps.children(clause).stream().anyMatch(deps::isSubject);
      int[] range = deps.subtreeRange(clause, Set.of());
      if (deps.relation(clause).equals("advcl") && mark >= 0 && ownSubject && range[1] >= edit.lastContent() && !edit.hasHedge(first, mark)) {
        edit.dropFraming(first, mark);
        return;
      }
    }
    // The parser often reads "after Nicola Sturgeon" as a phrase and leaves the clause's verb
    // unattached; the words say the same: the mark, a noun phrase, then a finite verb.
    int mark = verb + 1;
    if (mark < edit.size() && OCCASION_MARKS.contains(edit.word(mark).toLowerCase(Locale.ROOT)) && nounPhraseThenVerb(edit, mark + 1)) {
      edit.dropFraming(first, mark);
    }
  }

  /** Whether a noun phrase starts at {@code from} and a finite verb follows it: a clause with its own subject. */
  private static boolean nounPhraseThenVerb(SentenceEdit edit, int from) {
    int t = from;
    boolean noun = false;
    while (t < edit.size() && NOUN_PHRASE_TAGS.contains(edit.pos(t))) {
      noun |= edit.pos(t).startsWith("NN") || edit.pos(t).equals("PRP");
      t++;
    }
    return noun && t < edit.size() && RunInCaptions.FINITE_VERB_TAGS.contains(edit.pos(t));
  }

  private void dropParentheses(SentenceEdit edit) {
    for (int open = 0; open < edit.size(); open++) {
      if (edit.word(open).equals("(")) {
        int close = open + 1;
        while (close < edit.size() && !edit.word(close).equals(")")) {
          close++;
        }
        if (close < edit.size() && !edit.hasHedge(open, close)) {
          edit.dropFraming(open, close);
        }
        open = close;
      }
    }
  }

  /**
   * Names what a leading pronoun stands for: the actor the actors layer resolved it to, or for
   * "they" and "their" the plural subject of the sentence before ("Promposals are the trend ...
   * They are so big that ..."), which is what a reader takes it for. False when it cannot.
   */
  private static boolean nameOpening(SentenceEdit edit, List<Actor> actors, Sentence sentence) {
    int first = edit.first();
    String word = edit.word(first).toLowerCase(Locale.ROOT);
    if (FIRST_OR_SECOND_PERSON.contains(word)) {
      return false;
    }
    boolean subject = SUBJECT_PRONOUNS.contains(word);
    boolean possessive = POSSESSIVE_PRONOUNS.contains(word);
    if (word.equals("it") && isExpletive(edit, first)) {
      return true;
    }
    if (subject || possessive) {
      Span span = edit.span(first);
      Optional<String> name = actors.stream().filter(a -> a.mentions().contains(span)).findFirst().map(Actor::name);
      if (name.isEmpty() && PLURAL_PRONOUNS.contains(word) && (possessive || edit.deps().isSubject(first))) {
        name = previousPluralSubject(edit.doc(), sentence);
      }
      if (name.isEmpty()) {
        return false;
      }
      String named = name.get();
      edit.replace(first, possessive ? named + (named.endsWith("s") ? "'" : "'s") : named);
    } else if (DEMONSTRATIVES.contains(word)) {
      if (!edit.deps().relation(first).equals("det")) {
        return false;
      }
      edit.replace(first, "the");
    }
    return true;
  }

  /**
   * The subject of the sentence before, when it is a plural noun with nothing after it ("Disgruntled
   * fans", not "People who never divorced", which its head alone would misstate).
   */
  private static Optional<String> previousPluralSubject(Document doc, Sentence sentence) {
    NlpAnnotations nlp = doc.require(NlpAnnotations.LAYER);
    if (sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence previous = nlp.sentences().get(sentence.index() - 1);
    if (!doc.bodySpan().contains(previous.span())) {
      return Optional.empty();
    }
    DependencyIndex deps = nlp.dependencies(previous);
    List<Token> tokens = previous.tokens();
    for (int root = 0; root < tokens.size(); root++) {
      if (deps.governor(root) < 0 && deps.relation(root).equals("root")) {
        for (int subject : deps.children(root)) {
          String pos = tokens.get(subject).pos();
          int[] range = deps.subtreeRange(subject, Set.of());
          if (deps.isSubject(subject) && (pos.equals("NNS") || pos.equals("NNPS")) && range[1] == subject && subject - range[0] < 6) {
            String phrase = doc.text(new Span(tokens.get(range[0]).span().start(), tokens.get(subject).span().end()));
            return Optional.of(tokens.get(range[0]).pos().equals("DT") ? phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1) : phrase);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether "it" stands for nothing: "It is understood that ...", "It has emerged that ...", "It
   * was claimed ...": a placeholder subject whose verb takes a clause.
   */
  private static boolean isExpletive(SentenceEdit edit, int it) {
    DependencyIndex deps = edit.deps();
    if (deps.relation(it).startsWith("expl")) {
      return true;
    }
    int head = deps.governor(it);
    if (head < 0) {
      return false;
    }
    for (int c : deps.children(head)) {
      String relation = deps.relation(c);
      boolean clause = Set.of("ccomp", "csubj", "csubj:pass").contains(relation)
          // "It is understood a watchdog is working ...": the parser leaves the clause unlabelled
          || relation.equals("dep") && deps.relation(it).equals("nsubj:pass") && edit.pos(c).startsWith("VB")
          // "It is hard to believe ...", "It has been a tradition for the band to play ...": the subject comes later
          || extraposedInfinitive(edit, head, c);
      if (clause) {
        return true;
      }
    }
    return false;
  }

  /** "hard to believe", "a tradition for the band to play": an infinitive that is what "it" stands for. */
  private static boolean extraposedInfinitive(SentenceEdit edit, int predicate, int clause) {
    DependencyIndex deps = edit.deps();
    List<String> marks = deps.children(clause).stream().filter(m -> deps.relation(m).equals("mark")).map(m -> edit.word(m).toLowerCase(Locale.ROOT)).toList();
    if (!marks.contains("to") || clause < predicate) {
      return false;
    }
    String relation = deps.relation(clause);
    return relation.equals("xcomp") && edit.pos(predicate).startsWith("JJ") || relation.equals("advcl") && marks.contains("for");
  }

  private static List<List<String>> loadMarkers() {
    List<List<String>> markers = new ArrayList<>();
    for (Tsv.Row row : Tsv.resource("/org/sitrep/brief/discourse-markers.tsv")) {
      markers.add(List.of(row.get("marker").split(" ")));
    }
    // longest first, so "in addition" wins over a shorter marker it starts with
    markers.sort((a, b) -> b.size() - a.size());
    return markers;
  }


}
