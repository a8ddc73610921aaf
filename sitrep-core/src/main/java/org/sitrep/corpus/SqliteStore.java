package org.sitrep.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.analysis.Analysis;
import org.sitrep.analysis.Analysis.ActorJson;
import org.sitrep.analysis.Analysis.EventJson;
import org.sitrep.analysis.AnalysisJson;

/**
 * The corpus in one SQLite file: write-ahead logging so readers (a search while an ingest runs)
 * do not block the writer and a killed process leaves the last committed article intact, schema
 * versions applied by {@link SqliteSchema}, and an FTS5 index of titles and bodies.
 */
public final class SqliteStore implements CorpusStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Connection db;
  private long nextStoryId;
  private FileChannel lockChannel;

  private SqliteStore(Path file, Connection db) throws SQLException {
    this.file = file;
    this.db = db;
    nextStoryId = firstFreeStoryId();
  }

  private long firstFreeStoryId() throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM stories")) {
      return rs.getLong(1);
    }
  }

  /**
   * Opens the store in {@code file}, creating it and its folder when missing and bringing its
   * schema up to date.
   *
   * @throws StoreException when the file is not a Sitrep database or cannot be opened
   */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
    }
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        // With WAL, NORMAL loses no committed transaction when the process dies; only a power
        // cut may lose the last ones, and never corrupts the file.
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      SqliteSchema.migrate(db, file);
      return new SqliteStore(file, db);
    } catch (SQLException e) {
      closeQuietly(db);
      throw new StoreException(file + ": " + SqliteSchema.reason(e), e);
    } catch (StoreException e) {
      closeQuietly(db);
      throw e;
    }
  }

  /**
   * Holds an OS lock on {@code FILE.lock} beside the database; the OS releases it when the process
   * ends, however it ends, so a killed ingest never leaves a stale lock.
   */
  @Override
  public void lockForIngest() {
    if (lockChannel != null) {
      return;
    }
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try {
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new StoreException(file + ": another sitrep ingest is writing to it; wait for it to finish");
      }
      lockChannel = channel;
      // Story ids are given out from memory: read them again now that no one else writes.
      nextStoryId = firstFreeStoryId();
    } catch (IOException e) {
      throw new StoreException(file + ": cannot lock " + lockFile + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException(file + ": " + SqliteSchema.reason(e), e);
    }
  }

  @Override
  public boolean contains(String key) {
    return query("SELECT 1 FROM articles WHERE key = ?", ps -> ps.setString(1, key), ResultSet::next);
  }

  @Override
  public List<StoredSignature> duplicateCandidates(MinHashSignature signature) {
    long[] bands = signature.bandKeys();
    StringBuilder sql = new StringBuilder(
        "SELECT DISTINCT a.id, a.story_id, s.signature FROM signature_bands b JOIN articles a ON a.id = b.article_id"
            + " JOIN signatures s ON s.article_id = a.id WHERE b.band_key IN (");
    for (int i = 0; i < bands.length; i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    sql.append(')');
    return query(sql.toString(), ps -> {
      for (int i = 0; i < bands.length; i++) {
        ps.setLong(i + 1, bands[i]);
      }
    }, rs -> {
      List<StoredSignature> found = new ArrayList<>();
      while (rs.next()) {
        found.add(new StoredSignature(rs.getLong(1), rs.getLong(2), MinHashSignature.fromBytes(rs.getBytes(3))));
      }
      return found;
    });
  }

  @Override
  public TermStatistics termStatistics() {
    Map<String, Integer> df = query("SELECT term, df FROM term_df", ps -> {}, rs -> {
      Map<String, Integer> map = new HashMap<>();
      while (rs.next()) {
        map.put(rs.getString(1), rs.getInt(2));
      }
      return map;
    });
    long documents = query("SELECT count(*) FROM articles", ps -> {}, rs -> rs.getLong(1));
    return new TermStatistics(df, documents);
  }

  @Override
  public List<Story> storiesSeenSince(Instant since) {
    return query("SELECT state FROM stories WHERE merged_into IS NULL AND last_seen >= ? ORDER BY id", ps -> ps.setLong(1, since.getEpochSecond()), rs -> {
      List<Story> stories = new ArrayList<>();
      while (rs.next()) {
        stories.add(Story.of(readState(rs.getString(1))));
      }
      return stories;
    });
  }

  @Override
  public long nextStoryId() {
    return nextStoryId++;
  }

  @Override
  public void save(NewArticle article) {
    try {
      db.setAutoCommit(false);
      try {
        saveStory(article.placement());
        long id = insertArticle(article);
        insertActorsAndEvents(id, article.analysis());
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO article_text(rowid, title, body) VALUES (?, ?, ?)")) {
          ps.setLong(1, id);
          ps.setString(2, article.article().title());
          ps.setString(3, article.article().body());
          ps.executeUpdate();
        }
        if (article.placement() instanceof NewArticle.InStory) {
          insertSignature(id, article.signature());
        }
        countKeys(article.countedKeys());
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store " + article.article().origin() + ": " + SqliteSchema.reason(e), e);
    }
  }

  private void saveStory(NewArticle.Placement placement) throws SQLException {
    if (!(placement instanceof NewArticle.InStory inStory)) {
      return;
    }
    Story.StoryState state = inStory.story();
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO stories(id, first_seen, last_seen, articles, state) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
            + " articles = excluded.articles, state = excluded.state")) {
      ps.setLong(1, state.id());
      ps.setLong(2, state.firstSecond());
      ps.setLong(3, state.lastSecond());
      ps.setInt(4, state.articles());
      ps.setString(5, writeState(state));
      ps.executeUpdate();
    }
    for (long gone : inStory.mergedIn()) {
      try (PreparedStatement move = db.prepareStatement("UPDATE articles SET story_id = ? WHERE story_id = ?");
          PreparedStatement mark = db.prepareStatement("UPDATE stories SET merged_into = ? WHERE id = ? OR merged_into = ?")) {
        move.setLong(1, state.id());
        move.setLong(2, gone);
        move.executeUpdate();
        mark.setLong(1, state.id());
        mark.setLong(2, gone);
        mark.setLong(3, gone);
        mark.executeUpdate();
      }
    }
  }

  private long insertArticle(NewArticle article) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO articles(key, origin, url, outlet, title, published, time, ingested, duplicate_of, story_id, analysis)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, article.key());
      ps.setString(2, article.article().origin());
      ps.setString(3, article.article().url());
      ps.setString(4, article.article().outlet());
      ps.setString(5, article.article().title());
      ps.setString(6, article.article().published() == null ? null : article.article().published().toString());
      ps.setLong(7, article.time().getEpochSecond());
      ps.setString(8, Instant.now().toString());
      if (article.placement() instanceof NewArticle.DuplicateOf dup) {
        ps.setLong(9, dup.canonicalId());
      } else {
        ps.setNull(9, java.sql.Types.INTEGER);
      }
      ps.setLong(10, article.placement().storyId());
      ps.setString(11, AnalysisJson.line(article.analysis()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void insertActorsAndEvents(long id, Analysis analysis) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (ActorJson actor : analysis.actors()) {
        ps.setLong(1, id);
        ps.setString(2, actor.id());
        ps.setString(3, actor.name());
        ps.setString(4, actor.kind());
        ps.setString(5, actor.country());
        ps.setString(6, actor.code());
        ps.setInt(7, actor.mentions().size());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (EventJson event : analysis.events()) {
        ps.setLong(1, id);
        ps.setString(2, event.id());
        ps.setInt(3, position++);
        ps.setString(4, event.type());
        ps.setString(5, event.cameo());
        ps.setDouble(6, event.goldstein());
        ps.setInt(7, event.quadClass());
        ps.setString(8, event.source());
        ps.setString(9, event.target());
        ps.setString(10, event.certainty());
        ps.setInt(11, event.negated() ? 1 : 0);
        ps.setString(12, event.evidence() == null ? "" : event.evidence().text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertSignature(long id, MinHashSignature signature) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO signatures VALUES (?, ?)")) {
      ps.setLong(1, id);
      ps.setBytes(2, signature.toBytes());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO signature_bands VALUES (?, ?)")) {
      for (long band : signature.bandKeys()) {
        ps.setLong(1, band);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void countKeys(java.util.Set<String> keys) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO term_df(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1")) {
      for (String term : keys) {
        ps.setString(1, term);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public CorpusCounts counts() {
    return query(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            + " (SELECT count(*) FROM stories WHERE merged_into IS NULL)",
        ps -> {}, rs -> new CorpusCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
  }

  @Override
  public List<StoredStory> stories(Instant since, int limit) {
    return query("SELECT id, first_seen, last_seen, articles FROM stories WHERE merged_into IS NULL AND last_seen >= ? ORDER BY last_seen DESC, id DESC LIMIT ?",
        ps -> {
          ps.setLong(1, since.getEpochSecond());
          ps.setInt(2, limit);
        },
        rs -> {
          List<StoredStory> list = new ArrayList<>();
          while (rs.next()) {
            list.add(storyRow(rs));
          }
          return list;
        });
  }

  @Override
  public Optional<StoredStory> story(long id) {
    long live = query("SELECT coalesce(merged_into, id) FROM stories WHERE id = ?", ps -> ps.setLong(1, id), rs -> rs.next() ? rs.getLong(1) : -1L);
    if (live < 0) {
      return Optional.empty();
    }
    return query("SELECT id, first_seen, last_seen, articles FROM stories WHERE id = ?", ps -> ps.setLong(1, live),
        rs -> rs.next() ? Optional.of(storyRow(rs)) : Optional.empty());
  }

  private static StoredStory storyRow(ResultSet rs) throws SQLException {
    return new StoredStory(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2)), Instant.ofEpochSecond(rs.getLong(3)), rs.getInt(4));
  }

  private static final String ARTICLE_COLUMNS = "a.id, a.origin, a.url, a.outlet, a.title, a.published, a.time, a.duplicate_of, a.story_id, a.analysis";

  @Override
  public List<StoredArticle> articlesOf(long storyId) {
    return query("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.story_id = ? ORDER BY a.time, a.id", ps -> ps.setLong(1, storyId), SqliteStore::articleRows);
  }

  @Override
  public List<StoredArticle> search(SearchQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    String match = SearchText.ftsQuery(q.text());
    if (!match.isEmpty()) {
      sql.append(" AND a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)");
      args.add(match);
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      sql.append(" AND a.id IN (SELECT article_id FROM actors WHERE name LIKE ? ESCAPE '\\' OR code = ?)");
      args.add("%" + q.actor().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      args.add(q.actor().strip().toUpperCase(Locale.ROOT));
    }
    if (q.type() != null && !q.type().isBlank()) {
      sql.append(" AND a.id IN (SELECT article_id FROM events WHERE type = ?)");
      args.add(q.type().strip().toUpperCase(Locale.ROOT));
    }
    if (q.from() != null) {
      sql.append(" AND a.time >= ?");
      args.add(q.from().getEpochSecond());
    }
    if (q.to() != null) {
      sql.append(" AND a.time < ?");
      args.add(q.to().getEpochSecond());
    }
    sql.append(" ORDER BY a.time DESC, a.id DESC LIMIT ?");
    args.add(q.limit());
    return query(sql.toString(), ps -> {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
    }, SqliteStore::articleRows);
  }

  @Override
  public void forEachEvent(Consumer<StoredEvent> consumer) {
    String sql = "SELECT a.id, a.story_id, a.url, a.outlet, a.published, a.time, a.ingested, a.analysis FROM articles a"
        + " WHERE a.duplicate_of IS NULL AND EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id) ORDER BY a.time, a.id";
    query(sql, ps -> {}, rs -> {
      while (rs.next()) {
        Analysis analysis = AnalysisJson.parse(rs.getString(8));
        Map<String, ActorJson> actors = new HashMap<>();
        analysis.actors().forEach(a -> actors.put(a.id(), a));
        int leadEnd = leadParagraphEnd(analysis.source());
        int number = 0;
        for (EventJson event : analysis.events()) {
          boolean lead = event.evidence() != null && event.evidence().start() < leadEnd;
          consumer.accept(new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Instant.ofEpochSecond(rs.getLong(6)), Instant.parse(rs.getString(7)), ++number, lead, event, actors.get(event.source()), actors.get(event.target())));
        }
      }
      return null;
    });
  }

  /**
   * Where the body's first paragraph ends in the canonical text: title, blank line, key points,
   * blank line, body (empty parts left out with their blank line).
   */
  static int leadParagraphEnd(Analysis.Source source) {
    String text = source.text();
    int sectionsBefore = (source.title().isEmpty() ? 0 : 1) + (source.keyPoints().isEmpty() ? 0 : 1);
    int bodyStart = 0;
    for (int i = 0; i < sectionsBefore; i++) {
      bodyStart = text.indexOf("\n\n", bodyStart) + 2;
    }
    int end = text.indexOf("\n\n", bodyStart);
    return end < 0 ? text.length() : end;
  }

  private static List<StoredArticle> articleRows(ResultSet rs) throws SQLException {
    List<StoredArticle> list = new ArrayList<>();
    while (rs.next()) {
      long dup = rs.getLong(8);
      Long duplicateOf = rs.wasNull() ? null : dup;
      list.add(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
          Instant.ofEpochSecond(rs.getLong(7)), duplicateOf, rs.getLong(9), AnalysisJson.parse(rs.getString(10))));
    }
    return list;
  }

  /** Runs an SQL check on the file, for tests and {@code sitrep} diagnostics: "ok" when sound. */
  public String integrityCheck() {
    return query("PRAGMA integrity_check", ps -> {}, rs -> rs.getString(1));
  }

  @Override
  public void close() {
    try {
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      // Closing the channel releases the lock; the OS releases it at exit anyway.
    }
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close: " + e.getMessage(), e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Binder binder, Reader<T> reader) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": " + SqliteSchema.reason(e), e);
    }
  }

  private static String writeState(Story.StoryState state) {
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a story state always serialises", e);
    }
  }

  private Story.StoryState readState(String json) {
    try {
      return JSON.readValue(json, Story.StoryState.class);
    } catch (JsonProcessingException e) {
      throw new StoreException(file + ": a story's stored state is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // Already failing with a better message.
      }
    }
  }
}
