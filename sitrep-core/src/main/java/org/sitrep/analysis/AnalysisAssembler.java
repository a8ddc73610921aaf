package org.sitrep.analysis;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.brief.Brief;
import org.sitrep.brief.Headlines;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.events.Claim;
import org.sitrep.events.Event;
import org.sitrep.events.EventLayer;
import org.sitrep.positions.Position;
import org.sitrep.positions.Positions;
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
    EventLayer events = document.get(EventLayer.LAYER).orElse(new EventLayer(List.of(), List.of()));
    return new Analysis(
        Analysis.SCHEMA,
        document.id(),
        source,
        new Analysis.BriefJson(brief.headline(), brief.keyPoints(), brief.body()),
        actors,
        events.events().stream().map(e -> event(document, e)).toList(),
        events.claims().stream().map(c -> claim(document, c)).toList(),
        document.get(Positions.LAYER).map(p -> p.positions().stream().map(x -> position(document, x)).toList()).orElse(List.of()));
  }

  private static Brief headlineOnly(Document document) {
    return Brief.headlineOnly(document.article().title(), document.article().body(), Headlines.MAX_LENGTH);
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

  private static Analysis.EventJson event(Document document, Event e) {
    Analysis.Attribution attribution = e.speaker() == null && e.cue() == null ? null : new Analysis.Attribution(e.speaker(), e.cue());
    return new Analysis.EventJson(e.id(), e.type(), e.cameo(), e.goldstein(), e.quadClass(), e.source(), e.target(), e.object(),
        e.certainty().label(), e.negated(), attribution, span(document, e.evidence()), e.confidence());
  }

  private static Analysis.PositionJson position(Document document, Position p) {
    return new Analysis.PositionJson(p.id(), p.issue(),
        p.terms().stream().map(t -> new Analysis.TermJson(t.text(), span(document, t.evidence()))).toList(),
        p.stances().stream().map(s -> new Analysis.StanceJson(s.actor(), s.stance(), span(document, s.evidence()))).toList());
  }

  private static Analysis.ClaimJson claim(Document document, Claim c) {
    return new Analysis.ClaimJson(c.id(), c.speaker(), c.cue(), c.text(), c.certainty().label(), span(document, c.evidence()));
  }

  static Analysis.SpanJson span(Document document, Span span) {
    return new Analysis.SpanJson(document.text(span), span.start(), span.end());
  }
}
