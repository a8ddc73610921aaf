package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  private final TermStatistics statistics = TermStatistics.empty();
  private long nextId = 1;
  private final StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.DEFAULTS, statistics, () -> nextId++);

  private static DocumentFeatures doc(String words, String actors, Instant time) {
    Map<String, Integer> terms = new HashMap<>();
    for (String w : words.split(" ")) {
      terms.merge(w, 1, Integer::sum);
    }
    Map<String, Integer> actorCounts = new HashMap<>();
    for (String a : actors.split(",")) {
      if (!a.isBlank()) {
        actorCounts.merge(a.strip(), 2, Integer::sum);
      }
    }
    return new DocumentFeatures(terms, actorCounts, Map.of(), time);
  }

  private StoryClusterer.Assignment assign(DocumentFeatures features) {
    statistics.countDocument(features.terms().keySet());
    return clusterer.assign(features);
  }

  private static final String SWAP = "prisoner exchange swap emirates border families soldiers freed";
  private static final String GRID = "missile drone attack power grid blackout outages ukrenergo";

  @Test
  void articlesAboutOneEventJoinOneStoryAndAnotherEventStartsItsOwn() {
    StoryClusterer.Assignment first = assign(doc(SWAP + " war", "country:russia, country:ukraine", T0));
    StoryClusterer.Assignment second = assign(doc(SWAP + " buses checkpoint", "country:ukraine, country:russia", T0.plus(Duration.ofHours(5))));
    StoryClusterer.Assignment confounder = assign(doc(GRID + " war", "country:russia, country:ukraine", T0.plus(Duration.ofHours(6))));

    assertThat(first.started()).isTrue();
    assertThat(second.started()).isFalse();
    assertThat(second.story().id()).isEqualTo(first.story().id());
    assertThat(second.story().articles()).isEqualTo(2);
    assertThat(confounder.started()).as("same actors, different event").isTrue();
  }

  @Test
  void theSameWordsAfterTheStoryClosedStartANewStory() {
    StoryClusterer.Assignment first = assign(doc(SWAP, "country:ukraine", T0));
    StoryClusterer.Assignment later = assign(doc(SWAP, "country:ukraine", T0.plus(Duration.ofDays(30))));
    assertThat(later.started()).isTrue();
    assertThat(later.story().id()).isNotEqualTo(first.story().id());
  }

  @Test
  void anArticleBridgingTwoStoriesOfOneEventMergesThem() {
    StoryClusterer.Assignment early = assign(doc(SWAP, "country:ukraine", T0));
    // Fifteen days later the first story is out of the window: a second story starts.
    StoryClusterer.Assignment late = assign(doc(SWAP, "country:ukraine", T0.plus(Duration.ofDays(15))));
    assertThat(late.started()).isTrue();
    // Halfway between, an article is close enough to both: they were one story.
    StoryClusterer.Assignment bridge = assign(doc(SWAP, "country:ukraine", T0.plus(Duration.ofDays(7))));
    assertThat(bridge.mergedIn()).hasSize(1);
    assertThat(bridge.story().articles()).isEqualTo(3);
    assertThat(java.util.List.of(early.story().id(), late.story().id())).contains(bridge.story().id(), bridge.mergedIn().get(0));
    assertThat(clusterer.openStories()).isEqualTo(1);
  }

  @Test
  void aReopenedStoryTakesNewArticles() {
    StoryClusterer.Assignment first = assign(doc(SWAP, "country:ukraine", T0));
    StoryClusterer reopened = new StoryClusterer(ClusteringSettings.DEFAULTS, statistics, () -> 99);
    reopened.reopen(java.util.List.of(Story.of(first.story().state())));
    DocumentFeatures next = doc(SWAP + " buses", "country:ukraine", T0.plus(Duration.ofHours(3)));
    statistics.countDocument(next.terms().keySet());
    StoryClusterer.Assignment joined = reopened.assign(next);
    assertThat(joined.started()).isFalse();
    assertThat(joined.story().id()).isEqualTo(first.story().id());
  }
}
