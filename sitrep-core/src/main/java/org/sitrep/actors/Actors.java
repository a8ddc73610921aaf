package org.sitrep.actors;

import java.util.List;
import org.sitrep.doc.Layer;

/**
 * The actor layer of a document.
 *
 * @param actors in order of first mention
 */
public record Actors(List<Actor> actors) {
  public static final Layer<Actors> LAYER = Layer.of("actors", Actors.class);

  public Actors {
    actors = List.copyOf(actors);
  }
}
