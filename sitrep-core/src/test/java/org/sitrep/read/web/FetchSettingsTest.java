package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchSettingsTest {

  @Test
  void defaultsArePoliteAndSafe() {
    FetchSettings defaults = FetchSettings.DEFAULT;

    assertThat(defaults.userAgent())
        .isEqualTo("Sitrep/1.0 (+https://github.com/sitrep; news analysis)");
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.maxBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(defaults.maxRedirects()).isEqualTo(5);
    assertThat(defaults.minInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.respectRobots()).isTrue();
    assertThat(defaults.allowPrivate()).isFalse();
  }

  @Test
  void theProductTokenIsTheUserAgentUpToItsVersion() {
    assertThat(FetchSettings.DEFAULT.productToken()).isEqualTo("Sitrep");
    assertThat(withUserAgent("NewsBot").productToken()).isEqualTo("NewsBot");
    assertThat(withUserAgent("Sitrep-Research/2 (x)").productToken()).isEqualTo("Sitrep-Research");
  }

  @Test
  void withersChangeOneValue() {
    FetchSettings changed = FetchSettings.DEFAULT.withAllowPrivate(true).withMaxBytes(100);

    assertThat(changed.allowPrivate()).isTrue();
    assertThat(changed.maxBytes()).isEqualTo(100);
    assertThat(changed.withMaxBytes(FetchSettings.DEFAULT.maxBytes()).withAllowPrivate(false))
        .isEqualTo(FetchSettings.DEFAULT);
  }

  @Test
  void invalidValuesAreRejectedWithTheirName() {
    assertThatThrownBy(() -> FetchSettings.DEFAULT.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxBytes must be in [1, ");
    assertThatThrownBy(() -> FetchSettings.DEFAULT.withMaxRedirects(-1))
        .hasMessage("maxRedirects must be >= 0, got -1");
    assertThatThrownBy(() -> FetchSettings.DEFAULT.withRequestTimeout(Duration.ZERO))
        .hasMessage("requestTimeout must be > 0, got PT0S");
    assertThatThrownBy(() -> FetchSettings.DEFAULT.withMinInterval(Duration.ofMillis(-1)))
        .hasMessage("minInterval must be >= 0, got PT-0.001S");
    assertThatThrownBy(() -> withUserAgent("Sitrep\r\nX-Injected: 1"))
        .hasMessageStartingWith("userAgent must be printable ASCII and not blank");
    assertThatThrownBy(() -> withUserAgent(" "))
        .hasMessageStartingWith("userAgent must be printable ASCII and not blank");
  }

  @Test
  void aZeroIntervalIsAllowedForTests() {
    assertThat(FetchSettings.DEFAULT.withMinInterval(Duration.ZERO).minInterval()).isZero();
  }

  private static FetchSettings withUserAgent(String userAgent) {
    FetchSettings d = FetchSettings.DEFAULT;
    return new FetchSettings(userAgent, d.connectTimeout(), d.requestTimeout(), d.maxBytes(),
        d.maxRedirects(), d.minInterval(), d.respectRobots(), d.allowPrivate());
  }
}
