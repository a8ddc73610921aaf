package org.sitrep.actors.kb;

import java.time.LocalDate;

/**
 * One office a person held.
 *
 * @param role the office, e.g. "Foreign Minister"
 * @param country alpha-3 of the state served, or null
 * @param org id of the international organisation served, or null
 * @param sector CAMEO sector, or null
 * @param from first day in office (the first day of the month or year when only that is known)
 * @param to last day in office, or null while in office
 */
public record Tenure(String role, String country, String org, String sector, LocalDate from, LocalDate to) {

  /** Whether the office was held on {@code date}. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
