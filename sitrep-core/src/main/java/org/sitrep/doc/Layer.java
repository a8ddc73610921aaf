package org.sitrep.doc;

import java.util.Objects;

/**
 * The typed key of one annotation layer of a {@link Document}, e.g. the sentences the NLP stage
 * adds or the actors the actor stage adds. Layers are compared by identity: declare each once as a
 * constant next to the stage that writes it.
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {
  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A new layer key; {@code name} is used in messages only. */
  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  public String name() {
    return name;
  }

  T cast(Object value) {
    return type.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
