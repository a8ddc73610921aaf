package org.sitrep.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How a file is read, told by its extension. */
enum InputFormat {
  /** One article per file: title, key points, body. */
  TEXT,
  /** One JSON object per line, one article per object. */
  JSON_LINES;

  /**
   * The format of a file found in a directory, or empty for a file to skip: directories hold all
   * sorts of files, so only the extensions we know are read.
   */
  static Optional<InputFormat> ofFileInDirectory(Path file) {
    return switch (extension(file)) {
      case "txt", "text", "md" -> Optional.of(TEXT);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      default -> Optional.empty();
    };
  }

  /**
   * The format of a file the user named: JSON Lines by its extension, otherwise text, since naming
   * a file says it is meant to be read.
   */
  static InputFormat ofNamedFile(Path file) {
    return ofFileInDirectory(file).orElse(TEXT);
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
