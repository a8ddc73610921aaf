package org.sitrep.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one JSON Lines record into an article.
 *
 * <p>Fields: {@code body} or {@code text} (required; {@code body} wins), {@code title}, {@code
 * url}, {@code outlet}, {@code published} and {@code keyPoints}. A JSON {@code null} counts as an
 * absent field; unknown fields are ignored, since data sets carry many we have no use for.
 */
final class JsonArticleParser {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // "{...} {...}" on one line is two records glued together, not one: say so.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // With duplicate keys one of the values would be dropped silently.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final int MAX_PARSER_MESSAGE_CHARS = 120;

  private static final Pattern VALUE_KINDS = Pattern.compile(" ?\\(JSON String[^)]*\\)");
  private static final Pattern EXPECTING_ANY_VALUE =
      Pattern.compile("was expecting \\(JSON String[^)]*\\)");

  private JsonArticleParser() {}

  /**
   * The items for one line: the article, the article followed by a warning, or one error.
   *
   * @param origin {@code path:line}, for the article and any problem
   * @param line the line's text, not blank
   */
  static List<ReadItem> parse(String origin, String line, ReadLimits limits) {
    JsonNode record;
    try {
      record = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return List.of(ReadProblem.error(origin, "malformed JSON: " + parserMessage(e)));
    }
    if (record == null || !record.isObject()) {
      return List.of(ReadProblem.error(origin, "not a JSON object"));
    }
    try {
      return fromObject(origin, record, limits);
    } catch (BadFieldException e) {
      return List.of(ReadProblem.error(origin, e.getMessage()));
    }
  }

  private static List<ReadItem> fromObject(String origin, JsonNode record, ReadLimits limits)
      throws BadFieldException {
    String body = body(record);
    String title = TextNormalizer.oneLine(orEmpty(optionalString(record, "title")));
    List<String> keyPoints = keyPoints(record);
    String url = oneLineOrNull(optionalString(record, "url"));
    String outlet = oneLineOrNull(optionalString(record, "outlet"));
    Optional<String> tooLong = ArticleSizeCheck.problem(title, keyPoints, body, limits);
    if (tooLong.isPresent()) {
      return List.of(ReadProblem.error(origin, tooLong.get()));
    }

    OffsetDateTime published = null;
    String dateProblem = null;
    JsonNode publishedNode = record.get("published");
    if (publishedNode != null && !publishedNode.isNull()) {
      if (!publishedNode.isTextual()) {
        dateProblem = "field 'published' must be a string";
      } else if (!publishedNode.textValue().isBlank()) {
        Optional<OffsetDateTime> parsed = PublishedDates.parse(publishedNode.textValue());
        if (parsed.isPresent()) {
          published = parsed.get();
        } else {
          dateProblem =
              "field 'published': not a date or date-time: "
                  + ReadMessages.quote(publishedNode.textValue());
        }
      }
    }

    Article article = new Article(origin, title, keyPoints, body, url, outlet, published);
    if (dateProblem == null) {
      return List.of(article);
    }
    // A bad date loses only the date: the text is what the analysis needs.
    return List.of(article, ReadProblem.warning(origin, dateProblem));
  }

  private static String body(JsonNode record) throws BadFieldException {
    String field = present(record, "body") ? "body" : "text";
    String raw = optionalString(record, field);
    if (raw == null) {
      throw new BadFieldException("missing 'body' or 'text'");
    }
    String body = TextNormalizer.body(raw);
    if (body.isEmpty()) {
      throw new BadFieldException("field '" + field + "' is empty");
    }
    return body;
  }

  private static List<String> keyPoints(JsonNode record) throws BadFieldException {
    JsonNode points = record.get("keyPoints");
    if (points == null || points.isNull()) {
      return List.of();
    }
    if (!points.isArray()) {
      throw new BadFieldException("field 'keyPoints' must be an array of strings");
    }
    List<String> keyPoints = new ArrayList<>();
    for (JsonNode point : points) {
      if (!point.isTextual()) {
        throw new BadFieldException("field 'keyPoints' must be an array of strings");
      }
      String text = TextNormalizer.oneLine(point.textValue());
      if (!text.isEmpty()) {
        keyPoints.add(text);
      }
    }
    return keyPoints;
  }

  private static boolean present(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value != null && !value.isNull();
  }

  /** The field's string, or null when it is absent or JSON null. */
  private static String optionalString(JsonNode record, String field) throws BadFieldException {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadFieldException("field '" + field + "' must be a string");
    }
    return value.textValue();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String oneLineOrNull(String text) {
    if (text == null) {
      return null;
    }
    String line = TextNormalizer.oneLine(text);
    return line.isEmpty() ? null : line;
  }

  /**
   * Jackson's message cut down to one short line: without the source description it appends
   * (which would repeat the line) but with the column, which helps find the fault in a long line.
   */
  private static String parserMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = "unreadable";
    }
    int sourceStart = message.indexOf(" (start marker at [Source");
    if (sourceStart < 0) {
      sourceStart = message.indexOf(" at [Source");
    }
    if (sourceStart >= 0) {
      message = message.substring(0, sourceStart);
    }
    if (message.startsWith("Trailing token")) {
      message = "more than one JSON value on the line";
    }
    // Jackson lists every kind of JSON value; saying so is enough.
    message = EXPECTING_ANY_VALUE.matcher(message).replaceAll("was expecting a JSON value");
    message = VALUE_KINDS.matcher(message).replaceAll("");
    message = TextNormalizer.oneLine(message);
    if (message.length() > MAX_PARSER_MESSAGE_CHARS) {
      message = message.substring(0, MAX_PARSER_MESSAGE_CHARS) + "…";
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getColumnNr() > 0) {
      message += " at column " + location.getColumnNr();
    }
    return ReadMessages.lowerFirst(message);
  }

  /** A field has the wrong type or no usable value; the message is the problem's reason. */
  private static final class BadFieldException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFieldException(String reason) {
      super(reason, null, false, false);
    }
  }
}
