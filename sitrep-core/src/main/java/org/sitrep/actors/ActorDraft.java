package org.sitrep.actors;

import java.util.TreeSet;
import org.sitrep.doc.Span;

/** An actor being resolved: what is known of it so far and where it is mentioned. */
final class ActorDraft {
  final String key;
  final String name;
  final ActorKind kind;
  String country;
  String org;
  String sector;
  String role;
  String code;
  char gender = '?';
  /** Set once the text itself has given a role, which then wins over the knowledge base. */
  boolean roleFromText;
  final TreeSet<Span> mentions = new TreeSet<>();
  /** Mentions naming where something happens ("in Algiers"), which no later reference points back to. */
  final java.util.Set<Span> places = new java.util.HashSet<>();

  ActorDraft(String key, String name, ActorKind kind) {
    this.key = key;
    this.name = name;
    this.kind = kind;
  }

  boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  /** The start of the last mention before {@code position}, or -1. */
  int lastMentionBefore(int position) {
    Span before = mentions.lower(new Span(position, position));
    while (before != null && places.contains(before)) {
      before = mentions.lower(before);
    }
    return before == null ? -1 : before.start();
  }

  Actor toActor(String id) {
    return new Actor(id, name, kind, country, org, sector, role, code, mentions.stream().toList());
  }
}
