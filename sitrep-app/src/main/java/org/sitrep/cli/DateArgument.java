package org.sitrep.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.sitrep.config.ConfigException;

/** A date option: {@code 2026-11-21} (UTC) or an ISO date-time with offset. */
final class DateArgument {
  private DateArgument() {}

  /** The moment the value starts: a day's midnight UTC. */
  static Instant start(String option, String value) {
    return parse(option, value, false);
  }

  /** The moment just after the value: a day's next midnight, so that {@code --to DAY} includes that day. */
  static Instant endExclusive(String option, String value) {
    return parse(option, value, true);
  }

  private static Instant parse(String option, String value, boolean end) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      Instant instant = OffsetDateTime.parse(value).toInstant();
      return end ? instant.plusSeconds(1) : instant;
    } catch (DateTimeParseException e) {
      throw new ConfigException(option + ": not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS+01:00): '" + value + "'");
    }
  }
}
