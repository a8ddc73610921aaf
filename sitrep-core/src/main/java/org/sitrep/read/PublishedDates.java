package org.sitrep.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in article data: ISO-8601 date-times with an offset or zone,
 * without one (taken as UTC), plain dates (midnight UTC), and RFC 1123 dates as in RSS feeds.
 */
public final class PublishedDates {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** ISO date and time separated by a space, as SQL dumps write them. */
  private static final Pattern SPACE_SEPARATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  private PublishedDates() {}

  /** The date-time in {@code text}, or empty when it is not one of the accepted forms. */
  public static Optional<OffsetDateTime> parse(String text) {
    String value = text.strip();
    try {
      if (ISO_DATE.matcher(value).matches()) {
        return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      if (SPACE_SEPARATED.matcher(value).matches()) {
        value = value.substring(0, 10) + "T" + value.substring(11);
      }
      // Dispatch on the first character, so that each value costs at most one failed parse.
      if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
        TemporalAccessor parsed =
            DateTimeFormatter.ISO_DATE_TIME.parseBest(
                value, ZonedDateTime::from, LocalDateTime::from);
        return Optional.of(
            parsed instanceof ZonedDateTime zoned
                ? zoned.toOffsetDateTime()
                : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC));
      }
      return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
