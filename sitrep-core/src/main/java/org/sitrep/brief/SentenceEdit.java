package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.events.CertaintyCues;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.Token;

/**
 * One sentence being rewritten into a key point: its tokens with the ones kept, replacements for
 * some, and what the rewriting needs to know about them (hedges, clause boundaries, quotations,
 * words as written). {@link PointRewriter} decides what goes; this keeps the books.
 */
final class SentenceEdit {
  /** Relations of a verb heading a clause of its own. */
  static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "dep");
  static final Set<String> CLAUSE_OPENERS =
      Set.of("which", "while", "as", "after", "before", "with", "amid", "despite", "although", "though", "whereas", "including", "following", "because", "since", "when", "where", "until");
  /** Subordinators that open a trailing adverbial clause even without a comma ("... loan following reports ..."). */
  static final Set<String> TRAILING_SUBORDINATORS = Set.of("after", "following", "as", "while", "when", "before", "because", "since", "amid", "despite", "until", "although", "though", "whereas");
  /** Spans of time a clause can be measured from ("hours before ...", "days after ..."). */
  static final Set<String> MEASURES = Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "later", "earlier", "soon", "shortly", "just", "only");
  /** Tags of the words around a measure ("just a few days", "only two hours"). */
  private static final Set<String> MEASURE_PHRASE_TAGS = Set.of("RB", "DT", "JJ", "CD");
  static final Set<String> DASHES = Set.of("-", "--", "–", "—");
  static final Set<String> QUOTES = Set.of("\"", "'", "‘", "’", "“", "”", "``", "''");

  private final CertaintyCues cues = CertaintyCues.get();
  private final Document doc;
  private final List<Token> tokens;
  private final DependencyIndex deps;
  private final boolean[] keep;
  private final boolean[] framing;
  private final Map<Integer, String> replaced = new HashMap<>();

  SentenceEdit(Document doc, List<Token> tokens, DependencyIndex deps) {
    this.doc = doc;
    this.tokens = tokens;
    this.deps = deps;
    this.keep = new boolean[tokens.size()];
    this.framing = new boolean[tokens.size()];
    java.util.Arrays.fill(keep, true);
  }

  List<Token> tokens() {
    return tokens;
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
    for (int c = end - 1; c > first() + PointRewriter.MIN_WORDS; c--) {
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
    while (t < tokens.size() && t - comma <= 5 && (MEASURE_PHRASE_TAGS.contains(pos(t)) || MEASURES.contains(word(t).toLowerCase(Locale.ROOT)))) {
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
        if (open < 0 && opensQuotation(tokens, i)) {
          open = i;
          continue;
        }
        if (open >= 0 && i > 0 && span(i - 1).end() == span(i).start()) {
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

  /**
   * Whether a token is a quotation mark that opens a quotation: set apart from the word before it
   * and joined to the word after it. The same ’ ends "Saints’ opponents", and the tagger often
   * calls a lone ' closing; the spacing tells them apart.
   */
  static boolean opensQuotation(List<Token> tokens, int i) {
    Token mark = tokens.get(i);
    boolean spaceBefore = i == 0 || tokens.get(i - 1).span().end() < mark.span().start();
    boolean wordAfter = i + 1 < tokens.size() && mark.span().end() == tokens.get(i + 1).span().start();
    return QUOTES.contains(mark.word()) && spaceBefore && wordAfter;
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
