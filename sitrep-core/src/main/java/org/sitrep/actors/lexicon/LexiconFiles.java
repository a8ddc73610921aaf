package org.sitrep.actors.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files shipped under {@code org/sitrep/actors/lexicon}. */
final class LexiconFiles {
  private LexiconFiles() {}

  /** The data rows of a lexicon file, header and {@code #} comments skipped, cells split on tabs. */
  static List<String[]> rows(String file, int columns) {
    String path = "/org/sitrep/actors/lexicon/" + file;
    try (InputStream in = LexiconFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + path + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(path + ":" + number + ": expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
