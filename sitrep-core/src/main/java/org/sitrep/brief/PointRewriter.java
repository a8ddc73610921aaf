package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.data.Tsv;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.events.CertaintyCues;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Makes a body sentence stand alone and fit: drops the discourse opener ("However,"), names the
 * actor a leading pronoun stands for ("He said" → "Sergei Lavrov said", from the actors layer),
 * turns a leading demonstrative into "The", drops parentheses, and, while the sentence is longer
 * than allowed, drops a leading adverbial ("In recent statements,"), trailing clauses (", indicating
 * ...") and comma-enclosed appositions and relative clauses. It never drops a hedge (reportedly,
 * according to, said, leaked ...), so what the article reports stays reported. A sentence whose
 * opening pronoun it cannot name, or that still does not fit, cannot be a point.
 */
final class PointRewriter {
  private static final List<List<String>> MARKERS = loadMarkers();
  /** "Scroll down for video The kite ...": what the page says to its reader opens no sentence of the brief. */
  private static final List<List<String>> FURNITURE = PageFurniture.phrases().stream().map(p -> List.of(p.split(" "))).toList();
  private static final Set<String> ADVERBIAL = Set.of("advcl", "obl", "advmod", "obl:tmod", "nmod:tmod", "obl:npmod", "nmod", "nmod:poss");
  /** Relations of a verb heading a clause of its own. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "dep");
  private static final Set<String> MIDDLE_CLAUSES = Set.of("appos", "acl:relcl");
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("which", "while", "as", "after", "before", "with", "amid", "despite", "although", "though", "whereas", "including", "following", "because", "since", "when", "where", "until");
  /** Subordinators that open a trailing adverbial clause even without a comma ("... loan following reports ..."). */
  private static final Set<String> TRAILING_SUBORDINATORS = Set.of("after", "following", "as", "while", "when", "before", "because", "since", "amid", "despite", "until", "although", "though", "whereas");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
          "morning", "afternoon", "evening", "night", "weekend", "week", "month", "year", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december");
  /** Spans of time a clause can be measured from ("hours before ...", "days after ..."). */
  private static final Set<String> MEASURES = Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "later", "earlier", "soon", "shortly", "just", "only");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "near", "outside", "inside");
  private static final Set<String> DASHES = Set.of("-", "--", "–", "—");
  private static final Set<String> QUOTES = Set.of("\"", "'", "‘", "’", "“", "”", "``", "''");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those");
  private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "we", "you", "me", "us", "my", "our", "your");
  /** "It comes after ...", "It follows ...": the verbs by which "it" places the news after another event. */
  private static final Set<String> OCCASION_VERBS = Set.of("come", "follow");
  private static final Set<String> OCCASION_MARKS = Set.of("after", "as", "amid", "while", "since", "when");
  static final int MIN_WORDS = 5;
  /** The most parts the search for the lightest way to fit drops together (more costs time, rarely words). */
  static final int MAX_PARTS = 3;
  /** The longest opening phrase taken for an adverbial ("After United eased past Villa to make it five wins,"). */
  static final int LEADING_PHRASE_TOKENS = 20;

  private final CertaintyCues cues = CertaintyCues.get();

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
    Edit edit = new Edit(doc, tokens, s.dependencies());
    dropCaptions(edit);
    if (QUOTES.contains(edit.word(edit.first()))) {
      return Optional.empty();
    }
    dropOpeners(edit);
    dropParentheses(edit);
    unwrapOccasion(edit);
    shorten(edit, maxWords, weights);
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
    Edit edit = new Edit(doc, s.sentence().tokens(), s.dependencies());
    dropCaptions(edit);
    dropLeading(edit, FURNITURE);
    return nameOpening(edit, actors, s.sentence()) ? edit.text() : doc.text(s.sentence().span()).replaceAll("\\s+", " ").trim();
  }

  /** "Guilty: Glenn Mason has said he will repay it A bank manager who ...": a caption run in before the sentence goes. */
  private static void dropCaptions(Edit edit) {
    int start = RunInCaptions.sentenceStart(edit.tokens);
    if (start > 0) {
      edit.dropFraming(0, start - 1);
    }
  }

  private static void dropOpeners(Edit edit) {
    dropLeading(edit, FURNITURE);
    dropLeading(edit, MARKERS);
  }

  private static void dropLeading(Edit edit, List<List<String>> openers) {
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
  private static void unwrapOccasion(Edit edit) {
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
  private static boolean nounPhraseThenVerb(Edit edit, int from) {
    int t = from;
    boolean noun = false;
    while (t < edit.size() && Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD", "PRP$").contains(edit.pos(t))) {
      noun |= edit.pos(t).startsWith("NN") || edit.pos(t).equals("PRP");
      t++;
    }
    return noun && t < edit.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(edit.pos(t));
  }

  private void dropParentheses(Edit edit) {
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
   * While the sentence is too long, drops parts that can go: the set of at most {@link
   * #MAX_PARTS} parts whose words matter least to the article among those that make it fit with
   * its main clause whole. When no such set fits, drops greedily: of the parts that would make it
   * fit alone, the one whose words matter least; when none would, the one whose words matter least
   * on average, and again.
   */
  private void shorten(Edit edit, int maxWords, WordWeights weights) {
    if (edit.words() <= maxWords) {
      return;
    }
    Fit lightest = lightestFit(edit, maxWords, weights, MAX_PARTS, 0, new Fit(null, Double.MAX_VALUE), new HashMap<>());
    if (lightest.keep() != null) {
      edit.restore(lightest.keep());
      return;
    }
    while (edit.words() > maxWords) {
      int need = edit.words() - maxWords;
      int[] best = null;
      boolean bestFits = false;
      double bestCost = Double.MAX_VALUE;
      for (int[] part : droppableParts(edit)) {
        int words = edit.wordsIn(part[0], part[1]);
        boolean fits = words >= need;
        double weight = edit.weightIn(part[0], part[1], weights);
        double cost = fits ? weight : weight / words;
        if ((fits && !bestFits) || (fits == bestFits && cost < bestCost)) {
          best = part;
          bestFits = fits;
          bestCost = cost;
        }
      }
      if (best == null) {
        return;
      }
      edit.drop(best[0], best[1]);
    }
  }

  /** A way to fit: the tokens it keeps, and the summed weight of those it drops. */
  private record Fit(boolean[] keep, double cost) {}

  /**
   * The lightest fit reachable by dropping at most {@code partsLeft} more parts, or {@code best}
   * when none is lighter. Branch and bound: a branch already heavier than the best fit stops, and
   * a state reached before at no greater cost is not searched again.
   */
  private Fit lightestFit(Edit edit, int maxWords, WordWeights weights, int partsLeft, double cost, Fit best, Map<String, Double> seen) {
    if (edit.words() <= maxWords) {
      return cost < best.cost() && edit.keepsMainClause() ? new Fit(edit.keeps(), cost) : best;
    }
    if (partsLeft == 0) {
      return best;
    }
    for (int[] part : droppableParts(edit)) {
      double total = cost + edit.weightIn(part[0], part[1], weights);
      if (total >= best.cost()) {
        continue;
      }
      boolean[] before = edit.keeps();
      edit.drop(part[0], part[1]);
      String state = java.util.Arrays.toString(edit.keeps());
      Double reached = seen.get(state);
      if (reached == null || total < reached) {
        seen.put(state, total);
        best = lightestFit(edit, maxWords, weights, partsLeft - 1, total, best, seen);
      }
      edit.restore(before);
    }
    return best;
  }

  /** The parts that can go now, quotes kept balanced, none empty or cutting a word apart. */
  private List<int[]> droppableParts(Edit edit) {
    List<int[]> parts = new ArrayList<>();
    for (int[] candidate : removableParts(edit)) {
      int[] part = withBalancedQuotes(edit, candidate);
      if (part != null && edit.wordsIn(part[0], part[1]) > 0 && !edit.splitsWord(part[0], part[1])) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * The part with the quote mark that closes (or opens) a quotation it cuts in two ("..., which he
   * called an attempt "under another flag"." loses its closing mark with the clause), or null
   * when the quotation cannot be kept whole.
   */
  private static int[] withBalancedQuotes(Edit edit, int[] part) {
    int from = part[0];
    int to = part[1];
    if (quotesIn(edit, from, to) % 2 == 0) {
      return part;
    }
    // a part that ends the sentence takes its closing marks along ("... a 'gold digger.'")
    if (to >= edit.lastContent() && quotesIn(edit, from, edit.size() - 1) % 2 == 0) {
      return new int[] {from, edit.size() - 1};
    }
    if (to + 1 < edit.size() && QUOTES.contains(edit.word(to + 1))) {
      to++;
    } else if (from - 1 > edit.first() && QUOTES.contains(edit.word(from - 1))) {
      from--;
    }
    return quotesIn(edit, from, to) % 2 == 0 ? new int[] {from, to} : null;
  }

  private static int quotesIn(Edit edit, int from, int to) {
    int quotes = 0;
    for (int t = from; t <= to; t++) {
      // A possessive apostrophe ("the allies' plan") is not a quote mark.
      if (edit.kept(t) && QUOTES.contains(edit.word(t)) && !edit.pos(t).equals("POS")) {
        quotes++;
      }
    }
    return quotes;
  }

  /** The parts that could go now, each {first token, last token}. */
  private List<int[]> removableParts(Edit edit) {
    List<int[]> parts = new ArrayList<>();
    modifierParts(edit, PointRewriter::timeModifier, parts);
    asideParts(edit, parts);
    leadingAdverbialPart(edit, parts);
    for (int cut : edit.trailingClauseCommas()) {
      parts.add(new int[] {cut, edit.lastContent()});
    }
    modifierParts(edit, PointRewriter::secondPredicate, parts);
    modifierParts(edit, PointRewriter::relativeClause, parts);
    modifierParts(edit, PointRewriter::trailingPhrase, parts);
    return parts;
  }

  /** "In recent statements, Lavrov ..." → "Lavrov ...": a comma-ended opening phrase attached to the clause as an adverbial. */
  private void leadingAdverbialPart(Edit edit, List<int[]> parts) {
    int first = edit.first();
    int comma = first + 1;
    while (comma < edit.size() && comma - first <= LEADING_PHRASE_TOKENS && !edit.word(comma).equals(",")) {
      comma++;
    }
    if (comma >= edit.size() || comma - first > LEADING_PHRASE_TOKENS || edit.hasHedge(first, comma)) {
      return;
    }
    DependencyIndex deps = edit.deps();
    for (int t = first; t < comma; t++) {
      int head = deps.governor(t);
      boolean inside = head >= first && head < comma;
      // what hangs off a dropped frame ("It comes after ...") is the sentence now, no adverbial
      if (!inside && (!ADVERBIAL.contains(deps.relation(t)) || deps.isSubject(t) || head >= 0 && !edit.kept(head))) {
        return;
      }
    }
    parts.add(new int[] {first, comma});
  }

  /**
   * Asides: an apposition or relative clause between commas (", the alliance's secretary
   * general,", ", who ...,"), or anything between dashes ("– who blamed police –").
   */
  private void asideParts(Edit edit, List<int[]> parts) {
    DependencyIndex deps = edit.deps();
    for (int open = 0; open < edit.size(); open++) {
      String delimiter = edit.word(open);
      boolean dash = DASHES.contains(delimiter);
      if (!edit.kept(open) || !(dash || delimiter.equals(","))) {
        continue;
      }
      int close = open + 1;
      while (close < edit.size() && !(dash ? DASHES.contains(edit.word(close)) : edit.word(close).equals(","))) {
        close++;
      }
      if (close >= edit.size() - 1 || close == open + 1) {
        continue;
      }
      boolean aside = dash;
      for (int t = open + 1; t < close && !dash; t++) {
        int head = deps.governor(t);
        if (head < open || head > close) {
          aside = MIDDLE_CLAUSES.contains(deps.relation(t));
          if (!aside) {
            break;
          }
        }
      }
      if (aside && !edit.hasHedge(open, close)) {
        parts.add(new int[] {open, close});
      }
    }
  }

  /** The subtrees of the tokens {@code what} picks, each with the comma or "and" before it. */
  private static void modifierParts(Edit edit, java.util.function.BiPredicate<Edit, Integer> what, List<int[]> parts) {
    for (int t = edit.size() - 1; t > edit.first(); t--) {
      if (edit.kept(t) && what.test(edit, t)) {
        int[] range = edit.deps().subtreeRange(t, Set.of());
        int from = range[0];
        int to = Math.min(range[1], edit.lastContent());
        if (from > edit.first() && (edit.word(from - 1).equals(",") || edit.word(from - 1).equalsIgnoreCase("and") && edit.deps().relation(from - 1).equals("cc"))) {
          from--;
          if (edit.word(from).equals(",") && to + 1 < edit.lastContent() && edit.word(to + 1).equals(",")) {
            to++; // ", who hosted the talks," goes with both its commas
          }
        } else if (to + 2 <= edit.lastContent() && edit.word(to + 1).equals(",") && (edit.pos(to + 2).startsWith("VB") || edit.pos(to + 2).equals("MD"))) {
          to++; // "a man who was linked with Arsenal in the past, is not ...": the comma that closed it goes too
        }
        if (from > edit.first() && !edit.hasHedge(from, to) && edit.canEndBefore(from)) {
          parts.add(new int[] {from, to});
        }
      }
    }
  }

  /**
   * A second verb of the main clause ("X hosted a visit and said ..."), or of a verb below it
   * ("urged his players to rest and concentrate on ..."): its "and ..." can go.
   */
  private static boolean secondPredicate(Edit edit, int t) {
    DependencyIndex deps = edit.deps();
    int head = deps.governor(t);
    if (!deps.relation(t).equals("conj") || head < 0) {
      return false;
    }
    if (deps.governor(head) >= 0) {
      return edit.pos(t).startsWith("VB") && edit.pos(head).startsWith("VB");
    }
    return edit.pos(t).startsWith("VB") || deps.children(t).stream().anyMatch(c -> deps.isSubject(c) || deps.relation(c).equals("cop"));
  }

  /** "on Thursday", "last week": when, not what. */
  private static boolean timeModifier(Edit edit, int t) {
    String relation = edit.deps().relation(t);
    return relation.endsWith(":tmod") || ((relation.equals("obl") || relation.equals("nmod")) && TIME_WORDS.contains(edit.word(t).toLowerCase(Locale.ROOT)));
  }

  /** "the hairstyle she models in the newest season of ...": which one, not what happened. */
  private static boolean relativeClause(Edit edit, int t) {
    String relation = edit.deps().relation(t);
    return relation.equals("acl:relcl") || relation.equals("acl");
  }

  /**
   * A verb's prepositional phrase at the end of the sentence ("... hosted a visit at his yard in
   * Gloucestershire"), but not one right after its verb, which is likely what the verb needs
   * ("has led to ...", "may be viewed as ...", "stands behind them").
   */
  private static boolean trailingPhrase(Edit edit, int t) {
    DependencyIndex deps = edit.deps();
    String relation = deps.relation(t);
    int[] range = deps.subtreeRange(t, Set.of());
    if (range[1] < edit.lastContent()) {
      return false;
    }
    int verb = deps.governor(t);
    if (relation.equals("obl") && verb >= 0 && verb < range[0]) {
      boolean between = false;
      for (int k = verb + 1; k < range[0]; k++) {
        between |= edit.kept(k) && !Set.of("RB", "RP", ",").contains(edit.pos(k));
      }
      if (!between) {
        return false;
      }
    }
    // A noun's only when it says where ("their lead at the top of the table"): another ("the
    // fall of the government") would change what the noun says.
    boolean place = relation.equals("nmod") && deps.children(t).stream()
        .anyMatch(c -> deps.relation(c).equals("case") && PLACE_PREPOSITIONS.contains(edit.word(c).toLowerCase(Locale.ROOT)));
    return relation.equals("obl") || place;
  }

  /**
   * Names what a leading pronoun stands for: the actor the actors layer resolved it to, or for
   * "they" and "their" the plural subject of the sentence before ("Promposals are the trend ...
   * They are so big that ..."), which is what a reader takes it for. False when it cannot.
   */
  private static boolean nameOpening(Edit edit, List<Actor> actors, Sentence sentence) {
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
  private static boolean isExpletive(Edit edit, int it) {
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
  private static boolean extraposedInfinitive(Edit edit, int predicate, int clause) {
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

  /** The tokens of one sentence with the ones kept, and replacements for some. */
  private final class Edit {
    private final Document doc;
    private final List<Token> tokens;
    private final DependencyIndex deps;
    private final boolean[] keep;
    private final boolean[] framing;
    private final Map<Integer, String> replaced = new HashMap<>();

    Edit(Document doc, List<Token> tokens, DependencyIndex deps) {
      this.doc = doc;
      this.tokens = tokens;
      this.deps = deps;
      this.keep = new boolean[tokens.size()];
      this.framing = new boolean[tokens.size()];
      java.util.Arrays.fill(keep, true);
    }

    int size() {
      return tokens.size();
    }

    DependencyIndex deps() {
      return deps;
    }

    Document doc() {
      return doc;
    }

    String word(int i) {
      return doc.text(tokens.get(i).span());
    }

    Span span(int i) {
      return tokens.get(i).span();
    }

    String lemma(int i) {
      String lemma = tokens.get(i).lemma();
      return lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
      return tokens.get(i).pos();
    }

    String ner(int i) {
      String ner = tokens.get(i).ner();
      return ner == null ? "O" : ner;
    }

    boolean kept(int i) {
      return keep[i];
    }

    int first() {
      int i = 0;
      while (i < keep.length && !keep[i]) {
        i++;
      }
      return i;
    }

    boolean matches(int at, List<String> words) {
      if (at + words.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!word(at + k).toLowerCase(Locale.ROOT).equals(words.get(k))) {
          return false;
        }
      }
      // a marker that is the whole sentence's subject or object ("Now is the time") is not an opener
      return at + words.size() < tokens.size();
    }

    /**
     * Whether dropping tokens {@code from}..{@code to} would drop a hedge of what stays: a hedge
     * word attached to a word outside the range ("according to officials", "reportedly"), or the
     * sentence's main verb when it is a hedge. A hedge inside a dropped clause, or a reporting verb
     * heading one ("after the Fed chief said the deficit would shrink"), hedges only that clause,
     * so it may go with it.
     */
    boolean hasHedge(int from, int to) {
      for (int i = from; i <= to && i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        // "..., according to court documents." sources the whole sentence wherever the parser hangs it
        if (word.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
          return true;
        }
        if (cues.isHedge(word, t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT))) {
          int head = deps.governor(i);
          boolean headsDroppedClause = head >= 0 && t.pos().startsWith("VB") && CLAUSE_RELATIONS.contains(deps.relation(i));
          if (!headsDroppedClause && (head < 0 || head < from || head > to)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Where the rest of the sentence is a clause that can go, latest first, leaving out those
     * whose rest holds a hedge: after a comma (", indicating ...", ", which ...", ", while ..."),
     * after a dash ("- exactly eight weeks after ..."), or at a subordinator opening an adverbial
     * clause of the main verb ("... loan following reports that ...").
     */
    List<Integer> trailingClauseCommas() {
      List<Integer> cuts = new ArrayList<>();
      int end = lastContent();
      for (int c = end - 1; c > first() + MIN_WORDS; c--) {
        if (!keep[c] || hasHedge(c + 1, end)) {
          continue;
        }
        String w = word(c);
        Token next = tokens.get(c + 1);
        boolean afterComma = w.equals(",") && (next.pos().equals("VBG") || CLAUSE_OPENERS.contains(next.word().toLowerCase(Locale.ROOT)) || measuredClauseAfter(c));
        // "texting him hours before the woman was killed": a clause a span of time is measured to stays with it
        boolean measured = c > 0 && MEASURES.contains(word(c - 1).toLowerCase(Locale.ROOT));
        boolean subordinate = TRAILING_SUBORDINATORS.contains(w.toLowerCase(Locale.ROOT)) && opensAdverbial(c) && !measured;
        if ((afterComma || DASHES.contains(w) || subordinate) && canEndBefore(c)) {
          cuts.add(c);
        }
      }
      return cuts;
    }

    /** ", just a few days after ...": a span of time, then the clause it is measured to. */
    private boolean measuredClauseAfter(int comma) {
      int t = comma + 1;
      boolean measure = false;
      while (t < tokens.size() && t - comma <= 5 && (Set.of("RB", "DT", "JJ", "CD").contains(pos(t)) || MEASURES.contains(word(t).toLowerCase(Locale.ROOT)))) {
        measure |= MEASURES.contains(word(t).toLowerCase(Locale.ROOT));
        t++;
      }
      return measure && t < tokens.size() && TRAILING_SUBORDINATORS.contains(word(t).toLowerCase(Locale.ROOT)) && opensAdverbial(t);
    }

    /** Whether the word at {@code c} marks a clause or phrase that modifies the sentence's main verb. */
    private boolean opensAdverbial(int c) {
      int head = deps.governor(c);
      if (head < 0 || head <= c || !Set.of("mark", "case", "advmod").contains(deps.relation(c))) {
        return false;
      }
      int attached = deps.governor(head);
      boolean mainVerb = attached >= 0 && (deps.governor(attached) < 0 || deps.relation(attached).equals("conj") && deps.governor(deps.governor(attached)) < 0);
      // an adverbial clause of a verb below the main one ("... will have no supporters present at the game after the club backed ...")
      boolean verb = attached >= 0 && deps.relation(head).equals("advcl") && pos(attached).startsWith("VB");
      return Set.of("advcl", "obl").contains(deps.relation(head)) && mainVerb || verb;
    }

    /** The last word still kept. */
    int lastContent() {
      int i = tokens.size() - 1;
      while (i > 0 && (!keep[i] || !Character.isLetterOrDigit(word(i).charAt(0)))) {
        i--;
      }
      return i;
    }

    /**
     * For each token inside a quotation (between its marks), the index of the opening mark; -1
     * elsewhere. Marks are told by their spacing, since the same ’ closes a quotation and ends
     * "Saints’ opponents": an opening mark has a space before it and a word right after it, a
     * closing mark a word right before it; a mark that cannot open or close where it stands is an
     * apostrophe. A quotation left open runs to the end of the sentence.
     */
    private int[] quotations() {
      int[] opening = new int[tokens.size()];
      java.util.Arrays.fill(opening, -1);
      int open = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (QUOTES.contains(word(i))) {
          boolean spaceBefore = i == 0 || span(i - 1).end() < span(i).start();
          boolean wordAfter = i + 1 < tokens.size() && span(i).end() == span(i + 1).start();
          if (open < 0 && spaceBefore && wordAfter) {
            open = i;
            continue;
          }
          if (open >= 0 && !spaceBefore) {
            open = -1;
            continue;
          }
        }
        if (open >= 0) {
          opening[i] = open;
        }
      }
      return opening;
    }

    /** Whether dropping {@code from}..{@code to} would cut a word apart ("two-|day", "long-|delayed", "38-|year|-old"). */
    boolean splitsWord(int from, int to) {
      boolean gluedBefore = from > 0 && span(from - 1).end() == span(from).start();
      boolean gluedAfter = to + 1 < tokens.size() && span(to).end() == span(to + 1).start();
      boolean wordBefore = gluedBefore && (Character.isLetterOrDigit(word(from).charAt(0)) || word(from).equals("-") || word(from - 1).equals("-"));
      boolean wordAfter = gluedAfter && (Character.isLetterOrDigit(word(to + 1).charAt(0)) || word(to).equals("-") || word(to + 1).equals("-"));
      return wordBefore || wordAfter;
    }

    /**
     * Whether the sentence can end just before token {@code t}: not inside a word ("year-old") and
     * not on a word that needs what follows (a determiner, preposition, conjunction, possessive or
     * adjective).
     */
    boolean canEndBefore(int t) {
      int before = t - 1;
      while (before >= 0 && (!keep[before] || word(before).equals(","))) {
        before--;
      }
      if (before < 0 || span(before).end() == span(t).start() && !word(t).equals(",")) {
        return false;
      }
      String pos = pos(before);
      // nor on a verb that wanted what follows ("calling" of "calling for a recount")
      return !Set.of("DT", "IN", "TO", "CC", "PRP$", "POS", "JJ", "HYPH", "WDT", "VBG").contains(pos);
    }

    /**
     * Whether the sentence's main verb and its subject are still there. When the parser made an
     * opener or a parenthesis the root ("(CNN)Kayahan ... died", "But for those ..."), there is no
     * main verb to check.
     */
    boolean keepsMainClause() {
      for (int t = 0; t < keep.length; t++) {
        if (deps.governor(t) < 0 && !deps.relation(t).isEmpty()) {
          if (framing[t]) {
            return true;
          }
          if (!keep[t]) {
            return false;
          }
          for (int child : deps.children(t)) {
            // "(CNN)" read as the subject of "(CNN)The last time ... Jordan was fishing" is no subject lost
            if (deps.isSubject(child) && !keep[child] && !framing[child]) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /** Drops an opener or a parenthesis: words that frame the sentence rather than say it. */
    void dropFraming(int from, int to) {
      drop(from, to);
      for (int i = from; i <= to && i < framing.length; i++) {
        framing[i] = true;
      }
    }

    boolean[] keeps() {
      return keep.clone();
    }

    void restore(boolean[] kept) {
      System.arraycopy(kept, 0, keep, 0, keep.length);
    }

    void drop(int from, int to) {
      for (int i = from; i <= to && i < keep.length; i++) {
        keep[i] = false;
      }
    }

    void replace(int i, String text) {
      replaced.put(i, text);
    }

    /** The summed weight of the kept tokens from {@code from} to {@code to}. */
    double weightIn(int from, int to, WordWeights weights) {
      double sum = 0;
      for (int i = from; i <= to && i < keep.length; i++) {
        if (keep[i]) {
          sum += weights.weight(tokens.get(i));
        }
      }
      return sum;
    }

    /**
     * Kept words from {@code from} to {@code to}, as written: tokens the text joins without a
     * space ("38", "-", "year", "-", "old") are one word, and a word needs a letter or digit.
     */
    int wordsIn(int from, int to) {
      int n = 0;
      for (int i = from; i <= to && i < keep.length; i++) {
        if (keep[i] && startsWord(i) && hasLetterOrDigit(i)) {
          n++;
        }
      }
      return n;
    }

    int words() {
      return wordsIn(0, keep.length - 1);
    }

    /** Whether a kept token opens a written word: the token before it is dropped or set apart by a space. */
    private boolean startsWord(int i) {
      return i == 0 || !keep[i - 1] || span(i - 1).end() != span(i).start();
    }

    /** Whether the written word a kept token opens has a letter or digit ("--" is no word). */
    private boolean hasLetterOrDigit(int i) {
      for (int t = i; t < keep.length && keep[t] && (t == i || !startsWord(t)); t++) {
        if (word(t).chars().anyMatch(Character::isLetterOrDigit)) {
          return true;
        }
      }
      return false;
    }

    /** The kept words as text: the article's own spacing where words stay neighbours. */
    String text() {
      StringBuilder out = new StringBuilder();
      int[] quotation = quotations();
      int previous = -1;
      for (int i = 0; i < keep.length; i++) {
        if (!keep[i]) {
          continue;
        }
        String w = replaced.getOrDefault(i, word(i));
        if (previous >= 0) {
          if (previous < i - 1 && leftOutOfQuotation(quotation, previous + 1, i - 1)) {
            // words taken out of what someone said are marked, as a journalist marks them
            out.append(" …");
          }
          if (previous == i - 1) {
            out.append(doc.text(new Span(span(previous).end(), span(i).start())));
          } else if (!attachesLeft(w)) {
            out.append(' ');
          }
        }
        out.append(w);
        previous = i;
      }
      return finish(out.toString().replaceAll("\\s+", " ").trim());
    }

    /** Whether dropped tokens {@code from}..{@code to} are words of a quotation whose opening mark stays. */
    private boolean leftOutOfQuotation(int[] quotation, int from, int to) {
      for (int k = from; k <= to; k++) {
        if (quotation[k] >= 0 && keep[quotation[k]]) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean attachesLeft(String w) {
    return w.matches("[,.;:!?)\\]}%].*") || w.startsWith("'") || w.startsWith("’") || w.equalsIgnoreCase("n't");
  }

  /** Capital first letter, no dangling comma, a full stop at the end. */
  static String finish(String text) {
    String t = text.replaceAll("\\s*(,|--?|–|—)\\s*([.!?;:…])", "$2").replaceAll("^[,;:\\-–— ]+", "").replaceAll("[,;:\\-–— ]+$", "");
    if (t.isEmpty()) {
      return t;
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    if (!t.matches("(?s).*[.!?][\"'”’)]?$")) {
      t = t + ".";
    }
    return t;
  }
}
