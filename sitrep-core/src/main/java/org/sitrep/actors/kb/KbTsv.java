package org.sitrep.actors.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated file with a header line into rows addressed by column name. Lines starting
 * with {@code #} and blank lines are skipped.
 */
final class KbTsv {

  /** One data line: its cells by column name, and where it is for messages. */
  record Row(String origin, Map<String, String> cells) {
    /** The trimmed cell, or "" when the column is absent. */
    String get(String column) {
      return cells.getOrDefault(column, "").trim();
    }

    /** The cell, or null when empty. */
    String orNull(String column) {
      String v = get(column);
      return v.isEmpty() ? null : v;
    }

    /** The {@code |}-separated values of the cell. */
    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    KbException error(String column, String reason) {
      return new KbException(origin + ": column '" + column + "': " + reason);
    }
  }

  private KbTsv() {}

  static List<Row> read(String name, BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.length > header.length) {
        throw new KbException(name + ":" + number + ": " + cells.length + " cells but the header has " + header.length + " columns");
      }
      Map<String, String> byColumn = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        byColumn.put(header[i].trim(), cells[i]);
      }
      rows.add(new Row(name + ":" + number, byColumn));
    }
    if (header == null) {
      throw new KbException(name + ": no header line");
    }
    return rows;
  }
}
