package org.sitrep.corpus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.Analysis;
import org.sitrep.analysis.Analysis.ActorJson;
import org.sitrep.analysis.Analysis.EventJson;
import org.sitrep.brief.Brief;
import org.sitrep.brief.MultiArticleBrief;

/**
 * What a user reads about one story: its brief built from all its articles, its sources, its
 * actors, a timeline where one event reported by several outlets within {@link #SAME_EVENT} is one
 * entry listing them (timed by its first report), and a
 * conflict–cooperation index (mean Goldstein score of its events per day, UTC).
 */
public record StoryReport(
    long id,
    Instant firstSeen,
    Instant lastSeen,
    MultiArticleBrief.StoryBrief brief,
    List<Source> sources,
    List<StoryActor> actors,
    List<TimelineEntry> timeline,
    List<DayIndex> conflictCooperation) {

  /**
   * How far apart two reports of the same event (type, source, target, negation) may be to be one
   * timeline entry: outlets report an event over a day or two, while the same actors doing the
   * same thing a week later is news again.
   */
  static final Duration SAME_EVENT = Duration.ofHours(48);

  /** One article of the story; a copy names the article it copies. */
  public record Source(String articleId, String outlet, String title, String url, String published, String copyOf) {}

  /** An actor across the story's articles. */
  public record StoryActor(String name, String kind, String country, String code, int articles, int mentions) {}

  /** One event, with every outlet that reported it. */
  public record TimelineEntry(
      Instant time, String type, String cameo, double goldstein, String source, String target, String certainty, boolean negated, String evidence, List<String> sources) {}

  /** The mean Goldstein score of one day's events. */
  public record DayIndex(LocalDate day, double meanGoldstein, int events) {}

  /** The report on a stored story from its articles in time order. */
  public static StoryReport of(CorpusStore.StoredStory story, List<StoredArticle> articles) {
    List<MultiArticleBrief.ArticleBrief> briefs = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    Map<String, StoryActor> actors = new LinkedHashMap<>();
    Map<String, List<TimelineEntry>> timeline = new LinkedHashMap<>();
    Map<LocalDate, double[]> days = new java.util.TreeMap<>();
    for (StoredArticle article : articles) {
      String id = Long.toString(article.id());
      Analysis analysis = article.analysis();
      String outlet = article.outlet() != null ? article.outlet() : "article " + id;
      sources.add(new Source(id, article.outlet(), article.title(), article.url(), article.published(),
          article.duplicateOf() == null ? null : article.duplicateOf().toString()));
      if (article.duplicateOf() == null) {
        briefs.add(new MultiArticleBrief.ArticleBrief(id, briefOf(analysis)));
      }
      Map<String, ActorJson> byId = new HashMap<>();
      for (ActorJson actor : analysis.actors()) {
        byId.put(actor.id(), actor);
        actors.merge(DocumentFeatures.actorKey(actor),
            new StoryActor(actor.name(), actor.kind(), actor.country(), actor.code(), 1, actor.mentions().size()),
            (a, b) -> new StoryActor(a.name(), a.kind(), a.country() != null ? a.country() : b.country(), a.code() != null ? a.code() : b.code(), a.articles() + 1, a.mentions() + b.mentions()));
      }
      LocalDate day = article.time().atOffset(ZoneOffset.UTC).toLocalDate();
      for (EventJson event : analysis.events()) {
        ActorJson source = byId.get(event.source());
        ActorJson target = byId.get(event.target());
        String key = DocumentFeatures.eventKey(event.type(), source == null ? null : DocumentFeatures.actorKey(source),
            target == null ? null : DocumentFeatures.actorKey(target)) + "|" + event.negated();
        List<TimelineEntry> sameKey = timeline.computeIfAbsent(key, k -> new ArrayList<>());
        TimelineEntry entry = sameKey.isEmpty() ? null : sameKey.get(sameKey.size() - 1);
        if (entry == null || Duration.between(entry.time(), article.time()).compareTo(SAME_EVENT) > 0) {
          sameKey.add(new TimelineEntry(article.time(), event.type(), event.cameo(), event.goldstein(),
              source == null ? null : source.name(), target == null ? null : target.name(), event.certainty(), event.negated(),
              event.evidence() == null ? "" : event.evidence().text(), new ArrayList<>(List.of(outlet))));
        } else if (!entry.sources().contains(outlet)) {
          entry.sources().add(outlet);
        }
        double[] sum = days.computeIfAbsent(day, d -> new double[2]);
        sum[0] += event.goldstein();
        sum[1]++;
      }
    }
    List<StoryActor> actorList = actors.values().stream()
        .sorted(Comparator.comparingInt(StoryActor::articles).reversed().thenComparing(Comparator.comparingInt(StoryActor::mentions).reversed()))
        .toList();
    List<TimelineEntry> entries = timeline.values().stream().flatMap(List::stream)
        .map(e -> new TimelineEntry(e.time(), e.type(), e.cameo(), e.goldstein(), e.source(), e.target(), e.certainty(), e.negated(), e.evidence(), List.copyOf(e.sources())))
        .sorted(Comparator.comparing(TimelineEntry::time))
        .toList();
    List<DayIndex> index = days.entrySet().stream().map(e -> new DayIndex(e.getKey(), e.getValue()[0] / e.getValue()[1], (int) e.getValue()[1])).toList();
    MultiArticleBrief.StoryBrief brief = briefs.isEmpty() ? null : MultiArticleBrief.fromBriefs(briefs);
    return new StoryReport(story.id(), story.first(), story.last(), brief, List.copyOf(sources), actorList, entries, index);
  }

  private static Brief briefOf(Analysis analysis) {
    Analysis.BriefJson brief = analysis.brief();
    if (brief == null) {
      return Brief.headlineOnly(analysis.source().title(), analysis.source().text());
    }
    return new Brief(brief.headline(), brief.keyPoints(), brief.body());
  }
}
