package org.sitrep.actors.kb;

import org.sitrep.data.Tsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of knowledge-base files into {@link KbEntry entries} (format: docs/actor-kb.md). */
final class KbParser {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  /** Person rows are gathered by name: one person, many tenures. */
  private final Map<String, PersonRows> people = new LinkedHashMap<>();
  private final List<KbEntry> entries = new ArrayList<>();

  private record PersonRows(String name, List<String> aliases, char gender, List<Tenure> tenures) {}

  void parse(String name, BufferedReader reader) throws IOException {
    for (Tsv.Row row : Tsv.read(name, reader)) {
      String type = row.get("type");
      switch (type) {
        case "country" -> entries.add(new KbEntry.Country(alpha3(row, "code", true), required(row, "name"), row.list("aliases"), row.list("demonyms"), row.list("capital")));
        case "region" -> entries.add(new KbEntry.Region(required(row, "code"), required(row, "name"), row.list("aliases"), row.list("demonyms")));
        case "org" -> entries.add(new KbEntry.Organization(required(row, "id"), required(row, "name"), row.list("aliases"), row.orNull("seat"), row.orNull("parent"), row.orNull("code")));
        case "body" -> entries.add(new KbEntry.Body(required(row, "name"), row.list("aliases"), alpha3(row, "country", false), row.orNull("sector"), row.get("kind").equals("group"), row.get("metonym").equals("yes")));
        case "person" -> addPerson(row);
        default -> throw row.error("type", "must be country, region, org, body or person, got '" + type + "'");
      }
    }
  }

  private void addPerson(Tsv.Row row) {
    String name = required(row, "name");
    String g = row.get("gender");
    char gender = g.equals("m") || g.equals("f") ? g.charAt(0) : '?';
    PersonRows person = people.computeIfAbsent(name, n -> new PersonRows(n, new ArrayList<>(), gender, new ArrayList<>()));
    row.list("aliases").stream().filter(a -> !person.aliases().contains(a)).forEach(person.aliases()::add);
    String country = alpha3(row, "country", false);
    String role = row.orNull("role");
    if (role != null) {
      LocalDate from = date(row, "from", false);
      LocalDate to = date(row, "to", true);
      if (from == null) {
        throw row.error("from", "a role needs a start date");
      }
      if (to != null && to.isBefore(from)) {
        throw row.error("to", "ends before it starts");
      }
      person.tenures().add(new Tenure(role, country, row.orNull("org"), row.orNull("sector"), from, to));
    }
  }

  /** All entries read so far; people with their tenures sorted by start. */
  List<KbEntry> entries() {
    List<KbEntry> all = new ArrayList<>(entries);
    for (PersonRows p : people.values()) {
      List<Tenure> tenures = new ArrayList<>(p.tenures());
      tenures.sort((a, b) -> a.from().compareTo(b.from()));
      all.add(new KbEntry.Person(p.name(), List.copyOf(p.aliases()), p.gender(), List.copyOf(tenures)));
    }
    return all;
  }

  private static String required(Tsv.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      throw row.error(column, "must not be empty");
    }
    return v;
  }

  private static String alpha3(Tsv.Row row, String column, boolean required) {
    String v = row.get(column);
    if (v.isEmpty() && !required) {
      return null;
    }
    if (!ALPHA3.matcher(v).matches()) {
      throw row.error(column, "must be an ISO 3166-1 alpha-3 code, got '" + v + "'");
    }
    return v;
  }

  /**
   * A date as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}: a start is the first day of the
   * month or year, an end the last.
   */
  private static LocalDate date(Tsv.Row row, String column, boolean end) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return switch (v.length()) {
        case 4 -> end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
        case 7 -> end ? YearMonth.parse(v).atEndOfMonth() : YearMonth.parse(v).atDay(1);
        default -> LocalDate.parse(v);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw row.error(column, "not a date (YYYY-MM-DD, YYYY-MM or YYYY): '" + v + "'");
    }
  }
}
