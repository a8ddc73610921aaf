package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sitrep.read.ReadTestSupport.readArticle;
import static org.sitrep.read.ReadTestSupport.readProblem;
import static org.sitrep.read.ReadTestSupport.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheSeedShape() {
    Path file =
        write(
            dir,
            "seed.txt",
            """
            Qatar presses Congo and M23 rebels to accept ceasefire plan
            - Qatar handed both sides a draft plan.
            - M23 denied reports of a pullback.
            - A framework deal could be signed within weeks.
            Qatar handed the two sides a draft plan on Tuesday.

            A diplomat said the gaps were narrowing.
            """);

    Article article = readArticle(file);

    assertThat(article.origin()).isEqualTo(file.toString());
    assertThat(article.title())
        .isEqualTo("Qatar presses Congo and M23 rebels to accept ceasefire plan");
    assertThat(article.keyPoints())
        .containsExactly(
            "Qatar handed both sides a draft plan.",
            "M23 denied reports of a pullback.",
            "A framework deal could be signed within weeks.");
    assertThat(article.body())
        .isEqualTo(
            "Qatar handed the two sides a draft plan on Tuesday.\n\n"
                + "A diplomat said the gaps were narrowing.");
    assertThat(article.url()).isNull();
    assertThat(article.outlet()).isNull();
    assertThat(article.published()).isNull();
  }

  @Test
  void readsTheFixtureArticlesInTheSeedShape() throws IOException {
    Path fixtures = Path.of("src/test/resources/fixtures/articles");
    assumeTrue(Files.isDirectory(fixtures), "fixtures not found");
    try (Stream<Path> files = Files.list(fixtures)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Article article = readArticle(file);
        assertThat(article.title()).as(file.toString()).isNotBlank();
        assertThat(article.keyPoints()).as(file.toString()).hasSize(3);
        assertThat(article.body()).as(file.toString()).doesNotStartWith("- ");
      }
    }
  }

  @Test
  void acceptsStarAndBulletMarkersIndentedAndAfterBlankLines() {
    Path file =
        write(
            dir,
            "bullets.md",
            "Title\n\n  * first point\n\n\u2022 second point\n   - third point\n\nBody text.\n");

    Article article = readArticle(file);

    assertThat(article.keyPoints()).containsExactly("first point", "second point", "third point");
    assertThat(article.body()).isEqualTo("Body text.");
  }

  @Test
  void joinsAnIndentedContinuationLineToItsBulletPoint() {
    Path file =
        write(
            dir,
            "wrapped-bullets.md",
            "Title\n- a point that was\n  wrapped onto two lines\n- short point\nThe body.\n");

    Article article = readArticle(file);

    assertThat(article.keyPoints())
        .containsExactly("a point that was wrapped onto two lines", "short point");
    assertThat(article.body()).isEqualTo("The body.");
  }

  @Test
  void readsPlainTextWithoutKeyPoints() {
    Path file =
        write(
            dir,
            "plain.txt",
            "\n\n  A plain headline  \n\nFirst paragraph.\n\nSecond paragraph.\n");

    Article article = readArticle(file);

    assertThat(article.title()).isEqualTo("A plain headline");
    assertThat(article.keyPoints()).isEmpty();
    assertThat(article.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
  }

  @Test
  void bulletsInsideTheBodyStayInTheBody() {
    Path file = write(dir, "list.txt", "Title\nIntro line.\n- not a key point\n");

    Article article = readArticle(file);

    assertThat(article.keyPoints()).isEmpty();
    assertThat(article.body()).isEqualTo("Intro line. - not a key point");
  }

  @Test
  void removesMarkdownHeadingMarkersFromTheTitle() {
    assertThat(readArticle(write(dir, "atx.md", "# The headline #\nBody.\n")).title())
        .isEqualTo("The headline");

    Article setext = readArticle(write(dir, "setext.md", "The headline\n=======\nBody.\n"));
    assertThat(setext.title()).isEqualTo("The headline");
    assertThat(setext.body()).isEqualTo("Body.");
  }

  @Test
  void stripsTheByteOrderMark() {
    Path file = write(dir, "bom.txt", "\uFEFFTitle\nBody.\n");

    assertThat(readArticle(file).title()).isEqualTo("Title");
  }

  @Test
  void normalisesCrLfAndLoneCrLineEndings() {
    Article crlf = readArticle(write(dir, "crlf.txt", "Title\r\n- point\r\nOne\r\n\r\nTwo\r\n"));
    Article cr = readArticle(write(dir, "cr.txt", "Title\r- point\rOne\r\rTwo\r"));

    for (Article article : new Article[] {crlf, cr}) {
      assertThat(article.title()).isEqualTo("Title");
      assertThat(article.keyPoints()).containsExactly("point");
      assertThat(article.body()).isEqualTo("One\n\nTwo");
    }
  }

  @Test
  void joinsHardWrappedAndOneSentencePerLineParagraphs() {
    Path file =
        write(
            dir,
            "wrapped.txt",
            "Title\n\nThe minister said on\nTuesday that talks\nwould resume.\n\n\n"
                + "First sentence.\nSecond sentence.\n");

    assertThat(readArticle(file).body())
        .isEqualTo(
            "The minister said on Tuesday that talks would resume.\n\n"
                + "First sentence. Second sentence.");
  }

  @Test
  void collapsesWhiteSpaceIncludingNoBreakSpacesTabsAndControlCharacters() {
    Path file =
        write(
            dir,
            "spaces.txt",
            "  Title\u00A0with\t\tspaces \n-   a\u00A0\u00A0point \n"
                + "Some\u00A0\u00A0 body\u0007text\ttabbed.\n \u00A0\t\nNext.\u000B\n");

    Article article = readArticle(file);

    assertThat(article.title()).isEqualTo("Title with spaces");
    assertThat(article.keyPoints()).containsExactly("a point");
    assertThat(article.body()).isEqualTo("Some body text tabbed.\n\nNext.");
  }

  @Test
  void reportsFilesWithNulBytesAsBinary() {
    Path file = write(dir, "nul.txt", new byte[] {'T', 'i', 't', 'l', 'e', '\n', 0, 0, 'x'});

    ReadProblem problem = readProblem(file);

    assertThat(problem.origin()).isEqualTo(file.toString());
    assertThat(problem.reason()).isEqualTo("not UTF-8 text (binary file?)");
    assertThat(problem.isError()).isTrue();
  }

  @Test
  void reportsInvalidUtf8AsBinary() {
    Path file = write(dir, "latin.txt", new byte[] {'T', '\n', (byte) 0xC3, 0x28, '\n'});

    assertThat(readProblem(file).reason()).isEqualTo("not UTF-8 text (binary file?)");
  }

  @Test
  void readsANamedFileWhateverItsExtensionAndReportsItIfBinary() {
    Path text = write(dir, "article.data", "Title\nBody.\n");
    Path binary = write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

    assertThat(readArticle(text).title()).isEqualTo("Title");
    assertThat(readProblem(binary).reason()).isEqualTo("not UTF-8 text (binary file?)");
  }

  @Test
  void readsUrlOutletAndDateFromFrontMatterAndIgnoresOtherKeys() {
    Path file =
        write(
            dir,
            "front.md",
            """
            ---
            outlet: Harbour Courier
            published: 2026-11-21T08:40:00+01:00
            url: "https://harbourcourier.example/a"
            tags: [ukraine, nato]
            ---
            Title after the block

            Body text.
            """);

    Article article = readArticle(file);

    assertThat(article.title()).isEqualTo("Title after the block");
    assertThat(article.body()).isEqualTo("Body text.");
    assertThat(article.outlet()).isEqualTo("Harbour Courier");
    assertThat(article.url()).isEqualTo("https://harbourcourier.example/a");
    assertThat(article.published()).hasToString("2026-11-21T08:40+01:00");
  }

  @Test
  void aBadFrontMatterDateLosesOnlyTheDateWithAWarning() {
    Path file = write(dir, "baddate.md", "---\npublished: last Tuesday\n---\nTitle\n\nBody.\n");

    var items = ReadTestSupport.readAll(file);

    assertThat(items).hasSize(2);
    assertThat(((Article) items.get(0)).published()).isNull();
    assertThat(items.get(1)).hasToString("warning: " + file + ": front matter 'published': not a date or date-time: 'last Tuesday'");
  }

  @Test
  void anUnclosedFenceIsNotFrontMatter() {
    Article article = readArticle(write(dir, "rule.md", "---\nTitle\n\nBody.\n"));

    assertThat(article.title()).isEqualTo("---");
  }

  @Test
  void reportsAnEmptyFile() {
    Path file = write(dir, "empty.txt", "");

    ReadProblem problem = readProblem(file);

    assertThat(problem.reason()).isEqualTo("empty file");
    assertThat(problem.toString()).isEqualTo(file + ": empty file");
  }

  @Test
  void reportsAWhiteSpaceOnlyFileAsEmpty() {
    Path file = write(dir, "blank.txt", "\uFEFF \n\t\r\n\u00A0\n\u0007\n");

    ReadProblem problem = readProblem(file);

    assertThat(problem.reason()).isEqualTo("empty file");
    assertThat(problem.isError()).isTrue();
  }

  @Test
  void reportsATitleWithoutBody() {
    assertThat(readProblem(write(dir, "title.txt", "Only a title\n\n\n")).reason())
        .isEqualTo("no body text after the title");
    assertThat(readProblem(write(dir, "points.txt", "Title\n- a point\n- another\n")).reason())
        .isEqualTo("no body text after the title");
  }

  @Test
  void refusesAFileOverTheByteLimitBeforeReadingIt() {
    ReadLimits limits = new ReadLimits(100, 10_000);
    Path file = write(dir, "big.txt", "Title\n" + "word ".repeat(100));

    ReadProblem problem = readProblem(limits, file);

    assertThat(problem.reason()).isEqualTo("file is 506 bytes, over the 100 bytes limit");
  }

  @Test
  void namesLargeSizesInMegabytes() {
    assertThat(ReadMessages.fileTooLarge(12_900_000, 10L * 1024 * 1024))
        .isEqualTo("file is 12.3 MB, over the 10.0 MB limit");
  }

  @Test
  void acceptsAFileOfExactlyTheByteLimit() {
    String text = "Title\nBody.";
    ReadLimits limits = new ReadLimits(text.length(), 10_000);

    assertThat(ReadTestSupport.readAll(limits, write(dir, "exact.txt", text)))
        .singleElement()
        .isInstanceOf(Article.class);
  }

  @Test
  void refusesAnArticleOverTheCharacterLimit() {
    ReadLimits limits = new ReadLimits(1_000_000, 20);
    // 5 (title) + 7 (point) + 9 (body) = 21 characters.
    Path file = write(dir, "long.txt", "Title\n- a point\nbody text\n");

    assertThat(readProblem(limits, file).reason())
        .isEqualTo("article is 21 characters, over the 20 limit");
  }

  @Test
  void acceptsAnArticleOfExactlyTheCharacterLimit() {
    ReadLimits limits = new ReadLimits(1_000_000, 21);
    Path file = write(dir, "long.txt", "Title\n- a point\nbody text\n");

    assertThat(ReadTestSupport.readAll(limits, file)).singleElement().isInstanceOf(Article.class);
  }
}
