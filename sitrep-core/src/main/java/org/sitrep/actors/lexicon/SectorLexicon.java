package org.sitrep.actors.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.data.Tsv;

/**
 * The nouns that, after a demonym or a country's possessive, name one of the country's sectors
 * ("Russian officials": GOV), and how Sitrep names and classes such groups; from {@code
 * sectors.tsv}.
 */
public final class SectorLexicon {
  /** The pseudo-sector of nouns that stand for a person's side ("Trump's team"). */
  public static final String SIDE = "SIDE";

  private final Map<String, String> sectorByNoun = new HashMap<>();
  private final Map<String, String> label = new HashMap<>();
  private final Map<String, String> kind = new HashMap<>();
  private final Map<String, String> sectorByBareNoun = new HashMap<>();

  private static final SectorLexicon INSTANCE = new SectorLexicon();

  private SectorLexicon() {
    for (Tsv.Row row : Tsv.resource("/org/sitrep/actors/lexicon/sectors.tsv")) {
      String sector = row.get("sector");
      label.put(sector, row.get("label"));
      kind.put(sector, row.get("kind"));
      row.list("nouns").forEach(noun -> sectorByNoun.putIfAbsent(noun, sector));
      row.list("bare").forEach(noun -> sectorByBareNoun.put(noun, sector));
    }
  }

  public static SectorLexicon get() {
    return INSTANCE;
  }

  /** The sector a noun or two-word noun phrase names, matched on lower case. */
  public Optional<String> sectorOf(String noun) {
    return Optional.ofNullable(sectorByNoun.get(noun.toLowerCase(Locale.ROOT)));
  }

  /**
   * The sector a noun means on its own, with no country named ("the government", "lawmakers"):
   * the sector of the country the article is about.
   */
  public Optional<String> sectorOfBareNoun(String noun) {
    return Optional.ofNullable(sectorByBareNoun.get(noun.toLowerCase(Locale.ROOT)));
  }

  /** The word that names a country's group of this sector: "government", "military". */
  public String label(String sector) {
    return label.getOrDefault(sector, sector.toLowerCase(Locale.ROOT));
  }

  /** Whether groups of this sector are organisations (government, military) or looser groups. */
  public boolean isOrganization(String sector) {
    return "organization".equals(kind.get(sector));
  }
}
