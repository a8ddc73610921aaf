package org.sitrep.actors;

import java.util.List;
import java.util.Objects;
import org.sitrep.doc.Span;

/**
 * Someone or something that acts in the news: a person, a country, an organisation or a group,
 * with every place the document mentions it.
 *
 * @param id unique within the document, e.g. {@code a1}
 * @param name canonical name, e.g. "Sergei Lavrov", "Russia", "NATO"
 * @param kind what it is
 * @param country ISO 3166-1 alpha-3 code of the country it is or belongs to, or null
 * @param org international organisation it is or belongs to, or null
 * @param sector CAMEO sector (GOV, MIL, ...), or null
 * @param role title or function on the article's date, or null
 * @param code CAMEO-style actor code, or null
 * @param mentions every mention, in text order
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String country,
    String org,
    String sector,
    String role,
    String code,
    List<Span> mentions) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("actor '" + name + "' must have at least one mention");
    }
  }
}
