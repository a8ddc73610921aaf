package org.sitrep.cli;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadProblem;

/** Looking at the head of a stream of read items. */
final class Inputs {
  private Inputs() {}

  /**
   * Consumes items up to the first article, handing each problem before it to {@code onProblem}.
   *
   * @return the first article, or null when there is none
   */
  static Article firstArticle(Iterator<ReadItem> items, Consumer<ReadProblem> onProblem) {
    while (items.hasNext()) {
      ReadItem item = items.next();
      if (item instanceof Article article) {
        return article;
      }
      onProblem.accept((ReadProblem) item);
    }
    return null;
  }

  /** The first article followed by the rest of the items. */
  static Stream<ReadItem> streamOf(Article first, Iterator<ReadItem> rest) {
    Stream<ReadItem> tail = StreamSupport.stream(Spliterators.spliteratorUnknownSize(rest, Spliterator.ORDERED), false);
    return Stream.concat(Stream.of(first), tail);
  }
}
