package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ClusteringScore;

/**
 * Online clustering must cost about the same per article however long the stream has run: the
 * inverted index and the closing of idle stories keep the candidates bounded. Measured on 10,000
 * and 100,000 synthetic articles at the same rate per day, timing only the clustering.
 */
class ClusteringCostTest {

  private static final int PER_DAY = 2_000;

  private record Run(double microsPerArticle, ClusteringScore score, int openStories) {}

  private static Run cluster(int articles) {
    SyntheticNews news = new SyntheticNews(42, PER_DAY);
    long[] nextId = {1};
    TermStatistics statistics = TermStatistics.empty();
    StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.DEFAULTS, statistics, () -> nextId[0]++);
    Map<Integer, String> gold = new HashMap<>();
    Map<Integer, String> found = new HashMap<>();
    Map<Long, Long> mergedInto = new HashMap<>();
    long nanos = 0;
    for (int i = 0; i < articles; i++) {
      SyntheticNews.Item item = news.next();
      long start = System.nanoTime();
      statistics.countDocument(item.features().terms().keySet());
      StoryClusterer.Assignment a = clusterer.assign(item.features());
      nanos += System.nanoTime() - start;
      a.mergedIn().forEach(gone -> mergedInto.put(gone, a.story().id()));
      gold.put(i, Integer.toString(item.story()));
      found.put(i, Long.toString(a.story().id()));
    }
    found.replaceAll((i, story) -> Long.toString(resolve(Long.parseLong(story), mergedInto)));
    return new Run(nanos / 1000.0 / articles, ClusteringScore.of(gold, found), clusterer.openStories());
  }

  private static long resolve(long story, Map<Long, Long> mergedInto) {
    while (mergedInto.containsKey(story)) {
      story = mergedInto.get(story);
    }
    return story;
  }

  @Test
  void clustering100kArticlesCostsAtMostTwiceThePerArticleTimeOf10k() {
    cluster(5_000); // warms the JIT
    Run small = cluster(10_000);
    Run large = cluster(100_000);
    System.out.printf("clustering cost: 10,000 articles %.1f µs/article (%d open stories, pairwise F1 %.3f); "
            + "100,000 articles %.1f µs/article (%d open stories, pairwise F1 %.3f); ratio %.2f%n",
        small.microsPerArticle(), small.openStories(), small.score().pairF1(),
        large.microsPerArticle(), large.openStories(), large.score().pairF1(), large.microsPerArticle() / small.microsPerArticle());
    assertThat(large.microsPerArticle()).isLessThanOrEqualTo(2 * small.microsPerArticle());
    assertThat(large.score().pairF1()).as("the synthetic stories are found").isGreaterThan(0.8);
  }
}
