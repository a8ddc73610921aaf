package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.sitrep.read.ReadTestSupport.origins;
import static org.sitrep.read.ReadTestSupport.readAll;
import static org.sitrep.read.ReadTestSupport.readProblem;
import static org.sitrep.read.ReadTestSupport.summaries;
import static org.sitrep.read.ReadTestSupport.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {

  @TempDir Path dir;

  @Test
  void readsDirectoriesRecursivelyInPathOrder() {
    Path root = dir.resolve("corpus");
    write(root, "b.txt", "B\nbody");
    write(root, "a/z.md", "A/Z\nbody");
    write(root, "a.txt", "A\nbody");
    write(root, "Capital.TXT", "Capital\nbody");
    write(root, "a/b/deep.text", "A/B/DEEP\nbody");
    write(
        root, "c.jsonl", "{\"title\":\"C1\",\"body\":\"x\"}\n{\"title\":\"C2\",\"body\":\"y\"}\n");
    write(root, "d.NDJSON", "{\"title\":\"D\",\"body\":\"x\"}\n");

    List<ReadItem> items = readAll(root);

    assertThat(summaries(items))
        .containsExactly(
            "article Capital",
            "article A",
            "article A/B/DEEP",
            "article A/Z",
            "article B",
            "article C1",
            "article C2",
            "article D");
    assertThat(origins(items).get(0)).isEqualTo(root.resolve("Capital.TXT").toString());
    assertThat(origins(items).get(5)).isEqualTo(root.resolve("c.jsonl") + ":1");
  }

  @Test
  void skipsHiddenFilesAndDirectoriesAndUnknownExtensions() {
    write(dir, "keep.txt", "Keep\nbody");
    write(dir, ".hidden.txt", "Hidden\nbody");
    write(dir, ".git/HEAD.txt", "Git\nbody");
    write(dir, "sub/.cache/x.jsonl", "{\"body\":\"x\"}\n");
    write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
    write(dir, "notes.docx", "binary-ish");
    write(dir, "noextension", "Title\nbody");
    write(dir, "sub/data.json", "{\"body\":\"x\"}");

    assertThat(summaries(readAll(dir))).containsExactly("article Keep");
  }

  @Test
  void readsAHiddenDirectoryOrFileThatIsNamedExplicitly() {
    Path hiddenDir = dir.resolve(".drafts");
    write(hiddenDir, "a.txt", "Draft\nbody");
    Path hiddenFile = write(dir, ".note", "Note\nbody");

    assertThat(summaries(readAll(hiddenDir, hiddenFile)))
        .containsExactly("article Draft", "article Note");
  }

  @Test
  void reportsADirectoryWithNothingToRead() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path onlyOthers = dir.resolve("others");
    write(onlyOthers, "a.pdf", "x");
    write(onlyOthers, ".hidden.txt", "Hidden\nbody");
    Files.createDirectories(onlyOthers.resolve("sub/subsub"));

    assertThat(readProblem(empty))
        .isEqualTo(
            ReadProblem.error(empty.toString(), "no .txt, .md, .jsonl, .html, .warc or feed files in directory"));
    assertThat(readProblem(onlyOthers).reason())
        .isEqualTo("no .txt, .md, .jsonl, .html, .warc or feed files in directory");
  }

  @Test
  void reportsAMissingPathAndGoesOn() {
    Path missing = dir.resolve("missing.txt");
    Path good = write(dir, "good.txt", "Good\nbody");

    List<ReadItem> items = readAll(missing, good);

    assertThat(items)
        .containsExactly(
            ReadProblem.error(missing.toString(), "no such file or directory"),
            Article.of(good.toString(), "Good", "body"));
  }

  @Test
  void reportsABrokenSymbolicLink() throws IOException {
    Path link = dir.resolve("link.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("gone.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeFalse(true, "symbolic links not supported here");
    }

    assertThat(readProblem(link).reason())
        .isEqualTo("no such file or directory (broken symbolic link)");
    assertThat(readProblem(dir).reason())
        .isEqualTo("no such file or directory (broken symbolic link)");
  }

  @Test
  void followsSymbolicLinksButNotLoops() throws IOException {
    write(dir, "real/a.txt", "A\nbody");
    try {
      Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeFalse(true, "symbolic links not supported here");
    }

    List<ReadItem> items = readAll(dir);

    assertThat(summaries(items)).first().isEqualTo("article A");
    assertThat(items).hasSize(2);
    ReadProblem loop = (ReadProblem) items.get(1);
    assertThat(loop.severity()).isEqualTo(ReadProblem.Severity.WARNING);
    assertThat(loop.origin()).isEqualTo(dir.resolve("real/loop").toString());
  }

  @Test
  void reportsADirectoryHoldingOnlyALinkLoopAsEmpty() throws IOException {
    Path root = Files.createDirectory(dir.resolve("root"));
    try {
      Files.createSymbolicLink(root.resolve("loop"), root);
    } catch (UnsupportedOperationException | IOException e) {
      assumeFalse(true, "symbolic links not supported here");
    }

    List<ReadItem> items = readAll(root);

    assertThat(items).hasSize(2);
    assertThat(((ReadProblem) items.get(0)).severity()).isEqualTo(ReadProblem.Severity.WARNING);
    assertThat(items.get(1))
        .isEqualTo(
            ReadProblem.error(root.toString(), "no .txt, .md, .jsonl, .html, .warc or feed files in directory"));
  }

  @Test
  void reportsUnreadableFilesWithTheReason() throws IOException {
    Path secret = write(dir, "secret.txt", "Secret\nbody");
    Path secretLines = write(dir, "secret.jsonl", "{\"body\":\"x\"}\n");
    Path good = write(dir, "z-good.txt", "Good\nbody");
    try {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(secretLines, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(secret), "running as a user who can read anything");

    assertThat(readAll(dir))
        .containsExactly(
            ReadProblem.error(secretLines.toString(), "cannot read: permission denied"),
            ReadProblem.error(secret.toString(), "cannot read: permission denied"),
            Article.of(good.toString(), "Good", "body"));
  }

  @Test
  void readsTheGoodFilesAroundABadOne() {
    write(dir, "1.txt", "One\nbody");
    write(dir, "2.txt", new byte[] {'T', '\n', (byte) 0xC3, 0x28});
    write(dir, "3.jsonl", "{\"title\":\"Three\",\"body\":\"x\"}\nnot json\n");
    write(dir, "4.md", "");
    write(dir, "5.md", "Five\nbody");

    assertThat(summaries(readAll(dir)))
        .containsExactly(
            "article One",
            dir.resolve("2.txt") + ": not UTF-8 text (binary file?)",
            "article Three",
            dir.resolve("3.jsonl") + ":2: malformed JSON: unrecognized token 'not': "
                + "was expecting a JSON value at column 4",
            dir.resolve("4.md") + ": empty file",
            "article Five");
  }

  @Test
  void readsInputsInTheOrderGiven() {
    Path b = write(dir, "b.txt", "B\nbody");
    Path sub = dir.resolve("sub");
    write(sub, "a.txt", "A\nbody");

    assertThat(summaries(readAll(b, sub, b)))
        .containsExactly("article B", "article A", "article B");
  }

  @Test
  void yieldsNothingForNoInputs() {
    assertThat(readAll()).isEmpty();
  }

  @Test
  void expandsADirectoryOnlyWhenReadingReachesIt() {
    Path first = write(dir, "first.txt", "First\nbody");
    Path later = dir.resolve("later");

    try (Stream<ReadItem> stream = ArticleReaders.read(List.of(first, later), ReadLimits.DEFAULT)) {
      Iterator<ReadItem> items = stream.iterator();
      assertThat(items.next()).isInstanceOf(Article.class);
      // The second input did not exist when the stream was made, nor when the first item came out.
      write(later, "new.txt", "New\nbody");
      assertThat(summaries(List.of(items.next()))).containsExactly("article New");
      assertThat(items.hasNext()).isFalse();
    }
  }

  @Test
  void streamsJsonLinesWithoutReadingTheWholeFile() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      lines.append("{\"body\":\"article ").append(i).append("\"}\n");
    }
    Path file = write(dir, "big.jsonl", lines.toString());

    try (Stream<ReadItem> stream = ArticleReaders.read(List.of(file), ReadLimits.DEFAULT)) {
      Iterator<ReadItem> items = stream.iterator();
      assertThat(((Article) items.next()).body()).isEqualTo("article 0");
      // Lines added after the first article came out are still read: the reader had not reached
      // the end of the file.
      Files.writeString(
          file, "{\"body\":\"appended\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Article last = null;
      int count = 1;
      while (items.hasNext()) {
        last = (Article) items.next();
        count++;
      }
      assertThat(count).isEqualTo(10_001);
      assertThat(last.body()).isEqualTo("appended");
    }
  }

  @Test
  void stopsCleanlyWhenClosedPartWay() {
    Path file = write(dir, "a.jsonl", "{\"body\":\"a\"}\n{\"body\":\"b\"}\n");
    Path other = write(dir, "b.txt", "B\nbody");

    Stream<ReadItem> stream = ArticleReaders.read(List.of(file, other), ReadLimits.DEFAULT);
    Iterator<ReadItem> items = stream.iterator();
    items.next();
    stream.close();

    assertThat(items.hasNext()).isFalse();
  }

  @Test
  void readsNothingBeforeTheStreamIsConsumed() {
    Path missing = dir.resolve("missing");
    try (Stream<ReadItem> stream = ArticleReaders.read(List.of(missing), ReadLimits.DEFAULT)) {
      write(missing, "a.txt", "A\nbody");
      assertThat(summaries(stream.toList())).containsExactly("article A");
    }
  }

  @Test
  void worksWithStreamOperations() {
    write(dir, "a.txt", "A\nbody");
    write(dir, "b.txt", "");
    write(dir, "c.txt", "C\nbody");

    try (Stream<ReadItem> stream = ArticleReaders.read(List.of(dir), ReadLimits.DEFAULT)) {
      List<String> titles =
          stream
              .filter(Article.class::isInstance)
              .map(item -> ((Article) item).title())
              .limit(2)
              .toList();
      assertThat(titles).containsExactly("A", "C");
    }
  }
}
