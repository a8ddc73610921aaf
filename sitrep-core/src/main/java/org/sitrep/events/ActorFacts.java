package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorKind;

/**
 * What the event coder needs to know about a document's actors beyond the parse: an
 * organisation's own actor ("urged members to ..." targets NATO when NATO's Secretary General
 * speaks), who proposed the proposal a later sentence rejects, and who did the act a later
 * sentence names ("welcomed the pause").
 */
final class ActorFacts {
  private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  private final Map<String, Actor> byId = new HashMap<>();
  private final Map<String, String> organizationActor = new HashMap<>();
  private final Map<String, String> doers = new HashMap<>();
  private String proposer;
  private String asker;
  private String askee;

  ActorFacts(List<Actor> actors) {
    for (Actor a : actors) {
      byId.put(a.id(), a);
      if (a.kind() == ActorKind.ORGANIZATION && a.org() != null && a.role() == null) {
        organizationActor.putIfAbsent(a.org(), a.id());
      }
    }
  }

  /** The actor of the organisation the given actor belongs to, or null. */
  String organizationOf(String actorId) {
    Actor a = actorId == null ? null : byId.get(actorId);
    return a == null || a.org() == null ? null : organizationActor.get(a.org());
  }

  /**
   * Whether two actors are one side: of the same country (both known), and neither a group
   * outside the state (opposition, rebels, civilians, media, business), which a government acts on.
   */
  boolean sameSide(String a, String b) {
    Actor x = a == null ? null : byId.get(a);
    Actor y = b == null ? null : byId.get(b);
    return x != null && y != null && x.country() != null && x.country().equals(y.country()) && ofTheState(x) && ofTheState(y);
  }

  private static boolean ofTheState(Actor a) {
    return a.sector() == null || STATE_SECTORS.contains(a.sector());
  }

  /** Whether the actor is a country itself, not one of its sectors or people. */
  boolean isCountry(String actorId) {
    Actor a = actorId == null ? null : byId.get(actorId);
    return a != null && a.kind() == ActorKind.COUNTRY && a.sector() == null;
  }

  /** Who did the latest event told by this lemma ("paused" aid, "the pause"), or null. */
  String doerOf(String lemma) {
    return doers.get(lemma);
  }

  void did(String lemma, String actorId) {
    if (actorId != null) {
      doers.put(lemma, actorId);
    }
  }

  /** Who proposed the proposal under discussion so far, or null. */
  String proposer() {
    return proposer;
  }

  /** Who made the latest request or appeal, which a later "rejected the call" answers; or null. */
  String asker() {
    return asker;
  }

  /** Who the latest request or appeal was made to, or null. */
  String askee() {
    return askee;
  }

  void asked(String askerId, String askeeId) {
    if (askerId != null) {
      asker = askerId;
      askee = askeeId;
    }
  }

  void proposedBy(String actorId) {
    if (actorId != null) {
      proposer = actorId;
    }
  }
}
