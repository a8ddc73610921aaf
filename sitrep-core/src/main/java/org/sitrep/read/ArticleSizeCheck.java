package org.sitrep.read;

import java.util.List;
import java.util.Optional;

/** Applies {@link ReadLimits#maxArticleChars()} the same way for every reader. */
final class ArticleSizeCheck {

  private ArticleSizeCheck() {}

  /** Why the article is too long, or empty when it is within the limit. */
  static Optional<String> problem(
      String title, List<String> keyPoints, String body, ReadLimits limits) {
    long chars = (long) title.length() + body.length();
    for (String keyPoint : keyPoints) {
      chars += keyPoint.length();
    }
    if (chars <= limits.maxArticleChars()) {
      return Optional.empty();
    }
    return Optional.of(
        "article is " + chars + " characters, over the " + limits.maxArticleChars() + " limit");
  }
}
