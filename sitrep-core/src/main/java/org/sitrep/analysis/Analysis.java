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
    List<Object> events,
    List<Object> claims) {

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

  /** A piece of the canonical text: its characters and where they are. */
  public record SpanJson(String text, int start, int end) {}
}
