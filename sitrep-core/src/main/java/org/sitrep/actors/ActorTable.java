package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Tenure;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;

/**
 * The actors of one document while they are resolved: one draft per actor, created from the
 * knowledge base as of the article's date or from the text, and the mentions each has claimed. A
 * stretch of text belongs to at most one actor.
 */
final class ActorTable {
  private final ActorKb kb;
  private final LocalDate date;
  private final SectorLexicon sectors = SectorLexicon.get();
  private final Map<String, ActorDraft> drafts = new LinkedHashMap<>();
  private final TreeMap<Integer, Span> claimed = new TreeMap<>();

  ActorTable(ActorKb kb, LocalDate date) {
    this.kb = kb;
    this.date = date;
  }

  LocalDate date() {
    return date;
  }

  Collection<ActorDraft> drafts() {
    return drafts.values();
  }

  /** Whether any claimed mention overlaps the span. */
  boolean isClaimed(Span span) {
    Map.Entry<Integer, Span> before = claimed.floorEntry(span.end() - 1);
    return before != null && before.getValue().end() > span.start();
  }

  /** Adds a mention unless its text already belongs to an actor; returns whether it was added. */
  boolean mention(ActorDraft draft, Span span) {
    if (span.isEmpty() || isClaimed(span)) {
      return false;
    }
    claimed.put(span.start(), span);
    draft.mentions.add(span);
    return true;
  }

  /** Replaces one of the draft's mentions by a longer one that contains it ("Trump" by "Trump's team"). */
  void widen(ActorDraft draft, Span mention, Span wider) {
    claimed.remove(mention.start());
    draft.mentions.remove(mention);
    if (!mention(draft, wider)) {
      mention(draft, mention);
    }
  }

  ActorDraft person(KbEntry.Person person) {
    return drafts.computeIfAbsent("person:" + person.name(), key -> {
      ActorDraft d = new ActorDraft(key, person.name(), ActorKind.PERSON);
      d.gender = person.gender();
      Optional<Tenure> tenure = person.tenureOn(date);
      if (tenure.isPresent()) {
        Tenure t = tenure.get();
        d.role = t.role();
        d.country = t.country();
        d.org = t.org() == null ? null : kb.organization(t.org()).map(o -> kb.topLevel(o).id()).orElse(t.org());
        d.sector = t.sector();
      } else {
        d.country = nearestCountry(person);
      }
      return d;
    });
  }

  /** The country of the office held nearest to the article's date, for people out of office. */
  private String nearestCountry(KbEntry.Person person) {
    return person.tenures().stream()
        .filter(t -> t.country() != null)
        .min(Comparator.comparingLong(t -> Math.abs(distance(t))))
        .map(Tenure::country)
        .orElse(null);
  }

  private long distance(Tenure t) {
    if (t.covers(date)) {
      return 0;
    }
    LocalDate edge = date.isBefore(t.from()) ? t.from() : t.to();
    return Math.abs(edge.toEpochDay() - date.toEpochDay());
  }

  /** A person the knowledge base does not know, by the name the text gives. */
  ActorDraft unknownPerson(String name) {
    String clean = name.replaceAll("\\s+", " ").trim();
    return drafts.computeIfAbsent("who:" + clean.toLowerCase(Locale.ROOT), key -> new ActorDraft(key, clean, ActorKind.PERSON));
  }

  ActorDraft country(KbEntry.Country c) {
    return drafts.computeIfAbsent("country:" + c.code(), key -> {
      ActorDraft d = new ActorDraft(key, c.name(), ActorKind.COUNTRY);
      d.country = c.code();
      return d;
    });
  }

  ActorDraft region(KbEntry.Region r) {
    return drafts.computeIfAbsent("region:" + r.code(), key -> {
      ActorDraft d = new ActorDraft(key, r.name(), ActorKind.GROUP);
      d.code = r.code();
      return d;
    });
  }

  /** A country's sector as one actor: "Russian officials", "the Kremlin" and "Moscow said" are its government. */
  ActorDraft sector(KbEntry.Country c, String sector) {
    return drafts.computeIfAbsent("sector:" + c.code() + ":" + sector, key -> {
      String adjective = c.demonyms().isEmpty() ? c.name() : c.demonyms().get(0);
      ActorDraft d = new ActorDraft(key, adjective + " " + sectors.label(sector), sectors.isOrganization(sector) ? ActorKind.ORGANIZATION : ActorKind.GROUP);
      d.country = c.code();
      d.sector = sector;
      return d;
    });
  }

  ActorDraft organization(KbEntry.Organization o) {
    return drafts.computeIfAbsent("org:" + o.id(), key -> {
      ActorDraft d = new ActorDraft(key, o.name(), ActorKind.ORGANIZATION);
      d.org = kb.topLevel(o).id();
      d.code = kb.codeOf(o);
      return d;
    });
  }

  ActorDraft body(KbEntry.Body b) {
    return drafts.computeIfAbsent("body:" + b.name(), key -> {
      ActorDraft d = new ActorDraft(key, b.name(), b.group() ? ActorKind.GROUP : ActorKind.ORGANIZATION);
      d.country = b.country();
      d.sector = b.sector();
      return d;
    });
  }

  /** An organisation the knowledge base does not know. */
  ActorDraft unknownOrganization(String name) {
    String clean = name.replaceAll("\\s+", " ").trim();
    return drafts.computeIfAbsent("orgname:" + clean.toLowerCase(Locale.ROOT), key -> new ActorDraft(key, clean, ActorKind.ORGANIZATION));
  }

  /**
   * Persons in the table a shorter name can stand for: their name ends with it ("Lavrov", "von der
   * Leyen") or, as family names come first in some languages, starts with it ("Qin" for "Qin Gang").
   */
  List<ActorDraft> personsNamedPartly(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<ActorDraft> found = new ArrayList<>();
    for (ActorDraft d : drafts.values()) {
      String full = d.name.toLowerCase(Locale.ROOT);
      if (d.isPerson() && !d.mentions.isEmpty() && (full.endsWith(" " + n) || full.startsWith(n + " "))) {
        found.add(d);
      }
    }
    return found;
  }

  /** The actor one of whose mentions contains the span. */
  Optional<ActorDraft> ownerOf(Span span) {
    for (ActorDraft d : drafts.values()) {
      for (Span m : d.mentions) {
        if (m.contains(span)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /** The finished actors in order of first mention, with ids and codes; drafts without mentions dropped. */
  List<Actor> build() {
    List<ActorDraft> live = new ArrayList<>();
    for (ActorDraft d : drafts.values()) {
      if (!d.mentions.isEmpty()) {
        live.add(d);
      }
    }
    live.sort(Comparator.comparing(d -> d.mentions.first()));
    List<Actor> actors = new ArrayList<>(live.size());
    for (ActorDraft d : live) {
      if (d.code == null) {
        d.code = codeOf(d);
      }
      actors.add(d.toActor("a" + (actors.size() + 1)));
    }
    return actors;
  }

  /** CAMEO-style code: IGO + organisation, else country + sector, else country (docs/actor-kb.md). */
  private String codeOf(ActorDraft d) {
    if (d.org != null) {
      return kb.organization(d.org).map(kb::codeOf).orElse("IGO" + d.org.toUpperCase(Locale.ROOT));
    }
    if (d.country == null) {
      return null;
    }
    return d.sector == null || d.kind == ActorKind.COUNTRY ? d.country : d.country + d.sector;
  }
}
