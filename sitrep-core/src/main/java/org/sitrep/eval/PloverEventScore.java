package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.actors.Actor;
import org.sitrep.doc.Document;
import org.sitrep.events.Event;

/**
 * The event part of the PLOVER evaluation: for each record, the event Sitrep coded from the gold
 * event words (or its first event), its type against the gold type (older type names mapped as
 * the evaluation README says), and its source and target codes against the gold actors'.
 */
public final class PloverEventScore {
  private static final Map<String, String> OLD_TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  static final String NO_EVENT = "(none)";

  private int records;
  private int typeRight;
  private int sourceRecords;
  private int sourceRight;
  private int targetRecords;
  private int targetRight;
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  /** Scores one record given the document Sitrep made of its sentence. */
  void add(PloverGold.Record r, Document doc, List<Event> events, List<Actor> actors) {
    records++;
    String gold = OLD_TYPES.getOrDefault(r.event(), r.event());
    Event chosen = choose(doc, events, r);
    String predicted = chosen == null ? NO_EVENT : chosen.type();
    confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    boolean typeOk = gold.equals(predicted);
    typeRight += typeOk ? 1 : 0;
    boolean sourceOk = score(r.sources(), chosen == null ? null : chosen.source(), actors, true);
    boolean targetOk = score(r.targets(), chosen == null ? null : chosen.target(), actors, false);
    if (!typeOk || !sourceOk || !targetOk) {
      misses.add(String.format(Locale.ROOT, "%s gold %s %s->%s '%s', got %s %s->%s '%s' | %s", r.id(), gold, codes(r.sources()), codes(r.targets()),
          r.eventText(), predicted, chosen == null ? "-" : code(chosen.source(), actors), chosen == null ? "-" : code(chosen.target(), actors),
          chosen == null ? "" : doc.text(chosen.trigger()), r.text()));
    }
  }

  private boolean score(List<PloverGold.GoldActor> gold, String actorId, List<Actor> actors, boolean source) {
    if (gold.isEmpty()) {
      return true;
    }
    String predicted = code(actorId, actors);
    boolean ok = gold.stream().anyMatch(g -> CameoCodes.toIso(g.code()).equals(predicted));
    if (source) {
      sourceRecords++;
      sourceRight += ok ? 1 : 0;
    } else {
      targetRecords++;
      targetRight += ok ? 1 : 0;
    }
    return ok;
  }

  private static String code(String actorId, List<Actor> actors) {
    if (actorId == null) {
      return "-";
    }
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst().map(a -> String.valueOf(PloverEvaluation.codeOf(a))).orElse("-");
  }

  private static String codes(List<PloverGold.GoldActor> actors) {
    return actors.isEmpty() ? "-" : String.join("/", actors.stream().map(PloverGold.GoldActor::code).toList());
  }

  /**
   * The event whose trigger word is among the gold event words; else the main one: the event of
   * the highest clause (fewest steps from the root), the first of those.
   */
  private static Event choose(Document doc, List<Event> events, PloverGold.Record r) {
    String eventWords = r.eventText() == null ? "" : r.eventText().toLowerCase(Locale.ROOT);
    for (Event e : events) {
      String trigger = doc.text(e.trigger()).toLowerCase(Locale.ROOT);
      if (!eventWords.isEmpty() && eventWords.contains(trigger)) {
        return e;
      }
    }
    return events.stream().min(java.util.Comparator.comparingInt(e -> depth(doc, e))).orElse(null);
  }

  private static int depth(Document doc, Event e) {
    org.sitrep.nlp.NlpAnnotations nlp = doc.require(org.sitrep.nlp.NlpAnnotations.LAYER);
    for (org.sitrep.nlp.Sentence s : nlp.sentences()) {
      if (s.span().contains(e.trigger())) {
        org.sitrep.nlp.DependencyIndex deps = nlp.dependencies(s);
        int token = 0;
        while (token < s.tokens().size() && !s.tokens().get(token).span().equals(e.trigger())) {
          token++;
        }
        int depth = 0;
        for (int t = token; t >= 0 && t < s.tokens().size() && depth < 50; t = deps.governor(t)) {
          depth++;
        }
        return depth;
      }
    }
    return Integer.MAX_VALUE;
  }

  public int records() {
    return records;
  }

  public double typeAccuracy() {
    return records == 0 ? 0 : (double) typeRight / records;
  }

  public double sourceAccuracy() {
    return sourceRecords == 0 ? 0 : (double) sourceRight / sourceRecords;
  }

  public double targetAccuracy() {
    return targetRecords == 0 ? 0 : (double) targetRight / targetRecords;
  }

  public String counts() {
    return String.format(Locale.ROOT, "type %d/%d, source %d/%d, target %d/%d", typeRight, records, sourceRight, sourceRecords, targetRight, targetRecords);
  }

  /** Gold type → predicted type → count. */
  public Map<String, Map<String, Integer>> confusion() {
    return confusion;
  }

  public List<String> misses() {
    return misses;
  }
}
