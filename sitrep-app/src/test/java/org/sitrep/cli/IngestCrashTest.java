package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code sitrep ingest} killed with SIGKILL in the middle of a folder leaves a sound
 * database of whole articles, and running it again stores exactly the rest.
 */
class IngestCrashTest {
  private static final Path STORIES = Path.of("../examples/stories").toAbsolutePath().normalize();
  private static final int ARTICLES = 60;

  @TempDir Path dir;

  private static long count(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return -1; // not created yet, or the schema is being written
    }
  }

  private static String integrity(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }

  @Test
  void aKilledIngestLeavesWholeArticlesAndARerunStoresEachArticleExactlyOnce() throws Exception {
    Path db = dir.resolve("crash.db");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
            SitrepCommand.class.getName(), "ingest", "--db", db.toString(), "--threads", "1", "--no-progress", STORIES.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long stored = -1;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    try {
      while (System.nanoTime() < deadline && child.isAlive()) {
        stored = count(db, "SELECT count(*) FROM articles");
        if (stored >= 5) {
          break;
        }
        Thread.sleep(50);
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
      child.waitFor(1, TimeUnit.MINUTES);
    }
    assertThat(stored).as("the child stored some articles before the kill; log:\n" + Files.readString(dir.resolve("child.log")))
        .isGreaterThanOrEqualTo(5);
    long atKill = count(db, "SELECT count(*) FROM articles");
    assertThat(atKill).as("killed mid-way").isLessThan(ARTICLES);
    assertThat(integrity(db)).isEqualTo("ok");
    assertThat(count(db, "SELECT count(*) FROM article_text")).as("each stored article is whole: its text is indexed").isEqualTo(atKill);
    assertThat(count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)")).isZero();

    CliRun rerun = CliRun.of("ingest", "--db", db.toString(), "--threads", "2", STORIES.toString());

    assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCode.OK);
    assertThat(rerun.out()).contains("; " + atKill + " already stored; 0 failed.");
    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count(db, "SELECT count(DISTINCT origin) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count(db, "SELECT count(*) FROM article_text")).isEqualTo(ARTICLES);
    assertThat(integrity(db)).isEqualTo("ok");
  }
}
