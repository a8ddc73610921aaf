package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PLOVER gold-standard records (Open Event Data Alliance): one news sentence each, with its
 * source and target actors (text and code) and its event type. Read from where the user keeps
 * them; never shipped.
 */
public final class PloverGold {

  /** One gold actor: the words of the sentence that name it, and its code (alpha-3, IGO, NGO). */
  public record GoldActor(String text, String code, String sector) {}

  /** One record. */
  public record Record(String id, LocalDate date, String text, String event, String eventText, List<GoldActor> sources, List<GoldActor> targets) {}

  private PloverGold() {}

  /** Reads the records of the file, skipping its documentation header. */
  public static List<Record> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON array of records");
    }
    List<Record> records = new ArrayList<>();
    for (JsonNode r : root) {
      String event = r.path("event").asText("");
      if (event.equals("DOCUMENT") || !r.hasNonNull("text")) {
        continue;
      }
      records.add(new Record(r.path("id").asText(), date(r.path("date").asText("")), r.get("text").asText(), event, r.path("eventText").asText(null), actors(r.get("source")), actors(r.get("target"))));
    }
    return records;
  }

  private static LocalDate date(String text) {
    try {
      return text.isEmpty() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<GoldActor> actors(JsonNode node) {
    List<GoldActor> list = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode a : node) {
        if (a.hasNonNull("actorText") && a.hasNonNull("code")) {
          list.add(new GoldActor(a.get("actorText").asText(), a.get("code").asText(), a.path("sector").asText(null)));
        }
      }
    }
    return list;
  }
}
