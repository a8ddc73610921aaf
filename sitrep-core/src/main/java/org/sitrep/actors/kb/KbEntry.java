package org.sitrep.actors.kb;

import java.util.List;

/** One entry of the actor knowledge base: something with a name that news refers to. */
public sealed interface KbEntry permits KbEntry.Country, KbEntry.Region, KbEntry.Organization, KbEntry.Body, KbEntry.Person {

  /** The canonical name. */
  String name();

  /** Other names the entry is known by. */
  List<String> aliases();

  /**
   * A state or territory.
   *
   * @param code ISO 3166-1 alpha-3
   * @param demonyms adjective first ("Russian", "Russians")
   * @param capitals capital cities, used as metonyms for the government
   */
  record Country(String code, String name, List<String> aliases, List<String> demonyms, List<String> capitals) implements KbEntry {}

  /** A region acting as a group ("Europe"), with its CAMEO region code. */
  record Region(String code, String name, List<String> aliases, List<String> demonyms) implements KbEntry {}

  /**
   * An international organisation.
   *
   * @param id short key ("NATO", "UN")
   * @param seat the city it is identified with, or null
   * @param parent the id of the organisation it is part of, or null
   * @param code CAMEO-style code ("IGONATO", "NGOICRC")
   */
  record Organization(String id, String name, List<String> aliases, String seat, String parent, String code) implements KbEntry {}

  /**
   * A national institution or group.
   *
   * @param metonym whether its name stands for the country's sector itself ("the Kremlin")
   * @param group whether it is a group (armed movement) rather than an organisation
   */
  record Body(String name, List<String> aliases, String country, String sector, boolean group, boolean metonym) implements KbEntry {}

  /**
   * A person and the offices they held.
   *
   * @param gender 'm', 'f', or '?' when unknown
   * @param tenures in order of start
   */
  record Person(String name, List<String> aliases, char gender, List<Tenure> tenures) implements KbEntry {
    /** The office held on {@code date}; the latest one when several overlap. */
    public java.util.Optional<Tenure> tenureOn(java.time.LocalDate date) {
      Tenure found = null;
      for (Tenure t : tenures) {
        if (t.covers(date) && (found == null || t.from().isAfter(found.from()))) {
          found = t;
        }
      }
      return java.util.Optional.ofNullable(found);
    }
  }
}
