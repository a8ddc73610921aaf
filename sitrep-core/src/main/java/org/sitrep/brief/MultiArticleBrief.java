package org.sitrep.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.doc.Document;

/**
 * A brief in the same shape built from several articles about one event (for stories): each
 * article's key points are pooled, points that say the same thing (most of their content words
 * shared) are merged with the articles they come from as sources, and the three told by the most
 * articles (then the earliest in their articles) become the key points. The headline and body are
 * those of the article whose points are told most widely.
 */
public final class MultiArticleBrief {
  /** Content words two points must share, as a share of the shorter one's, to be the same point. */
  static final double SAME_POINT = 0.5;

  /** A key point and the ids of the articles that tell it. */
  public record SourcedPoint(String text, List<String> sources) {}

  /** The brief: a headline, up to three sourced points, a body, and which article gave the headline and body. */
  public record StoryBrief(String headline, List<SourcedPoint> keyPoints, String body, String leadArticle) {}

  private MultiArticleBrief() {}

  /** One article's brief and the id its points are credited to. */
  public record ArticleBrief(String articleId, Brief brief) {}

  /**
   * The story's brief.
   *
   * @param articles analysed documents with a {@link Brief} layer, at least one
   */
  public static StoryBrief of(List<Document> articles) {
    return fromBriefs(articles.stream().map(d -> new ArticleBrief(d.id(), d.require(Brief.LAYER))).toList());
  }

  /**
   * The story's brief from its articles' briefs (as a store keeps them), in the order the
   * articles are preferred for the lead when support ties.
   */
  public static StoryBrief fromBriefs(List<ArticleBrief> articles) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story brief needs at least one article");
    }
    List<Group> groups = new ArrayList<>();
    for (ArticleBrief article : articles) {
      List<String> points = article.brief().keyPoints();
      for (int rank = 0; rank < points.size(); rank++) {
        add(groups, points.get(rank), article.articleId(), rank);
      }
    }
    groups.sort(Comparator.comparingInt((Group g) -> -g.sources.size()).thenComparingInt(g -> g.bestRank));
    List<SourcedPoint> keyPoints = groups.stream().limit(KeyPointPicker.KEY_POINTS).map(g -> new SourcedPoint(g.text, List.copyOf(g.sources))).toList();
    ArticleBrief lead = articles.get(0);
    int bestSupport = -1;
    for (ArticleBrief article : articles) {
      int support = (int) keyPoints.stream().filter(p -> p.sources().contains(article.articleId())).mapToLong(p -> p.sources().size()).sum();
      if (support > bestSupport) {
        bestSupport = support;
        lead = article;
      }
    }
    return new StoryBrief(lead.brief().headline(), keyPoints, lead.brief().body(), lead.articleId());
  }

  private static void add(List<Group> groups, String point, String source, int rank) {
    Set<String> words = contentWords(point);
    for (Group g : groups) {
      if (overlap(words, g.words) >= SAME_POINT) {
        if (!g.sources.contains(source)) {
          g.sources.add(source);
        }
        g.bestRank = Math.min(g.bestRank, rank);
        return;
      }
    }
    Group g = new Group(point, words, rank);
    g.sources.add(source);
    groups.add(g);
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / Math.min(a.size(), b.size());
  }

  /** Words of four letters or more: content words, near enough, in any language Sitrep reads. */
  private static Set<String> contentWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4) {
        words.add(w);
      }
    }
    return words;
  }

  private static final class Group {
    final String text;
    final Set<String> words;
    final List<String> sources = new ArrayList<>();
    int bestRank;

    Group(String text, Set<String> words, int rank) {
      this.text = text;
      this.words = words;
      this.bestRank = rank;
    }
  }
}
