package org.sitrep.analysis;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.brief.Brief;
import org.sitrep.brief.Headlines;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.read.Article;

/**
 * Builds the public {@link Analysis} from a processed document's layers. A layer whose stage was
 * disabled comes out empty; the brief of a document without one is just its headline, so the
 * output always satisfies the contract.
 */
public final class AnalysisAssembler {
  /** RFC 3339 as JSON Schema's date-time wants it: seconds always written, offset kept. */
  static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private AnalysisAssembler() {}

  public static Analysis assemble(Document document) {
    Article article = document.article();
    Analysis.Source source =
        new Analysis.Source(
            article.title(),
            article.url(),
            article.outlet(),
            article.published() == null ? null : PUBLISHED.format(article.published()),
            null,
            article.keyPoints(),
            document.text());
    Brief brief = document.get(Brief.LAYER).orElseGet(() -> headlineOnly(document));
    List<Analysis.ActorJson> actors =
        document.get(Actors.LAYER).map(a -> a.actors().stream().map(x -> actor(document, x)).toList()).orElse(List.of());
    return new Analysis(
        Analysis.SCHEMA,
        document.id(),
        source,
        new Analysis.BriefJson(brief.headline(), brief.keyPoints(), brief.body()),
        actors,
        List.of(),
        List.of());
  }

  private static Brief headlineOnly(Document document) {
    String title = document.article().title();
    return new Brief(Headlines.cut(title.isBlank() ? document.article().body() : title, Headlines.MAX_LENGTH), List.of(), "");
  }

  private static Analysis.ActorJson actor(Document document, Actor actor) {
    return new Analysis.ActorJson(
        actor.id(),
        actor.name(),
        actor.kind().label(),
        actor.country(),
        actor.org(),
        actor.sector(),
        actor.role(),
        actor.code(),
        actor.mentions().stream().map(span -> span(document, span)).toList());
  }

  static Analysis.SpanJson span(Document document, Span span) {
    return new Analysis.SpanJson(document.text(span), span.start(), span.end());
  }
}
