package org.sitrep.analysis;

import java.util.List;

/**
 * The public result of analysing one article, shaped as the JSON contract {@code
 * sitrep/analysis-v1} (the schema ships as {@code org/sitrep/analysis/analysis-v1.schema.json}).
 * Records serialise field by field in declaration order; null values are written as JSON null.
 */
public record Analysis(
    String schema,
    String id,
    Source source,
    BriefJson brief,
    List<ActorJson> actors,
    List<EventJson> events,
    List<ClaimJson> claims,
    List<PositionJson> positions) {

  /** The contract's schema name. */
  public static final String SCHEMA = "sitrep/analysis-v1";

  /** The article as read, with its canonical text. */
  public record Source(
      String title,
      String url,
      String outlet,
      String published,
      String language,
      List<String> keyPoints,
      String text) {}

  /** The brief. */
  public record BriefJson(String headline, List<String> keyPoints, String body) {}

  /** One actor and its mentions. */
  public record ActorJson(
      String id,
      String name,
      String kind,
      String country,
      String org,
      String sector,
      String role,
      String code,
      List<SpanJson> mentions) {}

  /** One event, as the contract shapes it. */
  public record EventJson(
      String id,
      String type,
      String cameo,
      double goldstein,
      int quadClass,
      String source,
      String target,
      String object,
      String certainty,
      boolean negated,
      Attribution attribution,
      SpanJson evidence,
      double confidence) {}

  /** Who reports an event, and the reporting word. */
  public record Attribution(String speaker, String cue) {}

  /** One claim. */
  public record ClaimJson(String id, String speaker, String cue, String text, String certainty, SpanJson evidence) {}

  /** A proposal or issue, its terms and the parties' stances (an addition to the v1 contract). */
  public record PositionJson(String id, String issue, List<TermJson> terms, List<StanceJson> stances) {}

  /** One term of a proposal. */
  public record TermJson(String text, SpanJson evidence) {}

  /** One party's stance: proposes, supports, rejects, demands, conditions or neutral. */
  public record StanceJson(String actor, String stance, SpanJson evidence) {}

  /** A piece of the canonical text: its characters and where they are. */
  public record SpanJson(String text, int start, int end) {}
}
