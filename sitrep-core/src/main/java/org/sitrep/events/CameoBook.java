package org.sitrep.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.data.Tsv;

/**
 * The CAMEO event code book as Sitrep ships it ({@code cameo.tsv}): each code's name, Goldstein
 * conflict–cooperation score, quad class and PLOVER type.
 */
public final class CameoBook {

  /**
   * One code.
   *
   * @param plover the PLOVER type, or null for codes PLOVER does not count as events (statements)
   */
  public record Code(String code, String name, double goldstein, int quadClass, String plover) {}

  private static final CameoBook INSTANCE = new CameoBook();

  private final Map<String, Code> codes = new HashMap<>();

  private CameoBook() {
    for (Tsv.Row row : Tsv.resource("/org/sitrep/events/cameo.tsv")) {
      String code = row.get("code");
      codes.put(code, new Code(code, row.get("name"), Double.parseDouble(row.get("goldstein")), Integer.parseInt(row.get("quad")), row.orNull("plover")));
    }
  }

  public static CameoBook get() {
    return INSTANCE;
  }

  public Optional<Code> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }
}
