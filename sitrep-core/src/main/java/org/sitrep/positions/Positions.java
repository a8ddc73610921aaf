package org.sitrep.positions;

import java.util.List;
import org.sitrep.doc.Layer;

/** The positions layer of a document. */
public record Positions(List<Position> positions) {
  public static final Layer<Positions> LAYER = Layer.of("positions", Positions.class);

  public Positions {
    positions = List.copyOf(positions);
  }
}
