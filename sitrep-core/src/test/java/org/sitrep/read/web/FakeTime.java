package org.sitrep.read.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A clock that stands still until someone sleeps, and a sleeper that only moves that clock: rate
 * limits can be tested without waiting, and every wait is recorded.
 */
final class FakeTime implements LongSupplier, HostRateLimiter.Sleeper {

  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long getAsLong() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  /** Lets time pass without anyone sleeping. */
  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  /** Every sleep so far, in order. */
  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
