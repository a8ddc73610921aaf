package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.Surface;
import org.sitrep.doc.Span;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the knowledge base's names in a sentence: at each token, the longest name that starts
 * there and ends on a token boundary, left to right without overlaps. Names are proper nouns: a
 * name written with a capital must start with one in the text too ("al-Qaeda" is written as it
 * is); acronyms ("US", "EU") must match their case exactly; straight and curly apostrophes are
 * the same.
 */
final class KbMatcher {
  private final ActorKb kb;

  KbMatcher(ActorKb kb) {
    this.kb = kb;
  }

  List<KbMatch> find(String text, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Set<Integer> tokenEnds = new HashSet<>();
    tokens.forEach(t -> tokenEnds.add(t.span().end()));
    List<KbMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      int start = token.span().start();
      KbMatch match = Character.isLetterOrDigit(text.charAt(start)) ? longestAt(text, sentence, i, tokenEnds) : null;
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.end();
      }
    }
    return matches;
  }

  private static boolean sameWords(String text, int start, Surface s) {
    String name = s.text();
    for (int k = 0; k < name.length(); k++) {
      char a = apostrophe(text.charAt(start + k));
      char b = apostrophe(name.charAt(k));
      if (a != b && (s.exactCase() || Character.toLowerCase(a) != Character.toLowerCase(b))) {
        return false;
      }
    }
    return true;
  }

  private static char apostrophe(char c) {
    return c == '\u2019' ? '\'' : c;
  }

  private KbMatch longestAt(String text, Sentence sentence, int first, Set<Integer> tokenEnds) {
    int start = sentence.tokens().get(first).span().start();
    // Key on the token's own text: the raw text may run on into "." at a sentence's end.
    String key = ActorKb.firstWord(sentence.tokens().get(first).span().of(text));
    List<Surface> found = new ArrayList<>();
    int length = -1;
    for (Surface s : kb.surfacesStartingWith(key)) {
      int len = s.text().length();
      if (length >= 0 && len < length) {
        break; // surfaces come longest first; shorter ones cannot win any more
      }
      if (start + len <= text.length()
          && tokenEnds.contains(start + len)
          && (Character.isUpperCase(text.charAt(start)) || !Character.isUpperCase(s.text().charAt(0)))
          && sameWords(text, start, s)) {
        found.add(s);
        length = len;
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    int end = first;
    while (end < sentence.tokens().size() && sentence.tokens().get(end).span().end() <= start + length) {
      end++;
    }
    return new KbMatch(sentence.index(), first, end, new Span(start, start + length), List.copyOf(found));
  }
}
