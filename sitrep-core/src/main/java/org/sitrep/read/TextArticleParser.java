package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of one article into title, key points and body.
 *
 * <p>The shape is the seed's: the first non-blank line is the title; bullet lines ({@code - },
 * {@code * } or {@code • }) right after it, blank lines allowed between them, are the key points;
 * everything after is the body. Plain text simply has no bullets. A {@link FrontMatter} block
 * before the title gives the url, outlet and publication date.
 */
final class TextArticleParser {

  /** A bullet line; group 1 is the point's text. Lines are already space-normalised. */
  private static final Pattern BULLET = Pattern.compile("^ *[-*\u2022] +(.*)$");

  /** A Markdown heading line, {@code # Title} or {@code ## Title ##}; group 1 is the text. */
  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6} +(.*?)(?: +#+)? *$");

  /** The {@code =====} or {@code -----} line under a Markdown "setext" heading. */
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:={2,}|-{2,}) *$");

  private TextArticleParser() {}

  /**
   * The article in {@code text} (followed by a warning for each unusable front-matter value), or
   * the problem that prevents reading one.
   *
   * @param origin the article's origin, also used for the problem
   * @param text the decoded file contents, byte-order mark already removed
   */
  static List<ReadItem> parse(String origin, String text, ReadLimits limits) {
    List<String> lines = TextNormalizer.lines(text);
    FrontMatter meta = FrontMatter.read(lines);
    int next = meta.bodyStart();
    while (next < lines.size() && TextNormalizer.isBlank(lines.get(next))) {
      next++;
    }
    if (next == lines.size()) {
      return List.of(ReadProblem.error(origin, meta.bodyStart() == 0 ? "empty file" : "nothing after the front matter"));
    }
    String title = TextNormalizer.oneLine(headingText(lines.get(next)));
    next++;
    if (next < lines.size() && SETEXT_UNDERLINE.matcher(lines.get(next)).matches()) {
      next++;
    }

    List<String> keyPoints = new ArrayList<>();
    int bodyStart = readKeyPoints(lines, next, keyPoints);
    String body =
        TextNormalizer.joinParagraphs(
            TextNormalizer.paragraphs(lines.subList(bodyStart, lines.size())));
    if (body.isEmpty()) {
      return List.of(ReadProblem.error(origin, "no body text after the title"));
    }
    Optional<String> tooLong = ArticleSizeCheck.problem(title, keyPoints, body, limits);
    if (tooLong.isPresent()) {
      return List.of(ReadProblem.error(origin, tooLong.get()));
    }
    List<ReadItem> items = new ArrayList<>();
    items.add(new Article(origin, title, keyPoints, body, meta.url(), meta.outlet(), meta.published()));
    // A bad date loses only the date, as in JSON Lines.
    meta.problems().forEach(problem -> items.add(ReadProblem.warning(origin, problem)));
    return items;
  }

  /**
   * Collects the bullet points starting at line {@code from} into {@code keyPoints} and returns
   * the index of the first body line.
   *
   * <p>An indented line right under a bullet continues it: Markdown files often hard-wrap long
   * points that way, and the wrapped half would otherwise start the body.
   */
  private static int readKeyPoints(List<String> lines, int from, List<String> keyPoints) {
    int bodyStart = from;
    StringBuilder point = null;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (TextNormalizer.isBlank(line)) {
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      boolean followsPoint = point != null && !TextNormalizer.isBlank(lines.get(i - 1));
      if (bullet.matches()) {
        addPoint(keyPoints, point);
        point = new StringBuilder(bullet.group(1));
      } else if (followsPoint && line.startsWith(" ")) {
        point.append(' ').append(line);
      } else {
        break;
      }
      bodyStart = i + 1;
    }
    addPoint(keyPoints, point);
    return bodyStart;
  }

  private static void addPoint(List<String> keyPoints, CharSequence point) {
    if (point == null) {
      return;
    }
    String text = TextNormalizer.oneLine(point);
    if (!text.isEmpty()) {
      keyPoints.add(text);
    }
  }

  private static String headingText(String line) {
    Matcher heading = ATX_HEADING.matcher(line);
    return heading.matches() ? heading.group(1) : line;
  }
}
