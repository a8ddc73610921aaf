package org.sitrep.eval;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap in the background and keeps the highest value seen. */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 20;

  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    thread = new Thread(this::sample, "sitrep-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest used heap seen, in bytes. */
  long peakBytes() {
    return peak.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
