package org.sitrep.actors.kb;

import org.sitrep.data.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actor knowledge base: countries, regions, international organisations, national bodies and
 * people with dated roles, indexed for matching. Immutable and thread-safe once built.
 *
 * <p>Built from the files Sitrep ships ({@code org/sitrep/actors/kb/index.txt} lists them) and any
 * user files; a user's entry replaces a shipped one with the same key (a country's code, an
 * organisation's id, a body's or person's name), and a user's office holder ends the shipped
 * holder's tenure of that office. The format is described in docs/actor-kb.md.
 */
public final class ActorKb {
  private static final String RESOURCES = "/org/sitrep/actors/kb/";

  private final Map<String, KbEntry.Country> countries = new HashMap<>();
  private final Map<String, KbEntry.Organization> organizations = new HashMap<>();
  private final Map<String, List<Surface>> surfacesByFirstWord = new HashMap<>();
  private final Map<String, List<KbEntry.Person>> peopleBySurname = new HashMap<>();
  private final List<KbEntry.Person> people = new ArrayList<>();

  private ActorKb(Collection entries) {
    for (KbEntry e : entries.values()) {
      index(e);
    }
    surfacesByFirstWord.values().forEach(list -> list.sort((a, b) -> b.text().length() - a.text().length()));
  }

  /** Entries by key, later ones replacing earlier ones. */
  private static final class Collection extends LinkedHashMap<String, KbEntry> {
    private static final long serialVersionUID = 1L;

    void addAll(List<KbEntry> list) {
      list.forEach(e -> put(key(e), e));
    }

    /**
     * A user's office holder succeeds whoever the shipped data still has in that office: a shipped
     * tenure of the same role, country and organisation, open when the user's starts, ends the day
     * before. So adding a newly appointed minister is all a user needs to do.
     */
    void endSucceededTenures(List<KbEntry> userEntries) {
      for (KbEntry u : userEntries) {
        if (!(u instanceof KbEntry.Person newcomer)) {
          continue;
        }
        for (Tenure t : newcomer.tenures()) {
          replaceAll((key, e) -> e instanceof KbEntry.Person p && !userEntries.contains(p) ? endBefore(p, t) : e);
        }
      }
    }

    private static KbEntry.Person endBefore(KbEntry.Person p, Tenure successor) {
      List<Tenure> tenures = new java.util.ArrayList<>(p.tenures().size());
      boolean changed = false;
      for (Tenure t : p.tenures()) {
        boolean succeeded = t.role().equalsIgnoreCase(successor.role())
            && java.util.Objects.equals(t.country(), successor.country())
            && java.util.Objects.equals(t.org(), successor.org())
            && t.from().isBefore(successor.from())
            && (t.to() == null || !t.to().isBefore(successor.from()));
        tenures.add(succeeded ? new Tenure(t.role(), t.country(), t.org(), t.sector(), t.from(), successor.from().minusDays(1)) : t);
        changed |= succeeded;
      }
      return changed ? new KbEntry.Person(p.name(), p.aliases(), p.gender(), List.copyOf(tenures)) : p;
    }

    private static String key(KbEntry e) {
      if (e instanceof KbEntry.Country c) {
        return "country:" + c.code();
      } else if (e instanceof KbEntry.Region r) {
        return "region:" + r.code();
      } else if (e instanceof KbEntry.Organization o) {
        return "org:" + o.id();
      } else if (e instanceof KbEntry.Body) {
        return "body:" + e.name();
      }
      return "person:" + e.name();
    }
  }

  /** The shipped knowledge base only. */
  public static ActorKb shipped() {
    return load(List.of());
  }

  /**
   * The shipped knowledge base with the user's files on top.
   *
   * @throws DataFileException naming the file, line and column of the first bad cell
   */
  public static ActorKb load(List<Path> userFiles) {
    Collection entries = new Collection();
    KbParser shipped = new KbParser();
    try {
      for (String file : shippedFiles()) {
        try (InputStream in = ActorKb.class.getResourceAsStream(RESOURCES + file)) {
          if (in == null) {
            throw new DataFileException("index.txt lists " + file + ", which is not in the jar");
          }
          shipped.parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      }
      entries.addAll(shipped.entries());
      KbParser user = new KbParser();
      for (Path file : userFiles) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          user.parse(file.toString(), reader);
        } catch (IOException e) {
          throw new DataFileException(file + ": cannot read: " + e.getMessage());
        }
      }
      List<KbEntry> userEntries = user.entries();
      entries.addAll(userEntries);
      entries.endSucceededTenures(userEntries);
    } catch (IOException e) {
      throw new DataFileException("cannot read the shipped knowledge base: " + e.getMessage());
    }
    return new ActorKb(entries);
  }

  private static List<String> shippedFiles() throws IOException {
    try (InputStream in = ActorKb.class.getResourceAsStream(RESOURCES + "index.txt")) {
      if (in == null) {
        throw new DataFileException("the knowledge base index " + RESOURCES + "index.txt is missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  private void index(KbEntry entry) {
    addSurface(entry.name(), entry, Surface.Kind.NAME);
    entry.aliases().forEach(a -> addSurface(a, entry, Surface.Kind.NAME));
    if (entry instanceof KbEntry.Country c) {
      countries.put(c.code(), c);
      c.demonyms().forEach(d -> addSurface(d, c, Surface.Kind.DEMONYM));
      c.capitals().forEach(city -> addSurface(city, c, Surface.Kind.CAPITAL));
    } else if (entry instanceof KbEntry.Region r) {
      r.demonyms().forEach(d -> addSurface(d, r, Surface.Kind.DEMONYM));
    } else if (entry instanceof KbEntry.Organization o) {
      organizations.put(o.id(), o);
      if (o.seat() != null) {
        addSurface(o.seat(), o, Surface.Kind.SEAT);
      }
    } else if (entry instanceof KbEntry.Person p) {
      people.add(p);
      for (String name : concat(p.name(), p.aliases())) {
        String[] words = name.split("\\s+");
        if (words.length > 1) {
          List<KbEntry.Person> list = peopleBySurname.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
          if (!list.contains(p)) {
            list.add(p);
          }
        }
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private void addSurface(String text, KbEntry entry, Surface.Kind kind) {
    String t = text.startsWith("the ") || text.startsWith("The ") ? text.substring(4) : text;
    surfacesByFirstWord.computeIfAbsent(firstWord(t), k -> new ArrayList<>()).add(new Surface(t, entry, kind));
  }

  /**
   * The matching key of a text's first word: its leading letters, digits and dots, lower-cased, so
   * that "U.S." and the token "U.S." agree, and "President-elect" keys as "president".
   */
  public static String firstWord(CharSequence text) {
    int end = 0;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (!Character.isLetterOrDigit(c) && c != '.') {
        break;
      }
      end++;
    }
    return text.subSequence(0, end).toString().toLowerCase(Locale.ROOT);
  }

  /** The surfaces whose first word keys as {@code key}, longest first. */
  public List<Surface> surfacesStartingWith(String key) {
    return surfacesByFirstWord.getOrDefault(key, List.of());
  }

  public Optional<KbEntry.Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Optional<KbEntry.Organization> organization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /** The organisation at the top of {@code org}'s parent chain (the EU for the European Commission). */
  public KbEntry.Organization topLevel(KbEntry.Organization org) {
    KbEntry.Organization current = org;
    for (int depth = 0; depth < 10 && current.parent() != null && organizations.containsKey(current.parent()); depth++) {
      current = organizations.get(current.parent());
    }
    return current;
  }

  /** An organisation's CAMEO-style code: its own, else {@code IGO} + its top-level id. */
  public String codeOf(KbEntry.Organization org) {
    return org.code() != null ? org.code() : "IGO" + topLevel(org).id().toUpperCase(Locale.ROOT);
  }

  /** People whose name ends with {@code surname}. */
  public List<KbEntry.Person> peopleWithSurname(String surname) {
    return peopleBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of());
  }

  /** People who held {@code role} (any case) for {@code country} on {@code date}. */
  public List<KbEntry.Person> peopleWithRole(String role, String country, java.time.LocalDate date) {
    return people.stream()
        .filter(p -> p.tenureOn(date).filter(t -> role.equalsIgnoreCase(t.role()) && country.equals(t.country())).isPresent())
        .toList();
  }

  /** Every country, for tests and reports. */
  public Map<String, KbEntry.Country> countries() {
    return Collections.unmodifiableMap(countries);
  }
}
