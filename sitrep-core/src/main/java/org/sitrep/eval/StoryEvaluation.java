package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sitrep.corpus.ClusteringSettings;
import org.sitrep.corpus.CorpusStore;
import org.sitrep.corpus.Ingester;
import org.sitrep.corpus.SqliteStore;
import org.sitrep.corpus.StoredArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadLimits;

/**
 * Scores story clustering on a labelled set: a folder with one subfolder per story. The articles
 * are ingested into a fresh database exactly as {@code sitrep ingest} does (folder names unseen),
 * and the stories found are compared with the folders.
 */
public final class StoryEvaluation {

  /** The score and, per article file, its gold story (folder) and the story found. */
  public record Result(ClusteringScore score, Map<String, String> gold, Map<String, String> found) {}

  private StoryEvaluation() {}

  /**
   * Ingests {@code dir} into the new database {@code db} and scores the stories found.
   *
   * @param progress hears about each article as it is stored
   */
  public static Result run(Path dir, Path db, Pipeline pipeline, int threads, ClusteringSettings settings, ReadLimits limits, Consumer<Ingester.Outcome> progress) {
    Map<String, String> gold = new TreeMap<>();
    Map<String, String> found = new TreeMap<>();
    try (SqliteStore store = SqliteStore.open(db);
        var items = ArticleReaders.read(List.of(dir), limits)) {
      new Ingester(store, () -> pipeline, threads, settings).ingest(items, progress);
      for (CorpusStore.StoredStory story : store.stories(java.time.Instant.EPOCH, Integer.MAX_VALUE)) {
        for (StoredArticle article : store.articlesOf(story.id())) {
          Path file = Path.of(article.origin());
          Path relative = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
          if (relative.getNameCount() < 2) {
            throw new IllegalArgumentException(article.origin() + ": not in a story folder (the set needs one subfolder per story)");
          }
          gold.put(relative.toString(), relative.getName(0).toString());
          found.put(relative.toString(), "story " + story.id());
        }
      }
    }
    return new Result(ClusteringScore.of(gold, found), gold, found);
  }

  /** The scores, then each story found with the gold stories of its articles; mixed ones marked. */
  public static String report(Result result) {
    ClusteringScore s = result.score();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Stories: %d articles, %d labelled stories, %d found%n", s.items(), s.goldClusters(), s.predictedClusters()));
    out.append(String.format(Locale.ROOT, "  pairwise  precision %.3f  recall %.3f  F1 %.3f%n", s.pairPrecision(), s.pairRecall(), s.pairF1()));
    out.append(String.format(Locale.ROOT, "  B-cubed   precision %.3f  recall %.3f  F1 %.3f%n", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1()));
    Map<String, List<String>> byFound = new TreeMap<>();
    result.found().forEach((file, story) -> byFound.computeIfAbsent(story, k -> new ArrayList<>()).add(result.gold().get(file)));
    Map<String, Long> storiesPerGold = result.gold().entrySet().stream()
        .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(e -> result.found().get(e.getKey()), Collectors.collectingAndThen(Collectors.toSet(), x -> (long) x.size()))));
    out.append("Stories found (labelled story × articles):\n");
    byFound.entrySet().stream()
        .sorted(Map.Entry.comparingByValue((a, b) -> a.get(0).compareTo(b.get(0))))
        .forEach(e -> {
          Map<String, Long> labels = new TreeMap<>(e.getValue().stream().collect(Collectors.groupingBy(l -> l, Collectors.counting())));
          String list = labels.entrySet().stream().map(l -> l.getKey() + " ×" + l.getValue()).collect(Collectors.joining(", "));
          boolean mixed = labels.size() > 1;
          boolean split = labels.keySet().stream().anyMatch(l -> storiesPerGold.get(l) > 1);
          out.append(String.format(Locale.ROOT, "  %-10s %s%s%n", e.getKey(), list, mixed ? "   <- mixed" : split ? "   <- split" : ""));
        });
    return out.toString();
  }
}
