package org.sitrep.eval;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.events.EventLayer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * The PLOVER evaluation. Events: see {@link PloverEventScore}. Actors: for each gold source and target actor, the actor Sitrep
 * resolves at the gold words, and whether its code agrees (country alpha-3; IGO or NGO for
 * organisations). A record's source (or target) is right when one of its gold actors is.
 */
public final class PloverEvaluation {

  /**
   * One gold actor and what Sitrep made of it: {@code predicted} is null when no actor was found
   * there, "null" when the actor found has no country.
   */
  public record Miss(String recordId, String role, String text, String gold, String predicted, String sentence) {}

  /** The figures. */
  public record Result(int records, int sourceRecords, int sourceRight, int targetRecords, int targetRight,
                       int actors, int actorsFound, int actorsRight, List<Miss> misses, PloverEventScore events) {
    public double sourceAccuracy() {
      return sourceRecords == 0 ? 0 : (double) sourceRight / sourceRecords;
    }

    public double targetAccuracy() {
      return targetRecords == 0 ? 0 : (double) targetRight / targetRecords;
    }

    public double actorAccuracy() {
      return actors == 0 ? 0 : (double) actorsRight / actors;
    }
  }

  private final Pipeline pipeline;

  public PloverEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Result run(List<PloverGold.Record> records) {
    int sourceRecords = 0, sourceRight = 0, targetRecords = 0, targetRight = 0, actors = 0, found = 0, right = 0;
    List<Miss> misses = new ArrayList<>();
    PloverEventScore events = new PloverEventScore();
    for (PloverGold.Record r : records) {
      OffsetDateTime published = r.date() == null ? null : r.date().atStartOfDay().atOffset(ZoneOffset.UTC);
      Document doc = pipeline.process(new Article(r.id(), "", List.of(), r.text(), null, null, published));
      List<Actor> resolved = doc.get(Actors.LAYER).map(Actors::actors).orElse(List.of());
      events.add(r, doc, doc.get(EventLayer.LAYER).map(EventLayer::events).orElse(List.of()), resolved);
      for (String role : List.of("source", "target")) {
        List<PloverGold.GoldActor> gold = role.equals("source") ? r.sources() : r.targets();
        if (gold.isEmpty()) {
          continue;
        }
        boolean any = false;
        for (PloverGold.GoldActor g : gold) {
          actors++;
          Optional<Actor> actor = actorAt(doc, resolved, g.text());
          String predicted = actor.map(a -> String.valueOf(codeOf(a))).orElse(null);
          found += actor.isPresent() ? 1 : 0;
          boolean ok = predicted != null && predicted.equals(CameoCodes.toIso(g.code()));
          right += ok ? 1 : 0;
          any |= ok;
          if (!ok) {
            misses.add(new Miss(r.id(), role, g.text(), g.code(), predicted, r.text()));
          }
        }
        if (role.equals("source")) {
          sourceRecords++;
          sourceRight += any ? 1 : 0;
        } else {
          targetRecords++;
          targetRight += any ? 1 : 0;
        }
      }
    }
    return new Result(records.size(), sourceRecords, sourceRight, targetRecords, targetRight, actors, found, right, misses, events);
  }

  /** The comparable code: IGO or NGO for organisations, else the actor's country. */
  static String codeOf(Actor a) {
    if (a.org() != null && a.country() == null) {
      return a.code() != null && a.code().startsWith("NGO") ? "NGO" : "IGO";
    }
    return a.country();
  }

  /** The actor with a mention overlapping the gold words (first occurrence, any case). */
  private static Optional<Actor> actorAt(Document doc, List<Actor> actors, String words) {
    String text = doc.text();
    int at = text.indexOf(words);
    if (at < 0) {
      at = text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
    }
    if (at < 0) {
      return Optional.empty();
    }
    Span gold = new Span(at, at + words.length());
    Actor best = null;
    int bestOverlap = 0;
    for (Actor a : actors) {
      for (Span m : a.mentions()) {
        int overlap = Math.min(m.end(), gold.end()) - Math.max(m.start(), gold.start());
        if (overlap > bestOverlap) {
          best = a;
          bestOverlap = overlap;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
