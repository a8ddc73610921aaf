package org.sitrep.cli;

import java.io.PrintWriter;

/**
 * A one-line progress report on standard error, redrawn in place: how many articles are done,
 * how many failed, and how fast. Silent unless enabled (standard error is a terminal).
 */
final class ProgressLine {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long started = System.nanoTime();
  private long lastDrawn;
  private boolean visible;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Starts the clock the rate is measured from (after the models have loaded). */
  void start() {
    started = System.nanoTime();
  }

  boolean enabled() {
    return enabled;
  }

  /** Redraws the line, at most five times a second. */
  void update(long done, long failed) {
    long now = System.nanoTime();
    if (!enabled || done + failed < 2 || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.printf("\r\033[K%d analysed, %d failed, %.1f articles/s, %.0f s", done, failed, done / seconds, seconds);
    err.flush();
    visible = true;
  }

  /** Prints a message on its own line, keeping the progress line below it. */
  void message(String line) {
    clear();
    err.println(line);
  }

  void clear() {
    if (visible) {
      err.print("\r\033[K");
      err.flush();
      visible = false;
    }
  }
}
