package org.sitrep.read;

/**
 * Size limits that protect a batch from inputs too large to analyse.
 *
 * @param maxFileBytes largest text file read whole (JSON Lines files are streamed and not bound by
 *     it)
 * @param maxArticleChars largest article (title, key points and body) accepted from any reader
 */
public record ReadLimits(long maxFileBytes, int maxArticleChars) {

  /** 10 MB files; 200,000 characters (some 30,000 words) per article. */
  public static final ReadLimits DEFAULT = new ReadLimits(10L * 1024 * 1024, 200_000);

  public ReadLimits {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be > 0, got " + maxFileBytes);
    }
    if (maxArticleChars <= 0) {
      throw new IllegalArgumentException("maxArticleChars must be > 0, got " + maxArticleChars);
    }
  }
}
