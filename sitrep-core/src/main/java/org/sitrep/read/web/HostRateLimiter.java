package org.sitrep.read.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to each host by a minimum interval, so Sitrep never hammers a news site.
 *
 * <p>The interval is {@code minInterval} for every host, raised for a host whose robots.txt asks
 * for a longer {@code Crawl-delay}, up to {@link #MAX_CRAWL_DELAY} (a site asking for minutes
 * between requests is capped rather than stalling a batch for hours).
 *
 * <p>Thread-safe. A caller reserves its slot under a lock and sleeps outside it, so threads
 * fetching from different hosts never wait for each other, and threads sharing a host go one
 * interval apart in the order they arrived.
 */
public final class HostRateLimiter {

  /** The longest interval a robots.txt Crawl-delay can impose. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  /** Waits; tests replace it with one that only advances a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final class HostState {
    long intervalNanos;
    long nextStartNanos;
    boolean used;
  }

  private final long minIntervalNanos;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private final Map<String, HostState> hosts = new HashMap<>(); // guarded by this

  /** A limiter on the system clock. */
  public HostRateLimiter(Duration minInterval) {
    this(minInterval, System::nanoTime, d -> TimeUnit.NANOSECONDS.sleep(d.toNanos()));
  }

  /**
   * @param nanoClock a monotonic clock in nanoseconds, like {@link System#nanoTime}
   * @param sleeper how to wait
   */
  public HostRateLimiter(Duration minInterval, LongSupplier nanoClock, Sleeper sleeper) {
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must be >= 0, got " + minInterval);
    }
    this.minIntervalNanos = minInterval.toNanos();
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Waits until a request to {@code host} may start, and books that start.
   *
   * @throws InterruptedException if interrupted while waiting (the booked slot stays booked)
   */
  public void acquire(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      HostState state = state(host);
      long now = nanoClock.getAsLong();
      // Differences, not comparisons, because nanoTime values may wrap.
      long start = state.used && state.nextStartNanos - now > 0 ? state.nextStartNanos : now;
      state.used = true;
      state.nextStartNanos = start + state.intervalNanos;
      wait = start - now;
    }
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }

  /**
   * Applies a robots.txt {@code Crawl-delay} to {@code host}: its interval becomes the delay,
   * capped at {@link #MAX_CRAWL_DELAY}, but never less than the minimum interval.
   */
  public synchronized void useCrawlDelay(String host, Duration crawlDelay) {
    long delay = Math.min(crawlDelay.toNanos(), MAX_CRAWL_DELAY.toNanos());
    HostState state = state(host);
    long raise = Math.max(minIntervalNanos, delay) - state.intervalNanos;
    state.intervalNanos += raise;
    if (state.used) {
      state.nextStartNanos += raise; // the request already booked now waits the new interval
    }
  }

  /** The interval now kept between requests to {@code host}. */
  public synchronized Duration intervalFor(String host) {
    HostState state = hosts.get(key(host));
    return Duration.ofNanos(state == null ? minIntervalNanos : state.intervalNanos);
  }

  private HostState state(String host) {
    return hosts.computeIfAbsent(
        key(host),
        k -> {
          HostState state = new HostState();
          state.intervalNanos = minIntervalNanos;
          return state;
        });
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
