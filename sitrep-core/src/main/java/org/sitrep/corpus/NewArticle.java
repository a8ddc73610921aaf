package org.sitrep.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sitrep.analysis.Analysis;
import org.sitrep.read.Article;

/**
 * An analysed article ready to store, with where it goes.
 *
 * @param key its {@link ArticleKey}
 * @param time its publication time, or the ingest time when it has none
 * @param countedKeys its terms and actor keys, to add to the stored document frequencies
 */
public record NewArticle(String key, Article article, Analysis analysis, Instant time, MinHashSignature signature, Placement placement, Set<String> countedKeys) {

  /** Where an article goes: a copy of a stored article, or a member of a story. */
  public sealed interface Placement {
    long storyId();
  }

  /** A near-duplicate: an extra source for its canonical article's story, not clustered itself. */
  public record DuplicateOf(long canonicalId, long storyId) implements Placement {}

  /**
   * A canonical article placed by the clusterer.
   *
   * @param story the story's state after the article joined it
   * @param mergedIn stories merged into it by this article
   */
  public record InStory(Story.StoryState story, List<Long> mergedIn) implements Placement {
    @Override
    public long storyId() {
      return story.id();
    }
  }
}
