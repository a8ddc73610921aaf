package org.sitrep.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: script {@code NNN-*.sql} brings the schema to version NNN, kept in
 * SQLite's {@code user_version}. Each runs in one transaction, so a failed upgrade leaves the file
 * at the version before it.
 */
final class SqliteSchema {

  /** The migration scripts, in order; version = position + 1. */
  static final List<String> MIGRATIONS = List.of("001-initial.sql");

  private SqliteSchema() {}

  static void migrate(Connection db, Path file) throws SQLException {
    int version;
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      version = rs.getInt(1);
    }
    if (version > MIGRATIONS.size()) {
      throw new StoreException(file + ": made by a newer Sitrep (schema version " + version + ", this one knows up to " + MIGRATIONS.size() + ")");
    }
    if (version == 0 && hasTables(db)) {
      throw new StoreException(file + ": not a Sitrep database (it has tables but no Sitrep schema version)");
    }
    for (int v = version + 1; v <= MIGRATIONS.size(); v++) {
      String script = load(MIGRATIONS.get(v - 1));
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        for (String statement : statements(script)) {
          s.execute(statement);
        }
        s.execute("PRAGMA user_version = " + v);
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }

  private static boolean hasTables(Connection db) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      return rs.getInt(1) > 0;
    }
  }

  /** The script's statements: split at semicolons ending a line, comment lines dropped. */
  static List<String> statements(String script) {
    StringBuilder text = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(text.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String load(String name) {
    try (InputStream in = SqliteSchema.class.getResourceAsStream("sqlite/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  /** SQLite's message without the driver's decoration, e.g. "file is not a database". */
  static String reason(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (message.contains("SQLITE_NOTADB")) {
      return "not a SQLite database";
    }
    if (message.contains("SQLITE_BUSY")) {
      return "the database is locked by another process (another ingest?)";
    }
    int bracket = message.lastIndexOf("](");
    if (bracket >= 0 && message.endsWith(")")) {
      return message.substring(bracket + 2, message.length() - 1);
    }
    return message;
  }
}
