package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** CAMEO country codes where they differ from ISO alpha-3 ({@code cameo-country-codes.tsv}). */
final class CameoCodes {
  private static final Map<String, String> TO_ISO = load();

  private CameoCodes() {}

  /** The ISO alpha-3 of a CAMEO country code; other codes (IGO, NGO, ISO ones) unchanged. */
  static String toIso(String cameo) {
    return TO_ISO.getOrDefault(cameo, cameo);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = CameoCodes.class.getResourceAsStream("/org/sitrep/eval/cameo-country-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cameo-country-codes.tsv is missing from the jar");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("cameo\t"))
          .map(l -> l.split("\t"))
          .forEach(cells -> map.put(cells[0].trim(), cells[1].trim()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
