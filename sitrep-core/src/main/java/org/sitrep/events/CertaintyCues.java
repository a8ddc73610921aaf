package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.Tsv;

/**
 * The cues that hedge events and claims ({@code certainty.tsv}), the blame predicates ({@code
 * blame.tsv}) and the light verbs that carry event nouns ({@code light-verbs.tsv}).
 */
public final class CertaintyCues {
  /** Strongest first: when several cues apply, the first wins. */
  static final List<Certainty> STRENGTH =
      List.of(Certainty.DENIED, Certainty.HYPOTHETICAL, Certainty.UNCONFIRMED, Certainty.ALLEGED, Certainty.REPORTED, Certainty.ASSERTED);

  /** A phrase cue: words to find in a sentence, and what they make it. */
  record Phrase(String words, Certainty certainty) {}

  private static final CertaintyCues INSTANCE = new CertaintyCues();

  private final Map<String, Map<String, Certainty>> byKind = new HashMap<>();
  private final List<Phrase> phrases = new ArrayList<>();
  private final Set<String> blame = new HashSet<>();
  private final Set<String> lightVerbs = new HashSet<>();
  private final Set<String> hedgePhraseWords = new HashSet<>();

  private CertaintyCues() {
    for (Tsv.Row row : Tsv.resource("/org/sitrep/events/certainty.tsv")) {
      Certainty c = Certainty.of(row.get("certainty"));
      if (row.get("kind").equals("phrase")) {
        phrases.add(new Phrase(row.get("cue"), c));
      } else {
        byKind.computeIfAbsent(row.get("kind"), k -> new HashMap<>()).put(row.get("cue"), c);
      }
    }
    phrases.sort((a, b) -> b.words().length() - a.words().length());
    for (Phrase p : phrases) {
      for (String word : p.words().split(" ")) {
        if (word.length() > 3 && !Set.of("that", "with", "from", "been", "could").contains(word)) {
          hedgePhraseWords.add(word);
        }
      }
    }
    Tsv.resource("/org/sitrep/events/blame.tsv").forEach(row -> blame.add(row.get("lemma")));
    Tsv.resource("/org/sitrep/events/light-verbs.tsv").forEach(row -> lightVerbs.add(row.get("lemma")));
  }

  public static CertaintyCues get() {
    return INSTANCE;
  }

  /** What a cue word of this kind ("adverb", "modal", "reporting", "intent", "commit", "mark") makes an event, or null. */
  Certainty cue(String kind, String word) {
    Map<String, Certainty> cues = byKind.get(kind);
    return cues == null ? null : cues.get(word);
  }

  List<Phrase> phrases() {
    return phrases;
  }

  boolean isBlame(String lemma) {
    return blame.contains(lemma);
  }

  /**
   * Whether a token is a hedge: an adverb cue, a reporting verb, or a content word of a phrase cue
   * (both lowercased). A brief keeps such words when it shortens a sentence, so that what the
   * article reports stays reported.
   */
  public boolean isHedge(String word, String lemma) {
    return byKind.getOrDefault("adverb", Map.of()).containsKey(word)
        || byKind.getOrDefault("reporting", Map.of()).containsKey(lemma)
        || hedgePhraseWords.contains(word);
  }

  /** Whether a verb only carries an event noun: "expressed opposition", "imposed sanctions". */
  boolean isLightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** The stronger of two certainties. */
  static Certainty stronger(Certainty a, Certainty b) {
    return STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b;
  }
}
