package org.sitrep.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metadata block a text or Markdown article may open with, as static-site generators write
 * it: a line {@code ---}, then {@code key: value} lines, then {@code ---}. Sitrep reads {@code
 * url}, {@code outlet} and {@code published}; other keys (tags, authors) are ignored, so files
 * made for a blog engine read as they are.
 *
 * @param url the {@code url} value, or null
 * @param outlet the {@code outlet} value, or null
 * @param published the parsed {@code published} value, or null
 * @param problems one line per value that could not be used, for warnings
 * @param bodyStart the index of the first line after the block (0 when there is none)
 */
record FrontMatter(String url, String outlet, OffsetDateTime published, List<String> problems, int bodyStart) {

  private static final String FENCE = "---";

  static final FrontMatter NONE = new FrontMatter(null, null, null, List.of(), 0);

  /**
   * The block at the top of {@code lines}, or {@link #NONE}; a block that is never closed is not a
   * block (a Markdown file may open with a horizontal rule), so its lines stay in the article.
   */
  static FrontMatter read(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return NONE;
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return NONE;
    }
    String url = null;
    String outlet = null;
    OffsetDateTime published = null;
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < close; i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (line.isBlank() || colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(colon + 1).strip());
      if (value.isEmpty()) {
        continue;
      }
      switch (key) {
        case "url" -> url = value;
        case "outlet" -> outlet = value;
        case "published", "date" -> {
          Optional<OffsetDateTime> parsed = PublishedDates.parse(value);
          if (parsed.isPresent()) {
            published = parsed.get();
          } else {
            problems.add("front matter '" + key + "': not a date or date-time: " + ReadMessages.quote(value));
          }
        }
        default -> {
          // Not Sitrep's: left for whatever else reads the file.
        }
      }
    }
    return new FrontMatter(url, outlet, published, List.copyOf(problems), close + 1);
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1).strip();
    }
    return value;
  }
}
