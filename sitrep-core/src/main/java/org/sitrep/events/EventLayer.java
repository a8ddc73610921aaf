package org.sitrep.events;

import java.util.List;
import org.sitrep.doc.Layer;

/**
 * The events and claims of a document.
 *
 * @param events in text order
 * @param claims in text order
 */
public record EventLayer(List<Event> events, List<Claim> claims) {
  public static final Layer<EventLayer> LAYER = Layer.of("events", EventLayer.class);

  public EventLayer {
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }
}
