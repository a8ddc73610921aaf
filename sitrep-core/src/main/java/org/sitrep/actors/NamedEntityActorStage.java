package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.pipeline.Stage;

/**
 * The {@code actors} stage, first version: named entities grouped by name. A person named in
 * full once ("Sergei Lavrov") and later by part of the name ("Lavrov") is one actor; the kind is
 * the one the NER tagger gave most often to the group's mentions.
 */
public final class NamedEntityActorStage implements Stage {
  public static final String NAME = "actors";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp");
  }

  @Override
  public void process(Document document) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (EntityMention mention : document.require(NlpAnnotations.LAYER).entities()) {
      Optional<ActorKind> kind = kindOf(mention.type());
      if (kind.isEmpty()) {
        continue;
      }
      String text = document.text(mention.span());
      groups.computeIfAbsent(normalise(text), k -> new Group()).add(text, mention.span(), kind.get());
    }
    mergePartialPersonNames(groups);
    List<Actor> actors = new ArrayList<>();
    groups.values().stream()
        .sorted((a, b) -> a.mentions.get(0).compareTo(b.mentions.get(0)))
        .forEach(g -> actors.add(g.toActor("a" + (actors.size() + 1))));
    document.put(Actors.LAYER, new Actors(actors));
  }

  /** The actor kind of a CoreNLP NER type; empty for types that are not actors (dates, numbers). */
  static Optional<ActorKind> kindOf(String nerType) {
    return Optional.ofNullable(
        switch (nerType) {
          case "PERSON" -> ActorKind.PERSON;
          case "ORGANIZATION" -> ActorKind.ORGANIZATION;
          case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> ActorKind.COUNTRY;
          case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> ActorKind.GROUP;
          default -> null;
        });
  }

  private static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  /**
   * Folds "Lavrov" into "Sergei Lavrov" when exactly one person group's name ends with the shorter
   * name; with two Johnsons in a story, "Johnson" stays on its own rather than guess.
   */
  private static void mergePartialPersonNames(Map<String, Group> groups) {
    List<String> persons = groups.entrySet().stream()
        .filter(e -> e.getValue().kind() == ActorKind.PERSON)
        .map(Map.Entry::getKey)
        .sorted(java.util.Comparator.comparingInt(String::length))
        .toList();
    for (String shorter : persons) {
      List<String> longer = persons.stream()
          .filter(name -> name.length() > shorter.length() && name.endsWith(" " + shorter))
          .filter(groups::containsKey)
          .toList();
      if (longer.size() == 1) {
        groups.get(longer.get(0)).absorb(groups.remove(shorter));
      }
    }
  }

  /** The mentions of one name, and which kinds the tagger gave them. */
  private static final class Group {
    private final List<Span> mentions = new ArrayList<>();
    private final Map<ActorKind, Integer> kindVotes = new HashMap<>();
    private String longestName = "";

    void add(String text, Span span, ActorKind kind) {
      mentions.add(span);
      kindVotes.merge(kind, 1, Integer::sum);
      if (text.length() > longestName.length()) {
        longestName = text;
      }
    }

    void absorb(Group other) {
      mentions.addAll(other.mentions);
      other.kindVotes.forEach((k, v) -> kindVotes.merge(k, v, Integer::sum));
    }

    ActorKind kind() {
      return kindVotes.entrySet().stream()
          .max(Map.Entry.<ActorKind, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
          .orElseThrow()
          .getKey();
    }

    Actor toActor(String id) {
      List<Span> sorted = mentions.stream().sorted().toList();
      return new Actor(id, longestName.replaceAll("\\s+", " "), kind(), null, null, null, null, null, sorted);
    }
  }
}
