package org.sitrep.brief;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Token;

/**
 * Photo captions that text extraction ran into the article's sentence. A web page sets a caption
 * without a full stop under its picture, and the extracted text reads "Guilty: Glenn Mason has
 * said he will pay it back A respected bank manager who was jailed for ...": one "sentence" to
 * the splitter, two to a reader, and the second is the article's. The caption is page furniture
 * like "Scroll down for video": a point drops it and keeps the sentence.
 *
 * <p>Where a new sentence starts without a full stop: at a capitalised word that only opens
 * sentences ("The", "A", "He", "They", "But" ...), after a word that can end one (a noun, number,
 * adjective, adverb, participle or closing quote), followed by a lowercase word that fits the
 * opener ("The story", "He said"; "The Sun" is a title and stays), with a verb on both sides; or
 * at an opening quotation mark before a capital after such a word ("... on the podium in Bahrain
 * 'There was a point ..."), whose sentence then opens with a quotation and is no point.
 */
final class RunInCaptions {
  private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "His", "Her", "Their", "Its", "This", "These", "Those");
  private static final Set<String> PRONOUNS = Set.of("He", "She", "They", "It", "We", "There");
  private static final Set<String> CONJUNCTIONS = Set.of("But");
  /** Tags of a word that can end a sentence. */
  private static final Set<String> ENDING_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "JJ", "JJR", "JJS", "RB", "VBN", "''", "-RRB-");
  static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  /** The fewest tokens a caption and the sentence after it each have. */
  static final int MIN_TOKENS = 3;

  private RunInCaptions() {}

  /**
   * Where the article's own sentence starts after the captions run into it: the index of its
   * first token, or 0 when nothing was run in.
   */
  static int sentenceStart(List<Token> tokens) {
    int start = 0;
    for (int i = MIN_TOKENS; i + MIN_TOKENS <= tokens.size(); i++) {
      if (i - start >= MIN_TOKENS && opensSentence(tokens, i) && hasVerb(tokens, start, i, false) && hasVerb(tokens, i, tokens.size(), true)) {
        start = i;
      }
    }
    return start;
  }

  private static boolean opensSentence(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    Token next = tokens.get(i + 1);
    String nextTag = next.pos();
    if (SentenceEdit.opensQuotation(tokens, i)) {
      // "... with the trophy in Bahrain 'There was a point ...": a quotation run in after the
      // caption says something; a title ("a film dubbed 'The First Great Escape'") has no verb
      return ENDING_TAGS.contains(tokens.get(i - 1).pos()) && Character.isUpperCase(next.word().charAt(0)) && quotationHasVerb(tokens, i);
    }
    if (!ENDING_TAGS.contains(tokens.get(i - 1).pos()) || SentenceEdit.opensQuotation(tokens, i - 1)) {
      return false;
    }
    if (!Character.isLowerCase(next.word().charAt(0))) {
      return false;
    }
    if (DETERMINERS.contains(word)) {
      return nextTag.startsWith("NN") || nextTag.startsWith("JJ") || nextTag.equals("VBG") || nextTag.equals("CD");
    }
    if (PRONOUNS.contains(word)) {
      return nextTag.startsWith("VB") || nextTag.equals("MD") || nextTag.equals("RB");
    }
    return CONJUNCTIONS.contains(word);
  }

  /** Whether the quotation opened at {@code open} has a finite verb before it closes. */
  private static boolean quotationHasVerb(List<Token> tokens, int open) {
    for (int t = open + 1; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (SentenceEdit.QUOTES.contains(token.word()) || token.pos().equals("''")) {
        return false;
      }
      if (FINITE_VERB_TAGS.contains(token.pos())) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [from, to) have a verb; a finite one when {@code finite}. */
  private static boolean hasVerb(List<Token> tokens, int from, int to, boolean finite) {
    for (int t = from; t < to; t++) {
      String tag = tokens.get(t).pos();
      if (finite ? FINITE_VERB_TAGS.contains(tag) : tag.startsWith("VB") || tag.equals("MD")) {
        return true;
      }
    }
    return false;
  }
}
