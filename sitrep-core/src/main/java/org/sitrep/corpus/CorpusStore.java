package org.sitrep.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the corpus lives. {@link SqliteStore} is the embedded one; a server database can implement
 * the same interface without callers changing. Every write is one article in one transaction:
 * after a crash an article is either wholly stored (its analysis, duplicate link, story and index
 * entries) or not at all.
 */
public interface CorpusStore extends AutoCloseable {

  /**
   * Makes this the only process ingesting into the store until it is closed: two clusterers
   * writing one corpus would each give out the same new story ids.
   *
   * @throws StoreException when another process is ingesting
   */
  void lockForIngest();

  /** Whether an article with this {@link ArticleKey} is stored. */
  boolean contains(String key);

  /** Stored canonical articles sharing a MinHash band with {@code signature}: near-duplicate candidates. */
  List<StoredSignature> duplicateCandidates(MinHashSignature signature);

  /** The document frequencies of the stored canonical articles. */
  TermStatistics termStatistics();

  /** Stories not merged into another whose last article is at or after {@code since}. */
  List<Story> storiesSeenSince(Instant since);

  /** An id no stored story has. */
  long nextStoryId();

  /** Stores one article with its placement, in one transaction. */
  void save(NewArticle article);

  /** How many articles, duplicates and live stories are stored. */
  CorpusCounts counts();

  /** Live stories whose last article is at or after {@code since}, the most recent first. */
  List<StoredStory> stories(Instant since, int limit);

  /** A story and its articles in time order; a merged story's id leads to the story it joined. */
  Optional<StoredStory> story(long id);

  /** The stored articles of a story in time order. */
  List<StoredArticle> articlesOf(long storyId);

  /** Articles matching the query, the most recent first. */
  List<StoredArticle> search(SearchQuery query);

  /** Every stored event of canonical articles, in article time order. */
  void forEachEvent(Consumer<StoredEvent> consumer);

  @Override
  void close();

  /** A canonical article's signature and story. */
  record StoredSignature(long articleId, long storyId, MinHashSignature signature) {}

  /** Stored counts. */
  record CorpusCounts(long articles, long duplicates, long stories) {}

  /** A story as stored. */
  record StoredStory(long id, Instant first, Instant last, int articles) {}

  /** Search criteria; null or blank ones do not filter. */
  record SearchQuery(String text, String actor, String type, Instant from, Instant to, int limit) {}
}
