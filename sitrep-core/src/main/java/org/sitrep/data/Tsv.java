package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Sitrep's tab-separated data files: a header line naming the columns, then rows addressed
 * by column name. Lines starting with {@code #} and blank lines are skipped; a leading byte-order
 * mark is ignored. Errors name the file and line.
 */
public final class Tsv {

  /** One data line: its cells by column name, and where it is ({@code file:line}) for messages. */
  public record Row(String origin, Map<String, String> cells) {
    /** The trimmed cell, or "" when the column is absent. */
    public String get(String column) {
      return cells.getOrDefault(column, "").trim();
    }

    /** The cell, or null when empty. */
    public String orNull(String column) {
      String v = get(column);
      return v.isEmpty() ? null : v;
    }

    /** The {@code |}-separated values of the cell. */
    public List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** An error about one cell of this row. */
    public DataFileException error(String column, String reason) {
      return new DataFileException(origin + ": column '" + column + "': " + reason);
    }
  }

  private Tsv() {}

  /** The rows of a file; {@code name} is how messages call it. */
  public static List<Row> read(String name, BufferedReader reader) throws IOException {
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
        throw new DataFileException(name + ":" + number + ": " + cells.length + " cells but the header has " + header.length + " columns");
      }
      Map<String, String> byColumn = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        byColumn.put(header[i].trim(), cells[i]);
      }
      rows.add(new Row(name + ":" + number, byColumn));
    }
    if (header == null) {
      throw new DataFileException(name + ": no header line");
    }
    return rows;
  }

  /**
   * The rows of a data file shipped on the class path.
   *
   * @throws IllegalStateException when it is missing or unreadable: the jar is broken
   */
  public static List<Row> resource(String path) {
    try (InputStream in = Tsv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the jar");
      }
      return read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
