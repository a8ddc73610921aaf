package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code ../shared} folder beside the project, which tests may use when it is there. */
public final class Shared {
  private Shared() {}

  /** A path inside {@code ../shared}, if it exists. */
  public static Optional<Path> path(String relative) {
    String configured = System.getProperty("sitrep.shared");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
    Path path = root.resolve(relative).normalize();
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }
}
