package org.sitrep.events;

import java.util.Locale;
import java.util.Set;

/**
 * How sure a sentence is of the event at a token, and who reports it, from the cues of {@code
 * certainty.tsv}: hedging adverbs and modals on the event's clause or the clauses above it,
 * subordinators ("if"), intent verbs whose infinitive the event is ("plans to impose"), reporting
 * verbs whose content clause holds it ("X said that ..."; "denied that ..."), and phrases anywhere
 * in the sentence ("according to", "not formally confirmed"). The strongest cue wins.
 */
final class CertaintyReader {
  private static final int MAX_CLIMB = 6;

  /**
   * @param certainty how sure
   * @param speaker the actor id of who says so, or null
   * @param cue the reporting or hedging word, or null
   */
  record Reading(Certainty certainty, String speaker, String cue) {}

  private final ClauseView c;
  private final CertaintyCues cues = CertaintyCues.get();
  private final Reading sentenceLevel;

  CertaintyReader(ClauseView c) {
    this.c = c;
    String lower = c.textOf(c.sentence.span()).toLowerCase(Locale.ROOT);
    Reading found = new Reading(Certainty.ASSERTED, null, null);
    for (CertaintyCues.Phrase p : cues.phrases()) {
      if (containsWords(lower, p.words())) {
        found = stronger(found, new Reading(p.certainty(), null, p.words()));
      }
    }
    sentenceLevel = found;
  }

  private static boolean containsWords(String sentence, String words) {
    int at = sentence.indexOf(words);
    while (at >= 0) {
      boolean startOk = at == 0 || !Character.isLetter(sentence.charAt(at - 1));
      int end = at + words.length();
      boolean endOk = end >= sentence.length() || !Character.isLetter(sentence.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = sentence.indexOf(words, at + 1);
    }
    return false;
  }

  /** The certainty of the event whose word is at {@code token}. */
  Reading read(int token) {
    Reading reading = sentenceLevel;
    int current = token;
    for (int climb = 0; climb <= MAX_CLIMB && current >= 0; climb++) {
      reading = stronger(reading, ownCues(current));
      String relation = c.deps.relation(current);
      int governor = c.deps.governor(current);
      if (governor < 0) {
        break;
      }
      String lemma = c.lemma(governor);
      Certainty reported = cues.cue("reporting", lemma);
      // "X fired a missile, the Pentagon said" may come parsed as an adverbial clause without a subordinator
      boolean unmarkedContent = relation.equals("advcl") && governor > current && c.caseOf(current).isEmpty();
      if (reported != null && (relation.equals("ccomp") || relation.equals("parataxis") || unmarkedContent || lemma.equals("accuse") || lemma.equals("deny"))) {
        String speaker = c.subjectActors(governor).stream().findFirst().orElse(null);
        reading = stronger(reading, new Reading(reported, speaker, c.word(governor)));
      }
      Certainty intent = cues.cue("intent", lemma) != null ? cues.cue("intent", lemma) : cues.cue("commit", lemma);
      if (intent != null && relation.equals("xcomp")) {
        reading = stronger(reading, new Reading(intent, null, c.word(governor)));
      }
      current = governor;
    }
    return reading;
  }

  /**
   * "... halted the sharing of intelligence, CIA Director John Ratcliffe said": a finite verb after
   * the event that the parse left loosely attached ("indicating his unwillingness" is no report).
   */
  private boolean trailingReport(int head, int child) {
    return c.deps.relation(child).equals("dep") && child > head && Set.of("VBD", "VBZ", "VBP").contains(c.token(child).pos());
  }

  /** The cues attached to one clause head: adverbs, modals, subordinators. */
  private Reading ownCues(int head) {
    Reading reading = new Reading(Certainty.ASSERTED, null, null);
    for (int child : c.deps.children(head)) {
      String r = c.deps.relation(child);
      String w = c.lower(child);
      Certainty found = null;
      if (r.equals("advmod")) {
        found = cues.cue("adverb", w);
      } else if (r.equals("aux")) {
        found = cues.cue("modal", w);
      } else if (r.equals("mark")) {
        found = cues.cue("mark", w);
      } else if ((r.equals("parataxis") || trailingReport(head, child)) && c.isVerb(child) && cues.cue("reporting", c.lemma(child)) != null) {
        // "Chinese troops attacked first, the Indian army said": the report hangs off the event
        String speaker = c.subjectActors(child).stream().findFirst().orElse(null);
        reading = stronger(reading, new Reading(cues.cue("reporting", c.lemma(child)), speaker, c.word(child)));
        continue;
      }
      if (found != null) {
        reading = stronger(reading, new Reading(found, null, c.word(child)));
      }
    }
    return reading;
  }

  /** The stronger reading; a speaker found on the way is kept. */
  private static Reading stronger(Reading a, Reading b) {
    Certainty c = CertaintyCues.stronger(a.certainty(), b.certainty());
    Reading winner = c == a.certainty() ? a : b;
    String speaker = a.speaker() != null ? a.speaker() : b.speaker();
    String cue = winner.cue() != null ? winner.cue() : (a.cue() != null ? a.cue() : b.cue());
    return new Reading(c, speaker, cue);
  }
}
