package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Helpers shared by the reader tests. */
final class ReadTestSupport {

  private ReadTestSupport() {}

  /** All items read from the inputs, the stream closed. */
  static List<ReadItem> readAll(ReadLimits limits, Path... inputs) {
    try (Stream<ReadItem> items = ArticleReaders.read(List.of(inputs), limits)) {
      return items.toList();
    }
  }

  static List<ReadItem> readAll(Path... inputs) {
    return readAll(ReadLimits.DEFAULT, inputs);
  }

  /** The single article read from {@code file}, failing if anything else came out. */
  static Article readArticle(Path file) {
    List<ReadItem> items = readAll(file);
    assertThat(items).singleElement().isInstanceOf(Article.class);
    return (Article) items.get(0);
  }

  /** The single problem read from the inputs, failing if anything else came out. */
  static ReadProblem readProblem(ReadLimits limits, Path... inputs) {
    List<ReadItem> items = readAll(limits, inputs);
    assertThat(items).singleElement().isInstanceOf(ReadProblem.class);
    return (ReadProblem) items.get(0);
  }

  static ReadProblem readProblem(Path... inputs) {
    return readProblem(ReadLimits.DEFAULT, inputs);
  }

  /** Writes UTF-8 text to {@code dir/name}, creating parent directories. */
  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The origins of the items, in order. */
  static List<String> origins(List<ReadItem> items) {
    return items.stream().map(ReadItem::origin).toList();
  }

  /** The items as one string each: the article's title, or the problem's message. */
  static List<String> summaries(List<ReadItem> items) {
    return items.stream()
        .map(item -> item instanceof Article a ? "article " + a.title() : item.toString())
        .toList();
  }
}
