package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.doc.Span;

/**
 * The claims of one sentence: what a reporting verb's content clause or quote says ("Lavrov said
 * that ...", "'...,' Peskov told reporters"), what "according to X" attributes, and what a hedging
 * adverb reports without a source ("the plan reportedly includes ...").
 */
final class ClaimExtractor {
  private final CertaintyCues cues = CertaintyCues.get();

  /** A claim before ids are given. */
  record Found(String speaker, String cue, String text, Certainty certainty) {}

  List<Found> extract(ClauseView c) {
    List<Found> claims = new ArrayList<>();
    CertaintyReader reader = new CertaintyReader(c);
    for (int verb = 0; verb < c.size(); verb++) {
      Certainty reported = c.isVerb(verb) ? cues.cue("reporting", c.lemma(verb)) : null;
      if (reported == null) {
        continue;
      }
      for (int content : contents(c, verb)) {
        String speaker = c.speakerOf(verb, lemma -> cues.cue("reporting", lemma) != null).stream().findFirst().orElse(null);
        Certainty own = reader.read(content).certainty();
        Certainty certainty = CertaintyCues.stronger(reported, own == Certainty.REPORTED ? reported : own);
        claims.add(new Found(speaker, c.word(verb), c.textOf(subtree(c, content)), certainty));
      }
    }
    if (claims.isEmpty()) {
      sentenceClaim(c, reader).ifPresent(claims::add);
    }
    return claims;
  }

  private static List<Integer> contents(ClauseView c, int verb) {
    List<Integer> found = new ArrayList<>(c.children(verb, "ccomp"));
    // "'We will not back down,' Peskov said": the quote is the root, the reporting verb hangs off it
    String relation = c.deps.relation(verb);
    if (found.isEmpty() && (relation.equals("parataxis") || relation.equals("ccomp")) && c.deps.governor(verb) >= 0 && verbIsAfterQuote(c, verb)) {
      found.add(c.deps.governor(verb));
    }
    found.addAll(c.children(verb, "parataxis"));
    return found;
  }

  private static boolean verbIsAfterQuote(ClauseView c, int verb) {
    for (int i = 0; i < verb; i++) {
      String w = c.word(i);
      if (w.equals("''") || w.equals("\"") || w.equals("”") || w.equals("'")) {
        return true;
      }
    }
    return false;
  }

  /** "According to X, ..." or a hedged sentence with no reporting verb. */
  private java.util.Optional<Found> sentenceClaim(ClauseView c, CertaintyReader reader) {
    String sentence = c.textOf(c.sentence.span());
    String lower = sentence.toLowerCase(Locale.ROOT);
    int root = -1;
    for (int i = 0; i < c.size(); i++) {
      if (c.deps.relation(i).equals("root")) {
        root = i;
      }
    }
    if (root < 0) {
      return java.util.Optional.empty();
    }
    CertaintyReader.Reading reading = reader.read(root);
    if (lower.contains("according to")) {
      String speaker = null;
      for (int i = 0; i + 1 < c.size(); i++) {
        if (c.lower(i).equals("according") && c.lower(i + 1).equals("to")) {
          for (int j = i + 2; j < Math.min(c.size(), i + 8) && speaker == null; j++) {
            speaker = c.actorOf(j);
          }
        }
      }
      return java.util.Optional.of(new Found(speaker, "according to", sentence, reading.certainty() == Certainty.ASSERTED ? Certainty.REPORTED : reading.certainty()));
    }
    if (reading.certainty() != Certainty.ASSERTED && reading.cue() != null) {
      return java.util.Optional.of(new Found(reading.speaker(), reading.cue(), sentence, reading.certainty()));
    }
    return java.util.Optional.empty();
  }

  /** The span of a token and everything below it. */
  static Span subtree(ClauseView c, int head) {
    int[] range = c.deps.subtreeRange(head, java.util.Set.of());
    int first = range[0];
    int last = range[1];
    while (first < last && isPunctuation(c.word(first))) {
      first++;
    }
    while (last > first && isPunctuation(c.word(last))) {
      last--;
    }
    return new Span(c.token(first).span().start(), c.token(last).span().end());
  }

  private static boolean isPunctuation(String w) {
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || w.equals("''") || w.equals("``");
  }
}
