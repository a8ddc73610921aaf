package org.sitrep.eval;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.data.Tsv;

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
    Tsv.resource("/org/sitrep/eval/cameo-country-codes.tsv").forEach(row -> map.put(row.get("cameo"), row.get("iso")));
    return map;
  }
}
