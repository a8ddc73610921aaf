package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.read.ReadTestSupport.readAll;
import static org.sitrep.read.ReadTestSupport.readProblem;
import static org.sitrep.read.ReadTestSupport.summaries;
import static org.sitrep.read.ReadTestSupport.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticleReaderTest {

  @TempDir Path dir;

  @Test
  void readsEveryFieldOfGoodLines() {
    Path file =
        write(
            dir,
            "news.jsonl",
            """
            {"title":"First","body":"Body one.","url":"https://example.org/1","outlet":"Example",\
            "published":"2024-11-20T14:03:00Z","keyPoints":["Point a.","Point b."],\
            "extra":{"ignored":true}}
            {"title":"Second","body":"Body two."}
            """);

    List<ReadItem> items = readAll(file);

    assertThat(items).hasSize(2).allMatch(Article.class::isInstance);
    Article first = (Article) items.get(0);
    assertThat(first.origin()).isEqualTo(file + ":1");
    assertThat(first.title()).isEqualTo("First");
    assertThat(first.body()).isEqualTo("Body one.");
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(first.outlet()).isEqualTo("Example");
    assertThat(first.published())
        .isEqualTo(OffsetDateTime.of(2024, 11, 20, 14, 3, 0, 0, ZoneOffset.UTC));
    assertThat(first.keyPoints()).containsExactly("Point a.", "Point b.");
    Article second = (Article) items.get(1);
    assertThat(second.origin()).isEqualTo(file + ":2");
    assertThat(second.keyPoints()).isEmpty();
    assertThat(second.url()).isNull();
    assertThat(second.published()).isNull();
  }

  @Test
  void readsTheNdjsonExtensionInAnyCase() {
    Path file = write(dir, "NEWS.NDJSON", "{\"body\":\"Text.\"}\n");

    assertThat(readAll(file)).singleElement().isInstanceOf(Article.class);
  }

  @Test
  void takesAnAbsentOrNullTitleAsEmpty() {
    Path file = write(dir, "a.jsonl", "{\"body\":\"One.\"}\n{\"body\":\"Two.\",\"title\":null}\n");

    assertThat(readAll(file))
        .extracting(item -> ((Article) item).title())
        .containsExactly("", "");
  }

  @Test
  void acceptsTextInsteadOfBodyAndPrefersBodyWhenBothArePresent() {
    Path file =
        write(
            dir,
            "a.jsonl",
            "{\"text\":\"From text.\"}\n{\"text\":\"Ignored.\",\"body\":\"From body.\"}\n");

    assertThat(readAll(file))
        .extracting(item -> ((Article) item).body())
        .containsExactly("From text.", "From body.");
  }

  @Test
  void normalisesWhiteSpaceLikeTextFiles() {
    Path file =
        write(
            dir,
            "a.jsonl",
            "{\"title\":\" Two\\n line\\u00A0title \",\"keyPoints\":[\" a \\t point \",\"  \"],"
                + "\"body\":\"Para one\\nwrapped.\\r\\n \\r\\nPara\\u0000two.\\n\\n\\n\"}\n");

    Article article = (Article) readAll(file).get(0);

    assertThat(article.title()).isEqualTo("Two line title");
    assertThat(article.keyPoints()).containsExactly("a point");
    assertThat(article.body()).isEqualTo("Para one wrapped.\n\nPara two.");
  }

  @Test
  void acceptsTheFourDateFormsAndWarnsAboutOthers() {
    Path file =
        write(
            dir,
            "dates.jsonl",
            """
            {"body":"a","published":"2024-11-20T14:03:00+01:00"}
            {"body":"b","published":"2024-11-20T14:03:00"}
            {"body":"c","published":"2024-11-20"}
            {"body":"d","published":"Wed, 20 Nov 2024 14:03:00 GMT"}
            {"body":"e","published":"yesterday"}
            {"body":"f"}
            """);

    List<ReadItem> items = readAll(file);

    assertThat(items).hasSize(7);
    assertThat(((Article) items.get(0)).published())
        .isEqualTo(OffsetDateTime.of(2024, 11, 20, 14, 3, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(((Article) items.get(1)).published())
        .isEqualTo(OffsetDateTime.of(2024, 11, 20, 14, 3, 0, 0, ZoneOffset.UTC));
    assertThat(((Article) items.get(2)).published())
        .isEqualTo(OffsetDateTime.of(2024, 11, 20, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(((Article) items.get(3)).published())
        .isEqualTo(OffsetDateTime.of(2024, 11, 20, 14, 3, 0, 0, ZoneOffset.UTC));
    Article undated = (Article) items.get(4);
    assertThat(undated.body()).isEqualTo("e");
    assertThat(undated.published()).isNull();
    assertThat(items.get(5))
        .isEqualTo(
            ReadProblem.warning(
                file + ":5", "field 'published': not a date or date-time: 'yesterday'"));
    assertThat(((Article) items.get(6)).body()).isEqualTo("f");
  }

  @Test
  void warnsAboutAPublishedFieldThatIsNotAString() {
    Path file = write(dir, "a.jsonl", "{\"body\":\"a\",\"published\":1732111380}\n");

    List<ReadItem> items = readAll(file);

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOf(Article.class);
    assertThat(items.get(1))
        .isEqualTo(ReadProblem.warning(file + ":1", "field 'published' must be a string"));
  }

  @Test
  void reportsAMalformedLineAndGoesOnWithTheRest() {
    Path file =
        write(
            dir,
            "mixed.jsonl",
            """
            {"title":"One","body":"a"}
            {"title":"Two","body":
            {"title":"Three","body":"c"}
            """);

    List<ReadItem> items = readAll(file);

    assertThat(summaries(items))
        .hasSize(3)
        .startsWith("article One")
        .endsWith("article Three");
    ReadProblem problem = (ReadProblem) items.get(1);
    assertThat(problem.origin()).isEqualTo(file + ":2");
    assertThat(problem.isError()).isTrue();
    assertThat(problem.reason()).startsWith("malformed JSON: ").doesNotContain("\n");
  }

  @Test
  void namesTheFieldThatHasTheWrongType() {
    Path file =
        write(
            dir,
            "types.jsonl",
            """
            [1,2]
            "just a string"
            {"title":"no body"}
            {"title":5,"body":"a"}
            {"body":"a","keyPoints":"one point"}
            {"body":"a","keyPoints":["fine",3]}
            {"body":"   \\n  "}
            {"text":""}
            {"body":42}
            {"body":"a","url":["x"]}
            {"body":"a","outlet":{}}
            {"body":"a"} {"body":"b"}
            {"body":"a","body":"b"}
            """);

    List<ReadItem> items = readAll(file);

    assertThat(items).allSatisfy(item -> assertThat(((ReadProblem) item).isError()).isTrue());
    assertThat(items)
        .extracting(item -> ((ReadProblem) item).reason())
        .containsExactly(
            "not a JSON object",
            "not a JSON object",
            "missing 'body' or 'text'",
            "field 'title' must be a string",
            "field 'keyPoints' must be an array of strings",
            "field 'keyPoints' must be an array of strings",
            "field 'body' is empty",
            "field 'text' is empty",
            "field 'body' must be a string",
            "field 'url' must be a string",
            "field 'outlet' must be a string",
            "malformed JSON: more than one JSON value on the line at column 14",
            "malformed JSON: duplicate field 'body' at column 19");
    assertThat(ReadTestSupport.origins(items)).first().isEqualTo(file + ":1");
    assertThat(ReadTestSupport.origins(items)).last().isEqualTo(file + ":13");
  }

  @Test
  void skipsBlankLinesButCountsThem() {
    Path file = write(dir, "blank.jsonl", "\n  \n{\"body\":\"a\"}\n\t\n\n{\"body\":\"b\"}\n\n");

    assertThat(ReadTestSupport.origins(readAll(file))).containsExactly(file + ":3", file + ":6");
  }

  @Test
  void toleratesCrLfAndAByteOrderMark() {
    Path file = write(dir, "win.jsonl", "\uFEFF{\"body\":\"a\"}\r\n\r\n{\"body\":\"b\"}\r\n");

    assertThat(readAll(file))
        .extracting(ReadItem::origin)
        .containsExactly(file + ":1", file + ":3");
  }

  @Test
  void readsALastLineWithoutNewline() {
    Path file = write(dir, "a.jsonl", "{\"body\":\"a\"}\n{\"body\":\"b\"}");

    assertThat(readAll(file)).hasSize(2).allMatch(Article.class::isInstance);
  }

  @Test
  void reportsAnEmptyFile() {
    Path empty = write(dir, "empty.jsonl", "");
    Path blank = write(dir, "blank.jsonl", "\n \n\r\n");

    assertThat(readProblem(empty)).isEqualTo(ReadProblem.error(empty.toString(), "empty file"));
    assertThat(readProblem(blank)).isEqualTo(ReadProblem.error(blank.toString(), "empty file"));
  }

  @Test
  void stopsAtInvalidUtf8AfterReadingTheLinesBeforeIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String goodLines = "{\"body\":\"a\"}\n{\"body\":\"b\"}\n{\"body\":\"";
    bytes.writeBytes(goodLines.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3);
    bytes.write(0x28);
    bytes.writeBytes("\"}\n{\"body\":\"d\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = write(dir, "bad.jsonl", bytes.toByteArray());

    List<ReadItem> items = readAll(file);

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isInstanceOf(Article.class);
    assertThat(items.get(1)).isInstanceOf(Article.class);
    assertThat(items.get(2))
        .isEqualTo(ReadProblem.error(file + ":3", "not valid UTF-8 (binary file?)"));
  }

  @Test
  void findsInvalidUtf8FarIntoTheFileWithTheRightLineNumber() {
    // Many lines, so that the bad byte lies well past the first decoding buffer.
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      text.append("{\"body\":\"line ").append(i).append("\"}\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', (byte) 0xFF, '}', '\n'});
    Path file = write(dir, "long.jsonl", bytes.toByteArray());

    List<ReadItem> items = readAll(file);

    assertThat(items).hasSize(2001);
    assertThat(items.subList(0, 2000)).allMatch(Article.class::isInstance);
    assertThat(items.get(2000))
        .isEqualTo(ReadProblem.error(file + ":2001", "not valid UTF-8 (binary file?)"));
  }

  @Test
  void reportsATruncatedMultiByteCharacterAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"body\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE2);
    bytes.write(0x82);
    Path file = write(dir, "cut.jsonl", bytes.toByteArray());

    assertThat(summaries(readAll(file)))
        .containsExactly("article ", file + ":2: not valid UTF-8 (binary file?)");
  }

  @Test
  void treatsNulCharactersAsBinary() {
    Path file = write(dir, "nul.jsonl", new byte[] {'{', 0, 0, 0, '}', '\n', '{', '}', '\n'});

    assertThat(readProblem(file))
        .isEqualTo(ReadProblem.error(file + ":1", "not valid UTF-8 (binary file?)"));
  }

  @Test
  void refusesAnOverlongLineAndGoesOn() {
    ReadLimits limits = new ReadLimits(1000, 10);
    int maxLine = JsonLinesArticleReader.maxLineChars(limits);
    String longBody = "x".repeat(maxLine + 10);
    Path file =
        write(
            dir,
            "long.jsonl",
            "{\"body\":\"ok\"}\n{\"body\":\"" + longBody + "\"}\n{\"body\":\"fine\"}\n");

    List<ReadItem> items = readAll(limits, file);

    assertThat(items).hasSize(3);
    assertThat(items.get(1))
        .isEqualTo(ReadProblem.error(file + ":2", "line is over the size limit"));
    assertThat(((Article) items.get(2)).body()).isEqualTo("fine");
  }

  @Test
  void refusesAnArticleOverTheCharacterLimit() {
    ReadLimits limits = new ReadLimits(1000, 10);
    Path file = write(dir, "a.jsonl", "{\"title\":\"Title\",\"body\":\"body text\"}\n");

    assertThat(readProblem(limits, file))
        .isEqualTo(
            ReadProblem.error(file + ":1", "article is 14 characters, over the 10 limit"));
  }

  @Test
  void isNotBoundByTheFileByteLimit() {
    ReadLimits limits = new ReadLimits(10, 1000);
    Path file = write(dir, "a.jsonl", "{\"body\":\"a body longer than ten bytes\"}\n");

    assertThat(readAll(limits, file)).singleElement().isInstanceOf(Article.class);
  }
}
