package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Analysis;
import org.sitrep.read.Article;

class SqliteStoreTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  private static NewArticle article(String key, String body, long storyId, List<Long> mergedIn, Instant time) {
    Article article = new Article(key + ".txt", "Title " + key, List.of(), body, null, "Outlet " + key, OffsetDateTime.parse("2026-11-20T09:00:00+01:00"));
    Analysis analysis = new Analysis(Analysis.SCHEMA, key, new Analysis.Source(article.title(), null, article.outlet(), "2026-11-20T09:00+01:00", "en", List.of(),
        article.title() + "\n\n" + body), new Analysis.BriefJson(article.title(), List.of(), ""),
        List.of(new Analysis.ActorJson("a1", "Sergei Lavrov", "person", "RUS", null, "GOV", "Foreign Minister", "RUSGOV", List.of())),
        List.of(), List.of(), List.of());
    Story.StoryState state = new Story.StoryState(storyId, time.getEpochSecond(), time.getEpochSecond(), 1, Map.of("term", 1.0), Map.of(), Map.of());
    return new NewArticle(key, article, analysis, time, MinHashSignature.of(body), new NewArticle.InStory(state, mergedIn), Set.of("term"));
  }

  @Test
  void createsAVersionedWalDatabaseAndStoresArticles() throws Exception {
    Path file = dir.resolve("sub/corpus.db");
    try (SqliteStore store = SqliteStore.open(file)) {
      assertThat(store.contains("k1")).isFalse();
      store.save(article("k1", "Lavrov rejected the peace proposal.", store.nextStoryId(), List.of(), T0));
      assertThat(store.contains("k1")).isTrue();
      assertThat(store.counts()).isEqualTo(new CorpusStore.CorpusCounts(1, 0, 1));
      assertThat(store.search(new CorpusStore.SearchQuery("rejects proposals", null, null, null, null, 10))).hasSize(1);
      assertThat(store.search(new CorpusStore.SearchQuery(null, "lavrov", null, null, null, 10))).hasSize(1);
      assertThat(store.search(new CorpusStore.SearchQuery("ceasefire", null, null, null, null, 10))).isEmpty();
      assertThat(store.termStatistics().documents()).isEqualTo(1);
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(SqliteSchema.MIGRATIONS.size());
      assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
    }
    try (SqliteStore reopened = SqliteStore.open(file)) {
      assertThat(reopened.counts().articles()).isEqualTo(1);
      assertThat(reopened.nextStoryId()).isEqualTo(2);
    }
  }

  @Test
  void aFailedSaveLeavesNothingHalfWritten() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("c.db"))) {
      store.save(article("k1", "First body.", 1, List.of(), T0));
      CorpusStore.CorpusCounts before = store.counts();
      // The same key again violates the unique key after the story row and before the rest.
      assertThatThrownBy(() -> store.save(article("k1", "Other body.", 2, List.of(), T0)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("c.db")
          .hasMessageContaining("cannot store k1.txt");
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.story(2)).isEmpty();
      assertThat(store.search(new CorpusStore.SearchQuery("Other", null, null, null, null, 10))).isEmpty();
    }
  }

  @Test
  void aMergeMovesTheArticlesAndTheOldIdLeadsToTheNewStory() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("m.db"))) {
      store.save(article("a", "Body a.", 1, List.of(), T0));
      store.save(article("b", "Body b.", 2, List.of(), T0.plusSeconds(60)));
      store.save(article("c", "Body c.", 1, List.of(2L), T0.plusSeconds(120)));
      assertThat(store.articlesOf(1)).extracting(StoredArticle::origin).containsExactly("a.txt", "b.txt", "c.txt");
      assertThat(store.story(2)).get().extracting(CorpusStore.StoredStory::id).isEqualTo(1L);
      assertThat(store.counts().stories()).isEqualTo(1);
    }
  }

  @Test
  void refusesFilesThatAreNotSitrepDatabases() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some text that is long enough");
    assertThatThrownBy(() -> SqliteStore.open(text)).isInstanceOf(StoreException.class).hasMessage(text + ": not a SQLite database");

    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE payroll(name TEXT)");
    }
    assertThatThrownBy(() -> SqliteStore.open(other)).isInstanceOf(StoreException.class).hasMessageContaining("not a Sitrep database");

    Path newer = dir.resolve("newer.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> SqliteStore.open(newer)).isInstanceOf(StoreException.class).hasMessageContaining("made by a newer Sitrep");
  }

  @Test
  void onlyOneIngestMayWriteAtATime() {
    Path file = dir.resolve("locked.db");
    try (SqliteStore first = SqliteStore.open(file); SqliteStore second = SqliteStore.open(file)) {
      first.lockForIngest();
      assertThatThrownBy(second::lockForIngest).isInstanceOf(StoreException.class)
          .hasMessage(file + ": another sitrep ingest is writing to it; wait for it to finish");
    }
    try (SqliteStore again = SqliteStore.open(file)) {
      again.lockForIngest(); // released when the first closed
    }
  }
}
