package org.sitrep.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes an {@link Analysis} as one line of JSON, and reads one back. Thread-safe. */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /** The analysis as a single line of JSON, without the newline. */
  public static String line(Analysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Analysis must always serialise: " + e.getMessage(), e);
    }
  }

  /** The analysis a {@link #line} wrote. */
  public static Analysis parse(String json) {
    try {
      return MAPPER.readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an analysis: " + e.getOriginalMessage(), e);
    }
  }
}
