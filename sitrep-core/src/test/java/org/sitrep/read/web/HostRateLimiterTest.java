package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {

  private final FakeTime time = new FakeTime();
  private final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1), time, time);

  @Test
  void firstRequestToAHostDoesNotWait() throws InterruptedException {
    limiter.acquire("example.com");

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void requestsToOneHostAreSpacedByTheInterval() throws InterruptedException {
    limiter.acquire("example.com");
    limiter.acquire("example.com");
    limiter.acquire("example.com");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void requestsToDifferentHostsDoNotWaitForEachOther() throws InterruptedException {
    limiter.acquire("example.com");
    limiter.acquire("example.org");
    limiter.acquire("news.example.net");

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void timeAlreadyPassedCountsTowardsTheInterval() throws InterruptedException {
    limiter.acquire("example.com");
    time.advance(Duration.ofMillis(400));
    limiter.acquire("example.com");
    time.advance(Duration.ofSeconds(5));
    limiter.acquire("example.com");

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(600));
  }

  @Test
  void hostNamesAreCaseInsensitive() throws InterruptedException {
    limiter.acquire("Example.com");
    limiter.acquire("example.COM");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void crawlDelayRaisesTheIntervalOfItsHostOnly() throws InterruptedException {
    limiter.useCrawlDelay("example.com", Duration.ofMillis(2500));
    limiter.acquire("example.com");
    limiter.acquire("example.com");
    limiter.acquire("example.org");
    limiter.acquire("example.org");

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(2500), Duration.ofSeconds(1));
    assertThat(limiter.intervalFor("example.com")).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void crawlDelayAppliesToARequestAlreadyBooked() throws InterruptedException {
    limiter.acquire("example.com"); // robots.txt
    limiter.useCrawlDelay("example.com", Duration.ofSeconds(4)); // what it said
    limiter.acquire("example.com"); // the page

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void crawlDelayIsCappedAtThirtySeconds() {
    limiter.useCrawlDelay("example.com", Duration.ofMinutes(10));

    assertThat(limiter.intervalFor("example.com")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void crawlDelayNeverLowersTheMinimumInterval() {
    limiter.useCrawlDelay("example.com", Duration.ofMillis(200));

    assertThat(limiter.intervalFor("example.com")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void zeroIntervalNeverWaits() throws InterruptedException {
    HostRateLimiter unlimited = new HostRateLimiter(Duration.ZERO, time, time);
    unlimited.acquire("example.com");
    unlimited.acquire("example.com");

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void concurrentRequestsToOneHostGoOneIntervalApart() throws Exception {
    HostRateLimiter real = new HostRateLimiter(Duration.ofMillis(50));
    ExecutorService threads = Executors.newFixedThreadPool(5);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        done.add(threads.submit(() -> {
          real.acquire("example.com");
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      // Five requests need four intervals between them, however the threads interleave.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(
          Duration.ofMillis(200));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void negativeIntervalIsRejected() {
    assertThatThrownBy(() -> new HostRateLimiter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minInterval must be >= 0, got PT-1S");
  }
}
