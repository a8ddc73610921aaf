package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-11-20T14:03:00Z              | 2024-11-20T14:03Z",
        "2024-11-20T14:03:00+01:00         | 2024-11-20T14:03+01:00",
        "2024-11-20T14:03:00.250-05:00     | 2024-11-20T14:03:00.250-05:00",
        "2024-11-20T14:03:00               | 2024-11-20T14:03Z",
        "2024-11-20T14:03                  | 2024-11-20T14:03Z",
        "2024-11-20 14:03:00               | 2024-11-20T14:03Z",
        "2024-11-20                        | 2024-11-20T00:00Z",
        "2024-07-01T12:00+02:00[Europe/Paris] | 2024-07-01T12:00+02:00",
        "Wed, 20 Nov 2024 14:03:00 GMT     | 2024-11-20T14:03Z",
        "Wed, 20 Nov 2024 14:03:00 +0100   | 2024-11-20T14:03+01:00",
        "'  2024-11-20  '                  | 2024-11-20T00:00Z",
      })
  void parsesTheAcceptedForms(String text, String expected) {
    assertThat(PublishedDates.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "",
        "20/11/2024",
        "2024-13-01",
        "2024-11-20T25:00:00Z",
        "Nov 20, 2024",
        "1732111380"
      })
  void refusesOtherText(String text) {
    assertThat(PublishedDates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-11-20T14:03:00Z", "2024-11-20"})
  void givesUtcForZuluAndPlainDates(String text) {
    assertThat(PublishedDates.parse(text).orElseThrow().getOffset()).isEqualTo(ZoneOffset.UTC);
  }
}
