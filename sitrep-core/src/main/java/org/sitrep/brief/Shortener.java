package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.DependencyIndex;

/**
 * Shortens a sentence to a key point's length by dropping the parts of it that can go: time
 * phrases, asides, an opening adverbial, trailing clauses, second predicates, relative clauses and
 * closing phrases, as {@code docs/briefs.md} lists them. The set of parts dropped is the one whose
 * words matter least to the article.
 */
final class Shortener {
  private static final Set<String> ADVERBIAL = Set.of("advcl", "obl", "advmod", "obl:tmod", "nmod:tmod", "obl:npmod", "nmod", "nmod:poss");
  private static final Set<String> MIDDLE_CLAUSES = Set.of("appos", "acl:relcl");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
          "morning", "afternoon", "evening", "night", "weekend", "week", "month", "year", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december");
  /** What may stand between a verb and the phrase it needs: adverbs, particles, commas. */
  private static final Set<String> LIGHT_TAGS = Set.of("RB", "RP", ",");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "near", "outside", "inside");
  /** The most parts the search for the lightest way to fit drops together (more costs time, rarely words). */
  static final int MAX_PARTS = 3;
  /** The longest opening phrase taken for an adverbial ("After United eased past Villa to make it five wins,"). */
  static final int LEADING_PHRASE_TOKENS = 20;

  private Shortener() {}

  /**
   * While the sentence is too long, drops parts that can go: the set of at most {@link
   * #MAX_PARTS} parts whose words matter least to the article among those that make it fit with
   * its main clause whole. When no such set fits, drops greedily: of the parts that would make it
   * fit alone, the one whose words matter least; when none would, the one whose words matter least
   * on average, and again.
   */
  static void shorten(SentenceEdit edit, int maxWords, WordWeights weights) {
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
  private static Fit lightestFit(SentenceEdit edit, int maxWords, WordWeights weights, int partsLeft, double cost, Fit best, Map<String, Double> seen) {
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
  private static List<int[]> droppableParts(SentenceEdit edit) {
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
  private static int[] withBalancedQuotes(SentenceEdit edit, int[] part) {
    int from = part[0];
    int to = part[1];
    if (quotesIn(edit, from, to) % 2 == 0) {
      return part;
    }
    // a part that ends the sentence takes its closing marks along ("... a 'gold digger.'")
    if (to >= edit.lastContent() && quotesIn(edit, from, edit.size() - 1) % 2 == 0) {
      return new int[] {from, edit.size() - 1};
    }
    if (to + 1 < edit.size() && SentenceEdit.QUOTES.contains(edit.word(to + 1))) {
      to++;
    } else if (from - 1 > edit.first() && SentenceEdit.QUOTES.contains(edit.word(from - 1))) {
      from--;
    }
    return quotesIn(edit, from, to) % 2 == 0 ? new int[] {from, to} : null;
  }

  private static int quotesIn(SentenceEdit edit, int from, int to) {
    int quotes = 0;
    for (int t = from; t <= to; t++) {
      // A possessive apostrophe ("the allies' plan") is not a quote mark.
      if (edit.kept(t) && SentenceEdit.QUOTES.contains(edit.word(t)) && !edit.pos(t).equals("POS")) {
        quotes++;
      }
    }
    return quotes;
  }

  /** The parts that could go now, each {first token, last token}. */
  private static List<int[]> removableParts(SentenceEdit edit) {
    List<int[]> parts = new ArrayList<>();
    modifierParts(edit, Shortener::timeModifier, parts);
    asideParts(edit, parts);
    leadingAdverbialPart(edit, parts);
    for (int cut : edit.trailingClauseCommas()) {
      parts.add(new int[] {cut, edit.lastContent()});
    }
    modifierParts(edit, Shortener::secondPredicate, parts);
    modifierParts(edit, Shortener::relativeClause, parts);
    modifierParts(edit, Shortener::trailingPhrase, parts);
    return parts;
  }

  /** "In recent statements, Lavrov ..." → "Lavrov ...": a comma-ended opening phrase attached to the clause as an adverbial. */
  private static void leadingAdverbialPart(SentenceEdit edit, List<int[]> parts) {
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
  private static void asideParts(SentenceEdit edit, List<int[]> parts) {
    DependencyIndex deps = edit.deps();
    for (int open = 0; open < edit.size(); open++) {
      String delimiter = edit.word(open);
      boolean dash = SentenceEdit.DASHES.contains(delimiter);
      if (!edit.kept(open) || !(dash || delimiter.equals(","))) {
        continue;
      }
      int close = open + 1;
      while (close < edit.size() && !(dash ? SentenceEdit.DASHES.contains(edit.word(close)) : edit.word(close).equals(","))) {
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
  private static void modifierParts(SentenceEdit edit, java.util.function.BiPredicate<SentenceEdit, Integer> what, List<int[]> parts) {
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
  private static boolean secondPredicate(SentenceEdit edit, int t) {
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
  private static boolean timeModifier(SentenceEdit edit, int t) {
    String relation = edit.deps().relation(t);
    return relation.endsWith(":tmod") || ((relation.equals("obl") || relation.equals("nmod")) && TIME_WORDS.contains(edit.word(t).toLowerCase(Locale.ROOT)));
  }

  /** "the hairstyle she models in the newest season of ...": which one, not what happened. */
  private static boolean relativeClause(SentenceEdit edit, int t) {
    String relation = edit.deps().relation(t);
    return relation.equals("acl:relcl") || relation.equals("acl");
  }

  /**
   * A verb's prepositional phrase at the end of the sentence ("... hosted a visit at his yard in
   * Gloucestershire"), but not one right after its verb, which is likely what the verb needs
   * ("has led to ...", "may be viewed as ...", "stands behind them").
   */
  private static boolean trailingPhrase(SentenceEdit edit, int t) {
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
        between |= edit.kept(k) && !LIGHT_TAGS.contains(edit.pos(k));
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
}
