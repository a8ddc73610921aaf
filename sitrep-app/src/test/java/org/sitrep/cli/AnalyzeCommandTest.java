package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.ContractValidator;
import org.sitrep.testing.Fixtures;

/** {@code sitrep analyze} end to end, in process, with the real models. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void oneFileGivesOneValidJsonLine() {
    Path article = Fixtures.articles().get(0);
    CliRun run = CliRun.of("analyze", "--format", "json", article.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).hasSize(1);
    assertThat(ContractValidator.create().violations(run.outLines().get(0))).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    Path missing = dir.resolve("missing.txt");
    CliRun run = CliRun.of("analyze", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("sitrep: " + missing + ": no such file or directory");
  }

  @Test
  void aBinaryFileIsOneLineAndExitTwo() throws IOException {
    Path binary = dir.resolve("photo.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
    CliRun run = CliRun.of("analyze", binary.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.errLines()).containsExactly("sitrep: " + binary + ": not UTF-8 text (binary file?)");
  }

  @Test
  void anEmptyFileIsOneLineAndExitTwo() throws IOException {
    Path empty = write("empty.txt", "");
    CliRun run = CliRun.of("analyze", empty.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.errLines()).containsExactly("sitrep: " + empty + ": empty file");
  }

  @Test
  void aFolderWithOneBadFileAnalysesTheGoodOnesAndExitsOne() throws IOException {
    write("a.txt", "Talks resume in Geneva\n\nDiplomats from France and Germany met on Monday. They agreed to meet again.");
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3});
    write("c.jsonl", "{\"title\":\"Port reopens\",\"body\":\"The port of Odesa reopened on Friday, officials said.\"}\n{not json}\n");
    CliRun run = CliRun.of("analyze", "--threads", "2", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.outLines()).hasSize(2);
    ContractValidator validator = ContractValidator.create();
    run.outLines().forEach(line -> assertThat(validator.violations(line)).isEmpty());
    assertThat(run.outLines().get(0)).contains("Talks resume in Geneva");
    assertThat(run.outLines().get(1)).contains("Port reopens");
    assertThat(run.errLines()).containsExactly(
        "sitrep: " + dir.resolve("b.txt") + ": not UTF-8 text (binary file?)",
        "sitrep: " + dir.resolve("c.jsonl") + ":2: malformed JSON: " + run.errLines().get(1).replaceFirst(".*malformed JSON: ", ""));
  }

  @Test
  void markdownIsTheBriefInTheSeedShapeThenActors() {
    CliRun run = CliRun.of("analyze", "--format", "markdown", Fixtures.articles().get(1).toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    String[] lines = run.out().split("\n");
    assertThat(lines[1]).startsWith("- ");
    assertThat(lines[2]).startsWith("- ");
    assertThat(lines[3]).startsWith("- ");
    assertThat(run.out()).contains("| Actor | Kind | Role | Code | Mentions |");
  }

  @Test
  void usageAndConfigurationErrorsExitTwo() throws IOException {
    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(CliRun.of("analyze", "--format", "xml", "x.txt").exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    CliRun run = CliRun.of("analyze", "--disable", "coref", Fixtures.articles().get(0).toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.errLines()).containsExactly("sitrep: stages.disabled: unknown stage 'coref' (stages: nlp, actors, events, positions, brief)");
    Path config = write("bad.properties", "threads=zero\n");
    CliRun bad = CliRun.of("analyze", "--config", config.toString(), Fixtures.articles().get(0).toString());
    assertThat(bad.errLines()).containsExactly("sitrep: config file " + config + ": threads must be an integer, got 'zero'");
  }

  @Test
  void disablingStagesLeavesTheirLayersEmptyButTheOutputValid() {
    CliRun run = CliRun.of("analyze", "--disable", "actors,events,positions,brief", Fixtures.articles().get(0).toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(ContractValidator.create().violations(run.out().strip())).isEmpty();
    assertThat(run.out()).contains("\"actors\":[]").contains("\"keyPoints\":[]");
  }

  @Test
  void aUserActorFileChangesTheOutputWithoutARebuild() throws IOException {
    Path article = write("appointment.jsonl",
        "{\"title\":\"Kyiv names envoy\",\"published\":\"2026-05-04\",\"body\":\"Olena Kovalchuk met her Polish counterpart in Warsaw on Monday. Kovalchuk said the talks were useful.\"}\n");
    CliRun before = CliRun.of("analyze", article.toString());
    assertThat(before.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(before.out()).contains("\"name\":\"Olena Kovalchuk\"").doesNotContain("\"role\":\"Foreign Minister\"");

    Path actors = write("my-actors.tsv", "type\tname\taliases\tgender\tcountry\torg\tsector\trole\tfrom\tto\n"
        + "person\tOlena Kovalchuk\t\tf\tUKR\t\tGOV\tForeign Minister\t2026-03-01\t\n");
    CliRun after = CliRun.of("analyze", "--actors", actors.toString(), article.toString());
    assertThat(after.exitCode()).as(after.err()).isEqualTo(ExitCode.OK);
    assertThat(after.out()).contains("\"name\":\"Olena Kovalchuk\",\"kind\":\"person\",\"country\":\"UKR\",\"org\":null,\"sector\":\"GOV\",\"role\":\"Foreign Minister\",\"code\":\"UKRGOV\"");
    assertThat(after.out()).contains("\"text\":\"her\"");
  }

  @Test
  void aBadActorFileIsOneLineAndExitTwo() throws IOException {
    Path actors = write("bad-actors.tsv", "type\tname\tcountry\nperson\tJane Roe\tRussia\n");
    CliRun run = CliRun.of("analyze", "--actors", actors.toString(), Fixtures.articles().get(0).toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(run.errLines()).containsExactly("sitrep: actor knowledge base: " + actors + ":2: column 'country': must be an ISO 3166-1 alpha-3 code, got 'Russia'");
  }
}
