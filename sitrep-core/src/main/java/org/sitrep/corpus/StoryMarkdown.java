package org.sitrep.corpus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.brief.MultiArticleBrief;

/** Story reports and lists in Markdown: the brief in the seed's shape, then timeline, index, actors and sources. */
public final class StoryMarkdown {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private StoryMarkdown() {}

  /** One story in full. */
  public static String render(StoryReport story) {
    StringBuilder out = new StringBuilder();
    Map<String, String> outletOf = new HashMap<>();
    story.sources().forEach(s -> outletOf.put(s.articleId(), s.outlet() != null ? s.outlet() : "article " + s.articleId()));
    MultiArticleBrief.StoryBrief brief = story.brief();
    out.append("# ").append(brief == null ? "Story " + story.id() : brief.headline()).append("\n\n");
    long outlets = story.sources().stream().map(s -> outletOf.get(s.articleId())).distinct().count();
    out.append(String.format(Locale.ROOT, "Story %d · %s to %s UTC · %d articles from %d outlets%n%n",
        story.id(), MINUTE.format(story.firstSeen()), MINUTE.format(story.lastSeen()), story.sources().size(), outlets));
    if (brief != null) {
      for (MultiArticleBrief.SourcedPoint point : brief.keyPoints()) {
        out.append("- ").append(point.text()).append(" (")
            .append(point.sources().stream().map(outletOf::get).distinct().collect(Collectors.joining(", "))).append(")\n");
      }
      if (!brief.body().isBlank()) {
        out.append('\n').append(brief.body()).append('\n');
      }
    }
    out.append("\n## Timeline\n\n");
    if (story.timeline().isEmpty()) {
      out.append("No events coded.\n");
    }
    for (StoryReport.TimelineEntry e : story.timeline()) {
      out.append(String.format(Locale.ROOT, "- %s · %s %s (Goldstein %+.1f) · %s → %s · %s%s · %s%n",
          MINUTE.format(e.time()), e.type(), e.cameo() == null ? "" : e.cameo(), e.goldstein(),
          e.source() == null ? "?" : e.source(), e.target() == null ? "?" : e.target(), e.certainty(), e.negated() ? ", negated" : "",
          String.join(", ", e.sources())));
      if (!e.evidence().isBlank()) {
        out.append("  > ").append(e.evidence()).append('\n');
      }
    }
    if (!story.conflictCooperation().isEmpty()) {
      out.append("\n## Conflict–cooperation index (mean Goldstein score per day)\n\n");
      story.conflictCooperation().forEach(d -> out.append(String.format(Locale.ROOT, "- %s: %+.2f (%d events)%n", d.day(), d.meanGoldstein(), d.events())));
    }
    out.append("\n## Actors\n\n");
    for (StoryReport.StoryActor a : story.actors()) {
      out.append(String.format(Locale.ROOT, "- %s (%s%s) · %d article%s, %d mentions%n", a.name(), a.kind(),
          a.code() != null ? ", " + a.code() : a.country() != null ? ", " + a.country() : "", a.articles(), a.articles() == 1 ? "" : "s", a.mentions()));
    }
    out.append("\n## Sources\n\n");
    for (StoryReport.Source s : story.sources()) {
      out.append("- ").append(s.published() != null ? s.published() : "undated").append(" · ").append(outletOf.get(s.articleId()))
          .append(" · ").append(s.title().isBlank() ? "(untitled)" : s.title());
      if (s.url() != null) {
        out.append(" · ").append(s.url());
      }
      if (s.copyOf() != null) {
        out.append(" · copy of article ").append(s.copyOf());
      }
      out.append(" [article ").append(s.articleId()).append("]\n");
    }
    return out.toString();
  }

  /** One line per story: id, span, size and headline. */
  public static String list(List<StoryReport> stories) {
    if (stories.isEmpty()) {
      return "No stories.\n";
    }
    StringBuilder out = new StringBuilder();
    for (StoryReport s : stories) {
      out.append(String.format(Locale.ROOT, "- **%d** · %s → %s · %d article%s · %s%n", s.id(), day(s.firstSeen()), day(s.lastSeen()),
          s.sources().size(), s.sources().size() == 1 ? "" : "s", s.brief() == null ? "" : s.brief().headline()));
    }
    return out.toString();
  }

  private static String day(Instant time) {
    return time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
