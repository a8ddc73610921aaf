package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corpus.CorpusStore;
import org.sitrep.corpus.GdeltCsv;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.corpus.StoredArticle;

/** The corpus commands end to end on the labelled story set, with the real models and a real SQLite file. */
class CorpusCommandsTest {
  private static final Path STORIES = Path.of("../examples/stories");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path db;
  private static CliRun firstIngest;

  @BeforeAll
  static void ingestTheStorySet() {
    db = dir.resolve("corpus.db");
    firstIngest = CliRun.of("ingest", "--db", db.toString(), "--threads", "2", STORIES.toString());
  }

  /** Every stored article's origin and story, and the counts. */
  private static Map<String, Object> snapshot(Path database) {
    Map<String, Object> state = new TreeMap<>();
    try (SqliteStore store = SqliteStore.open(database)) {
      state.put("counts", store.counts());
      for (CorpusStore.StoredStory story : store.stories(Instant.EPOCH, Integer.MAX_VALUE)) {
        for (StoredArticle a : store.articlesOf(story.id())) {
          state.put(a.origin(), story.id() + (a.duplicateOf() == null ? "" : " copy of " + a.duplicateOf()));
        }
      }
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
    return state;
  }

  @Test
  void ingestStoresEveryArticleOnceLinksTheCopiesAndFindsTheStories() {
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isEqualTo(ExitCode.OK);
    assertThat(firstIngest.out()).contains("Stored 60 new articles (3 as copies of stored articles), 14 new stories; 0 already stored; 0 failed.");
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.counts()).isEqualTo(new CorpusStore.CorpusCounts(60, 3, 14));
    }
  }

  @Test
  void ingestingTheSameFolderAgainChangesNothing() {
    Map<String, Object> before = snapshot(db);
    CliRun again = CliRun.of("ingest", "--db", db.toString(), "--threads", "2", STORIES.toString());
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
    assertThat(again.out()).contains("Stored 0 new articles (0 as copies of stored articles), 0 new stories; 60 already stored; 0 failed.");
    assertThat(snapshot(db)).isEqualTo(before);
  }

  private static List<JsonNode> searchJson(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--db", db.toString(), "--format", "json"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    return run.outLines().stream().map(line -> {
      try {
        return JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  private static long peacePlanStory() {
    List<JsonNode> hits = searchJson("Leaked US draft would shelve Ukraine's NATO bid");
    return hits.stream().filter(h -> h.get("outlet").asText().equals("Harbour Courier")).findFirst().orElseThrow().get("story").asLong();
  }

  @Test
  void searchFindsThePeacePlanArticlesByTextByActorAndByType() {
    long story = peacePlanStory();
    List<JsonNode> byText = searchJson("\"peace proposal\" Putin");
    assertThat(byText).isNotEmpty().allSatisfy(h -> assertThat(h.get("story").asLong()).isEqualTo(story));

    List<JsonNode> lavrov = searchJson("--actor", "Lavrov");
    assertThat(lavrov).hasSizeGreaterThanOrEqualTo(2).allSatisfy(h -> assertThat(h.get("story").asLong()).isEqualTo(story));

    List<JsonNode> rejections = searchJson("--type", "reject", "--actor", "Putin");
    assertThat(rejections).extracting(h -> h.get("story").asLong()).contains(story);

    List<JsonNode> dated = searchJson("--actor", "Lavrov", "--from", "2026-11-22", "--to", "2026-11-22");
    assertThat(dated).allSatisfy(h -> assertThat(h.get("published").asText()).startsWith("2026-11-22"));
  }

  @Test
  void storyPrintsItsBriefAndATimelineInTimeOrderWithSources() throws IOException {
    long story = peacePlanStory();
    CliRun json = CliRun.of("story", String.valueOf(story), "--db", db.toString(), "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.OK);
    JsonNode report = JSON.readTree(json.out());
    assertThat(report.get("sources")).hasSize(5);
    assertThat(report.get("brief").get("keyPoints")).hasSize(3);
    List<Instant> times = new ArrayList<>();
    int multiSource = 0;
    for (JsonNode entry : report.get("timeline")) {
      times.add(Instant.parse(entry.get("time").asText()));
      assertThat(entry.get("sources")).isNotEmpty();
      multiSource += entry.get("sources").size() > 1 ? 1 : 0;
    }
    assertThat(times).hasSizeGreaterThan(5).isSorted();
    assertThat(multiSource).as("an event several outlets reported is one entry").isPositive();
    assertThat(report.get("conflictCooperation")).isNotEmpty();

    CliRun markdown = CliRun.of("story", String.valueOf(story), "--db", db.toString());
    assertThat(markdown.out()).contains("## Timeline", "## Sources", "Baltic Wire", "Eastern Dispatch", "## Conflict–cooperation index");
    assertThat(markdown.outLines().stream().filter(l -> l.startsWith("- ")).count()).isGreaterThan(5);
  }

  @Test
  void storiesListsTheStoriesSinceADate() {
    CliRun all = CliRun.of("stories", "--db", db.toString());
    assertThat(all.outLines()).hasSize(14);
    CliRun recent = CliRun.of("stories", "--db", db.toString(), "--since", "2026-11-25", "--format", "json");
    assertThat(recent.outLines()).isNotEmpty().hasSizeLessThan(14)
        .allSatisfy(line -> assertThat(line).contains("\"lastSeen\":\"2026-11-2"));
  }

  @Test
  void exportsEventsAsGdeltColumnsAndAsJsonLines() throws IOException {
    Path csv = dir.resolve("events.csv");
    CliRun run = CliRun.of("export", "events", "--db", db.toString(), "--format", "csv", "--output", csv.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0).split(",")).hasSize(GdeltCsv.COLUMNS.size()).startsWith("GLOBALEVENTID", "SQLDATE");
    assertThat(lines).hasSizeGreaterThan(50);
    for (String line : lines.subList(1, lines.size())) {
      assertThat(csvCells(line)).as(line).hasSize(GdeltCsv.COLUMNS.size());
    }
    CliRun jsonl = CliRun.of("export", "events", "--db", db.toString(), "--format", "jsonl");
    assertThat(jsonl.outLines()).hasSize(lines.size() - 1);
    assertThat(JSON.readTree(jsonl.outLines().get(0)).get("event").get("type").asText()).isNotEmpty();
  }

  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void aBadFileInAnIngestFolderIsReportedAndSkippedAndTheStoreIsUnaffected() throws IOException {
    Path small = dir.resolve("small.db");
    Path first = STORIES.resolve("spain-floods/01-iberian-daily-post.md");
    assertThat(CliRun.of("ingest", "--db", small.toString(), first.toString()).exitCode()).isEqualTo(ExitCode.OK);
    Map<String, Object> before = snapshot(small);

    Path folder = Files.createDirectories(dir.resolve("batch"));
    Files.copy(STORIES.resolve("spain-floods/02-global-wire-service.md"), folder.resolve("a-good.md"));
    Path binary = folder.resolve("b-photo.md");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path empty = Files.writeString(folder.resolve("c-empty.md"), "");
    CliRun run = CliRun.of("ingest", "--db", small.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.errLines()).containsExactlyInAnyOrder(
        "sitrep: " + binary + ": not UTF-8 text (binary file?)", "sitrep: " + empty + ": empty file");
    assertThat(run.out()).contains("Stored 1 new article (0 as copies of stored articles)").contains("2 failed");
    Map<String, Object> after = snapshot(small);
    before.forEach((origin, story) -> {
      if (!origin.equals("counts")) {
        assertThat(after).containsEntry(origin, story);
      }
    });
    assertThat(after).containsKey(folder.resolve("a-good.md").toString());
  }

  @Test
  void corpusCommandsExplainBadRequestsInOneLine() {
    CliRun noCriteria = CliRun.of("search", "--db", db.toString());
    assertThat(noCriteria.exitCode()).isEqualTo(ExitCode.NOTHING_DONE);
    assertThat(noCriteria.errLines()).containsExactly("sitrep: give a QUERY or at least one of --actor, --type, --from, --to");

    CliRun badType = CliRun.of("search", "--db", db.toString(), "--type", "SHOUT");
    assertThat(badType.errLines()).singleElement().asString().startsWith("sitrep: --type: not a PLOVER event type: 'SHOUT'");

    CliRun noStory = CliRun.of("story", "9999", "--db", db.toString());
    assertThat(noStory.errLines()).containsExactly("sitrep: no story 9999 in " + db);

    Path missing = dir.resolve("missing.db");
    CliRun noDb = CliRun.of("stories", "--db", missing.toString());
    assertThat(noDb.errLines()).containsExactly("sitrep: " + missing + ": no such database (run sitrep ingest first, or pass --db FILE)");
    assertThat(Files.exists(missing)).isFalse();

    CliRun badDate = CliRun.of("stories", "--db", db.toString(), "--since", "last week");
    assertThat(badDate.errLines()).singleElement().asString().startsWith("sitrep: --since: not a date");
  }
}
