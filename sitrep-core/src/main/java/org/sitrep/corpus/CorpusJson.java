package org.sitrep.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.time.LocalDate;

/** Writes corpus reports as one line of JSON each, times in ISO-8601. Thread-safe. */
public final class CorpusJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("iso-times")
          .addSerializer(Instant.class, ToStringSerializer.instance)
          .addSerializer(LocalDate.class, ToStringSerializer.instance));

  private CorpusJson() {}

  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corpus reports always serialise: " + e.getMessage(), e);
    }
  }
}
