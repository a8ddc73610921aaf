package org.sitrep.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How a file is read, told by its extension ({@code .gz} after it for compressed files). */
enum InputFormat {
  /** One article per file: title, key points, body. */
  TEXT,
  /** One JSON object per line, one article per object. */
  JSON_LINES,
  /** A saved web page, one article. */
  HTML,
  /** A web archive (WARC or ARC, plain or gzipped): one article per HTML response. */
  WARC,
  /** An RSS or Atom feed: one article per item. */
  FEED;

  /**
   * The format of a file found in a directory, or empty for a file to skip: directories hold all
   * sorts of files, so only the extensions we know are read.
   */
  static Optional<InputFormat> ofFileInDirectory(Path file) {
    return switch (extension(file)) {
      case "txt", "text", "md" -> Optional.of(TEXT);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "html", "htm", "xhtml", "html.gz", "htm.gz" -> Optional.of(HTML);
      case "warc", "arc", "warc.gz", "arc.gz" -> Optional.of(WARC);
      case "rss", "atom" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  /**
   * The format of a file the user named: JSON Lines by its extension, otherwise text, since naming
   * a file says it is meant to be read.
   */
  static InputFormat ofNamedFile(Path file) {
    // An .xml file in a folder may be anything (a sitemap, a config); named, it is a feed.
    return ofFileInDirectory(file).orElse(extension(file).equals("xml") ? FEED : TEXT);
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String text = name.toString().toLowerCase(Locale.ROOT);
    boolean gzipped = text.endsWith(".gz");
    if (gzipped) {
      text = text.substring(0, text.length() - 3);
    }
    int dot = text.lastIndexOf('.');
    String extension = dot < 0 ? "" : text.substring(dot + 1);
    return gzipped ? extension + ".gz" : extension;
  }
}
