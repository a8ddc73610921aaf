package org.sitrep.corpus;

import java.util.StringJoiner;

/** Turns what a user types into an FTS5 query. */
final class SearchText {
  private SearchText() {}

  /**
   * Every word quoted and all required ({@code peace deal} → {@code "peace" "deal"}), so that
   * punctuation and FTS5 operators in a query never cause a syntax error; a quoted phrase
   * stays a phrase. Empty when there are no words.
   */
  static String ftsQuery(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringJoiner query = new StringJoiner(" ");
    String[] parts = text.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean phrase = i % 2 == 1 && i < parts.length - 1;
      String words = String.join(" ", parts[i].split("[^\\p{L}\\p{N}]+")).strip();
      if (words.isEmpty()) {
        continue;
      }
      if (phrase) {
        query.add("\"" + words + "\"");
      } else {
        for (String word : words.split(" ")) {
          query.add("\"" + word + "\"");
        }
      }
    }
    return query.toString();
  }
}
