package org.sitrep.actors.kb;

import org.sitrep.data.DataFileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKbTest {
  private static final ActorKb SHIPPED = ActorKb.shipped();
  private static final String PERSON_HEADER = "type\tname\taliases\tgender\tcountry\torg\tsector\trole\tfrom\tto\n";

  @TempDir Path dir;

  @Test
  void shipsEveryUnMemberStateAndTheObservers() {
    long members = SHIPPED.countries().size();
    assertThat(members).isGreaterThanOrEqualTo(195);
    assertThat(SHIPPED.country("RUS")).hasValueSatisfying(c -> {
      assertThat(c.name()).isEqualTo("Russia");
      assertThat(c.demonyms()).contains("Russian");
      assertThat(c.capitals()).contains("Moscow");
    });
    assertThat(SHIPPED.country("VAT")).isPresent();
    assertThat(SHIPPED.country("PSE")).isPresent();
  }

  @Test
  void organisationsHaveIgoCodesFromTheirTopLevel() {
    KbEntry.Organization commission = SHIPPED.surfacesStartingWith("european").stream()
        .filter(s -> s.text().equals("European Commission")).map(s -> (KbEntry.Organization) s.entry()).findFirst().orElseThrow();
    assertThat(SHIPPED.topLevel(commission).id()).isEqualTo("EU");
    assertThat(SHIPPED.codeOf(commission)).isEqualTo("IGOEU");
    assertThat(SHIPPED.codeOf(SHIPPED.organization("NATO").orElseThrow())).isEqualTo("IGONATO");
  }

  @Test
  void everyShippedPersonsOrganisationIsAKnownOrganisation() throws IOException {
    List<String> unknown = new java.util.ArrayList<>();
    for (String file : resourceLines("index.txt")) {
      List<String> lines = resourceLines(file);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      int type = header.indexOf("type");
      int org = header.indexOf("org");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        if (org >= 0 && cells[type].equals("person") && org < cells.length && !cells[org].isEmpty() && SHIPPED.organization(cells[org]).isEmpty()) {
          unknown.add(file + ": " + cells[1] + " -> " + cells[org]);
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** A shipped KB resource's lines, comments and blank lines left out. */
  private static List<String> resourceLines(String name) throws IOException {
    try (var in = ActorKb.class.getResourceAsStream("/org/sitrep/actors/kb/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  @Test
  void rolesAreDated() {
    KbEntry.Person rutte = SHIPPED.peopleWithSurname("Rutte").get(0);
    assertThat(rutte.tenureOn(LocalDate.of(2015, 6, 1))).hasValueSatisfying(t -> {
      assertThat(t.role()).isEqualTo("Prime Minister");
      assertThat(t.country()).isEqualTo("NLD");
    });
    assertThat(rutte.tenureOn(LocalDate.of(2024, 11, 21))).hasValueSatisfying(t -> {
      assertThat(t.role()).isEqualTo("Secretary General");
      assertThat(t.org()).isEqualTo("NATO");
    });
    assertThat(SHIPPED.peopleWithRole("Foreign Minister", "RUS", LocalDate.of(2024, 11, 21)))
        .extracting(KbEntry::name).containsExactly("Sergei Lavrov");
  }

  @Test
  void aUserFileAddsPeopleWhoSucceedTheShippedOfficeHoldersAndWinsOverShippedEntries() throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, PERSON_HEADER
        + "person\tOlena Kovalchuk\t\tf\tUKR\t\tGOV\tForeign Minister\t2026-03-01\t\n"
        + "person\tMark Rutte\t\tm\tNLD\t\tGOV\tSpecial Envoy\t2024-01-01\t\n");
    ActorKb kb = ActorKb.load(List.of(file));
    assertThat(SHIPPED.peopleWithRole("Foreign Minister", "UKR", LocalDate.of(2026, 6, 1))).extracting(KbEntry::name).doesNotContain("Olena Kovalchuk").hasSize(1);
    assertThat(kb.peopleWithRole("Foreign Minister", "UKR", LocalDate.of(2026, 6, 1))).extracting(KbEntry::name).containsExactly("Olena Kovalchuk");
    assertThat(kb.peopleWithRole("Foreign Minister", "UKR", LocalDate.of(2026, 2, 28))).extracting(KbEntry::name).doesNotContain("Olena Kovalchuk").hasSize(1);
    KbEntry.Person rutte = kb.peopleWithSurname("Rutte").get(0);
    assertThat(rutte.tenures()).singleElement().satisfies(t -> assertThat(t.role()).isEqualTo("Special Envoy"));
  }

  @Test
  void badRowsNameTheFileLineColumnAndReason() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, PERSON_HEADER + "person\tJane Roe\t\tf\tRussia\t\tGOV\tMayor\t2020-01-01\t\n");
    assertThatThrownBy(() -> ActorKb.load(List.of(file)))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ":2: column 'country': must be an ISO 3166-1 alpha-3 code, got 'Russia'");
    Files.writeString(file, PERSON_HEADER + "person\tJane Roe\t\tf\tRUS\t\tGOV\tMayor\tlast year\t\n");
    assertThatThrownBy(() -> ActorKb.load(List.of(file))).hasMessageContaining(":2: column 'from': not a date");
    Files.writeString(file, PERSON_HEADER + "person\tJane Roe\t\tf\tRUS\t\tGOV\tMayor\t2020-01-01\t2019-01-01\n");
    assertThatThrownBy(() -> ActorKb.load(List.of(file))).hasMessageContaining("column 'to': ends before it starts");
    Files.writeString(file, "type\tname\nplanet\tMars\n");
    assertThatThrownBy(() -> ActorKb.load(List.of(file))).hasMessageContaining("column 'type': must be country, region, org, body or person, got 'planet'");
  }

  @Test
  void partialDatesCoverTheirWholeMonthOrYear() throws IOException {
    Path file = dir.resolve("dates.tsv");
    Files.writeString(file, PERSON_HEADER + "person\tJane Roe\t\tf\tRUS\t\tGOV\tMayor\t2019-05\t2020\n");
    KbEntry.Person roe = ActorKb.load(List.of(file)).peopleWithSurname("Roe").get(0);
    assertThat(roe.tenureOn(LocalDate.of(2019, 5, 1))).isPresent();
    assertThat(roe.tenureOn(LocalDate.of(2020, 12, 31))).isPresent();
    assertThat(roe.tenureOn(LocalDate.of(2019, 4, 30))).isEmpty();
    assertThat(roe.tenureOn(LocalDate.of(2021, 1, 1))).isEmpty();
  }
}
