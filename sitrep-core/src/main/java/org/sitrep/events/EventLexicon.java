package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.data.Tsv;

/**
 * The words that code events ({@code lexicon.tsv}): verbs and event nouns, each with the particle
 * or preposition its sense needs, its CAMEO code, and where its target is.
 */
public final class EventLexicon {

  /**
   * One sense.
   *
   * @param particle the particle or preposition the sense needs ("call" + "for"), or "" for none
   * @param target where the target is: "obj", "iobj", "obl:with", "nmod:against", or "none"
   */
  public record Entry(String kind, String lemma, String particle, String cameo, String target) {}

  private static final EventLexicon INSTANCE = new EventLexicon();

  private final Map<String, List<Entry>> verbs = new HashMap<>();
  private final Map<String, List<Entry>> nouns = new HashMap<>();

  private EventLexicon() {
    for (Tsv.Row row : Tsv.resource("/org/sitrep/events/lexicon.tsv")) {
      Entry e = new Entry(row.get("kind"), row.get("lemma"), row.get("particle").toLowerCase(java.util.Locale.ROOT), row.get("cameo"), row.get("target").isEmpty() ? "obj" : row.get("target"));
      (e.kind().equals("noun") ? nouns : verbs).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
  }

  public static EventLexicon get() {
    return INSTANCE;
  }

  /** The senses of a verb lemma; empty when it codes no event. */
  public List<Entry> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** The senses of an event noun lemma. */
  public List<Entry> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }
}
