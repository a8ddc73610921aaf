package org.sitrep.analysis;

import java.util.stream.Collectors;

/**
 * Renders an {@link Analysis} for people: the brief in the seed's shape (a headline line, a {@code - }
 * line per key point, the body on the next line), then, after a blank line, a table of actors.
 */
public final class AnalysisMarkdown {
  private AnalysisMarkdown() {}

  public static String render(Analysis analysis) {
    StringBuilder md = new StringBuilder();
    md.append(analysis.brief().headline()).append('\n');
    analysis.brief().keyPoints().forEach(point -> md.append("- ").append(point).append('\n'));
    if (!analysis.brief().body().isBlank()) {
      md.append(analysis.brief().body()).append('\n');
    }
    if (!analysis.actors().isEmpty()) {
      md.append("\n| Actor | Kind | Role | Code | Mentions |\n|---|---|---|---|---|\n");
      for (Analysis.ActorJson actor : analysis.actors()) {
        md.append("| ").append(cell(actor.name()))
            .append(" | ").append(actor.kind())
            .append(" | ").append(actor.role() == null ? "" : cell(actor.role()))
            .append(" | ").append(actor.code() == null ? "" : actor.code())
            .append(" | ").append(actor.mentions().size()).append(": ")
            .append(cell(actor.mentions().stream().map(Analysis.SpanJson::text).distinct().collect(Collectors.joining(", "))))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
