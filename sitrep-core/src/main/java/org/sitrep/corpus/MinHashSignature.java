package org.sitrep.corpus;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A MinHash signature of an article's body: for each of {@value #HASHES} hash functions, the
 * smallest hash over its word 5-shingles. The share of equal positions in two signatures estimates
 * the Jaccard similarity of the two shingle sets, which is high for syndicated copies and light
 * edits and low for two outlets' own reports of one event. Locality-sensitive hashing over {@value
 * #BANDS} bands of {@value #ROWS} rows finds the candidates without comparing all pairs.
 *
 * @param values the minimum hashes
 */
public record MinHashSignature(int[] values) {

  static final int HASHES = 128;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE_WORDS = 5;

  /** Estimated Jaccard similarity from which an article counts as a copy of another. */
  public static final double DUPLICATE = 0.6;

  /** Fixed odd multipliers and offsets: signatures must be comparable across runs and machines. */
  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    long seed = 0x5EED5EEDL;
    for (int i = 0; i < HASHES; i++) {
      seed = splitMix(seed);
      A[i] = seed | 1L;
      seed = splitMix(seed);
      B[i] = seed;
    }
  }

  public MinHashSignature {
    if (values.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " values, got " + values.length);
    }
  }

  /** The signature of {@code text}'s word shingles (all of it as one shingle when shorter). */
  public static MinHashSignature of(String text) {
    String[] words = ArticleKey.normalised(text).split(" ");
    Set<Long> shingles = new HashSet<>();
    int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.length, i + SHINGLE_WORDS); j++) {
        h = 31 * h + words[j].hashCode();
      }
      shingles.add(splitMix(h));
    }
    int[] values = new int[HASHES];
    Arrays.fill(values, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) ((A[i] * shingle + B[i]) >>> 33);
        if (h < values[i]) {
          values[i] = h;
        }
      }
    }
    return new MinHashSignature(values);
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets. */
  public double similarity(MinHashSignature other) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / HASHES;
  }

  /** One key per band; two signatures sharing any band key are candidates. */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = splitMix(h * 31 + values[band * ROWS + row]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The signature as bytes, for storage. */
  public byte[] toBytes() {
    byte[] bytes = new byte[HASHES * 4];
    for (int i = 0; i < HASHES; i++) {
      int v = values[i];
      bytes[4 * i] = (byte) (v >>> 24);
      bytes[4 * i + 1] = (byte) (v >>> 16);
      bytes[4 * i + 2] = (byte) (v >>> 8);
      bytes[4 * i + 3] = (byte) v;
    }
    return bytes;
  }

  /** The signature {@link #toBytes} stored. */
  public static MinHashSignature fromBytes(byte[] bytes) {
    if (bytes.length != HASHES * 4) {
      throw new IllegalArgumentException("a stored signature has " + HASHES * 4 + " bytes, got " + bytes.length);
    }
    int[] values = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      values[i] = (bytes[4 * i] & 0xFF) << 24 | (bytes[4 * i + 1] & 0xFF) << 16 | (bytes[4 * i + 2] & 0xFF) << 8 | bytes[4 * i + 3] & 0xFF;
    }
    return new MinHashSignature(values);
  }

  private static long splitMix(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature" + Arrays.toString(Arrays.copyOf(values, 4)) + "…";
  }
}
