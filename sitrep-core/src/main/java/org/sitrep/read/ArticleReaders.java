package org.sitrep.read;

import java.util.function.Function;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads news articles from files and directories.
 *
 * <p>Two formats are understood:
 *
 * <ul>
 *   <li><b>Text</b> ({@code .txt}, {@code .text}, {@code .md}): one article per file, UTF-8. The
 *       first non-blank line is the title (a Markdown {@code #} heading marker is removed);
 *       bullet lines right after it ({@code - }, {@code * } or {@code • }) are the key points;
 *       the rest is the body, whose paragraphs are separated by blank lines.
 *   <li><b>JSON Lines</b> ({@code .jsonl}, {@code .ndjson}): one JSON object per line, with the
 *       article text in {@code body} (or {@code text}) and optional {@code title}, {@code
 *       keyPoints} (array of strings), {@code url}, {@code outlet} and {@code published} (ISO-8601
 *       date or date-time, or RFC 1123; times without an offset are taken as UTC).
 * </ul>
 *
 * <p>Web inputs are understood too: saved pages ({@code .html}, {@code .htm}, gzipped or not),
 * web archives ({@code .warc}, {@code .arc}, gzipped or not) and RSS or Atom feeds ({@code .rss},
 * {@code .atom}, or a named {@code .xml} file); {@link #read(List, ReadLimits, Function)} also
 * reads {@code http(s)://} URLs.
 *
 * <p>Directories are read recursively in path order; hidden files and directories and files with
 * other extensions are skipped. A file named directly is read whatever its extension: as JSON
 * Lines if it ends in {@code .jsonl} or {@code .ndjson}, otherwise as text.
 *
 * <p>White space is normalised as described on {@link Article}.
 */
public final class ArticleReaders {

  private ArticleReaders() {}

  /**
   * Lazily reads every article from the given files and directories, in order. The stream must be
   * closed (it holds open files), e.g. with try-with-resources.
   *
   * <p>The stream yields an {@link Article} for each article read and a {@link ReadProblem} for
   * each input, file or JSON line that could not be read, in the place where the article would
   * have been; a {@link ReadProblem.Severity#WARNING WARNING} follows an article that was read
   * with something left out (such as an unparsable date). Bad input never makes the stream throw,
   * so one bad file does not stop a batch.
   *
   * <p>Nothing is read until the stream is consumed: directories are listed when reading reaches
   * them, and JSON Lines files are read one line at a time, so inputs of any size can be streamed.
   *
   * @param inputs files and directories, in the order to read them
   * @param limits sizes above which a file or an article is refused with a problem
   * @return a sequential stream of articles and problems; close it when done
   * @throws NullPointerException if {@code inputs}, one of them, or {@code limits} is null
   */
  public static Stream<ReadItem> read(List<Path> inputs, ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    ReadItemIterator items = new ReadItemIterator(List.copyOf(inputs), limits);
    Spliterator<ReadItem> spliterator =
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(items::close);
  }

  /**
   * Like {@link #read(List, ReadLimits)} for inputs given as text, where {@code http://} and
   * {@code https://} inputs are read by {@code urls} (when their turn comes: nothing is fetched
   * ahead).
   */
  public static Stream<ReadItem> read(List<String> inputs, ReadLimits limits, Function<String, List<ReadItem>> urls) {
    Objects.requireNonNull(urls, "urls");
    return inputs.stream().flatMap(input -> isUrl(input) ? urls.apply(input.strip()).stream() : read(List.of(Path.of(input)), limits));
  }

  /** Whether an input names a web address rather than a file. */
  public static boolean isUrl(String input) {
    String lower = input.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
