package org.sitrep.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.analysis.Analysis;
import org.sitrep.analysis.AnalysisAssembler;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadProblem;

/**
 * Stores articles with their analyses, one transaction each: articles already stored are skipped
 * before the expensive analysis (so a re-run after a kill does only what is missing), a
 * near-duplicate of a stored article is linked to it, and every other article is placed in a
 * story by the {@link StoryClusterer}.
 *
 * <p>Articles are read {@value #READ_AHEAD} at a time and sorted by publication time, so that a
 * folder is clustered in time order; the terms of the articles read ahead count in the document
 * frequencies at once, so that the first stories of a new corpus are weighed with what the batch
 * knows rather than with nothing.
 */
public final class Ingester {

  /** Articles read ahead and sorted by publication time. */
  static final int READ_AHEAD = 1000;

  private final CorpusStore store;
  private final Supplier<Pipeline> pipeline;
  private final int threads;
  private final TermStatistics statistics;
  private final StoryClusterer clusterer;

  /** What happened to one input. */
  public sealed interface Outcome {
    String origin();
  }

  /** Stored as a new article of a story (new or not), or as a copy of a stored article. */
  public record Stored(String origin, long storyId, boolean newStory, boolean duplicate) implements Outcome {}

  /** Already in the store: skipped. */
  public record AlreadyStored(String origin) implements Outcome {}

  /** Not stored: unreadable, a warning about it, or its analysis failed. */
  public record NotStored(String origin, BatchRunner.Outcome<?> reason) implements Outcome {}

  /**
   * @param pipeline gives the analysis pipeline when the first article to analyse comes: a run
   *     that finds everything stored already does not load the models
   */
  public Ingester(CorpusStore store, Supplier<Pipeline> pipeline, int threads, ClusteringSettings settings) {
    store.lockForIngest();
    this.store = store;
    this.pipeline = pipeline;
    this.threads = threads;
    this.statistics = store.termStatistics();
    this.clusterer = new StoryClusterer(settings, statistics, store::nextStoryId);
    List<CorpusStore.StoredStory> latest = store.stories(Instant.EPOCH, 1);
    if (!latest.isEmpty()) {
      clusterer.reopen(store.storiesSeenSince(latest.get(0).last().minus(settings.window())));
    }
  }

  /**
   * Ingests every item; {@code consumer} hears about each on the calling thread.
   *
   * @throws StoreException when the store fails: the batch stops, what was stored stays
   */
  public void ingest(Stream<ReadItem> items, Consumer<Outcome> consumer) {
    ReadAhead ahead = new ReadAhead(items.iterator(), consumer);
    if (!ahead.articleAhead()) {
      ahead.forEachRemaining(item -> consumer.accept(new NotStored(item.origin(), new BatchRunner.Unreadable<>(item.origin(), (ReadProblem) item))));
      return;
    }
    Stream<ReadItem> missing = StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED), false);
    new BatchRunner<>(pipeline.get(), threads, AnalysisAssembler::assemble).run(missing, outcome -> {
      if (outcome instanceof BatchRunner.Analysed<Analysis> analysed) {
        consumer.accept(store(analysed.article(), analysed.result()));
      } else {
        consumer.accept(new NotStored(outcome.origin(), outcome));
      }
    });
  }

  private Outcome store(Article article, Analysis analysis) {
    String key = ArticleKey.of(article);
    if (store.contains(key)) {
      // The same article twice in one batch: the first is stored by now.
      return new AlreadyStored(article.origin());
    }
    Instant time = article.published() != null ? article.published().toInstant() : Instant.now();
    MinHashSignature signature = MinHashSignature.of(article.body());
    DocumentFeatures features = DocumentFeatures.of(article, analysis, time);
    Set<String> counted = new HashSet<>(features.terms().keySet());
    CorpusStore.StoredSignature original = null;
    double best = MinHashSignature.DUPLICATE;
    for (CorpusStore.StoredSignature candidate : store.duplicateCandidates(signature)) {
      double similarity = signature.similarity(candidate.signature());
      if (similarity >= best) {
        best = similarity;
        original = candidate;
      }
    }
    if (original != null) {
      NewArticle.DuplicateOf placement = new NewArticle.DuplicateOf(original.articleId(), original.storyId());
      store.save(new NewArticle(key, article, analysis, time, signature, placement, counted));
      return new Stored(article.origin(), original.storyId(), false, true);
    }
    StoryClusterer.Assignment assignment = clusterer.assign(features);
    features.actors().keySet().forEach(actor -> counted.add(WeightedDocument.actorTerm(actor)));
    NewArticle.InStory placement = new NewArticle.InStory(assignment.story().state(), assignment.mergedIn());
    store.save(new NewArticle(key, article, analysis, time, signature, placement, counted));
    return new Stored(article.origin(), assignment.story().id(), assignment.started(), false);
  }

  /**
   * The items {@value #READ_AHEAD} articles at a time: problems first, then the articles not yet
   * stored sorted by publication time (undated last, input order kept among equals). Each such
   * article's terms are counted in the document frequencies as it is read.
   */
  private final class ReadAhead implements Iterator<ReadItem> {
    private final Iterator<ReadItem> items;
    private final Consumer<Outcome> consumer;
    private final List<ReadItem> buffer = new ArrayList<>();
    private int next;

    ReadAhead(Iterator<ReadItem> items, Consumer<Outcome> consumer) {
      this.items = items;
      this.consumer = consumer;
    }

    @Override
    public boolean hasNext() {
      if (next < buffer.size()) {
        return true;
      }
      buffer.clear();
      next = 0;
      List<Article> dated = new ArrayList<>();
      List<Article> undated = new ArrayList<>();
      while (items.hasNext() && dated.size() + undated.size() < READ_AHEAD) {
        ReadItem item = items.next();
        if (!(item instanceof Article article)) {
          buffer.add(item);
        } else if (store.contains(ArticleKey.of(article))) {
          consumer.accept(new AlreadyStored(article.origin()));
        } else {
          statistics.countDocument(DocumentFeatures.termCounts(article).keySet());
          (article.published() == null ? undated : dated).add(article);
        }
      }
      dated.sort(Comparator.comparing(a -> a.published().toInstant()));
      buffer.addAll(dated);
      buffer.addAll(undated);
      return !buffer.isEmpty();
    }

    /** Whether an article to analyse is still to come (a read-ahead without one means the input has none left). */
    boolean articleAhead() {
      return hasNext() && buffer.subList(next, buffer.size()).stream().anyMatch(Article.class::isInstance);
    }

    @Override
    public ReadItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.get(next++);
    }
  }
}

