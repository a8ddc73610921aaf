package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture articles under {@code src/test/resources/fixtures/articles}, each with a gold file. */
public final class Fixtures {
  private Fixtures() {}

  public static Path articlesDir() {
    return dir("articles");
  }

  /** A fixture folder under {@code /fixtures}. */
  public static Path dir(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The article files of the general fixtures, sorted. */
  public static List<Path> articles() {
    return articles("articles");
  }

  /** The article files of a fixture folder, sorted. */
  public static List<Path> articles(String folder) {
    try (Stream<Path> files = Files.list(dir(folder))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gold file of an article: same name, {@code .gold.json} instead of {@code .txt}. */
  public static Path goldOf(Path article) {
    String name = article.getFileName().toString();
    return article.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
  }

  /** A fixture article as the reader reads it, published on the given date (from its gold file). */
  public static org.sitrep.read.Article readDated(Path file, java.time.LocalDate published) {
    org.sitrep.read.Article read;
    try (Stream<org.sitrep.read.ReadItem> items = org.sitrep.read.ArticleReaders.read(List.of(file), org.sitrep.read.ReadLimits.DEFAULT)) {
      read = (org.sitrep.read.Article) items.findFirst().orElseThrow();
    }
    return new org.sitrep.read.Article(read.origin(), read.title(), read.keyPoints(), read.body(), null, null,
        published.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
  }
}
