package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {

  @Test
  void splitsOnEveryLineEndingAndDropsTheByteOrderMark() throws IOException {
    assertThat(texts("\uFEFFa\nb\r\nc\rd", 100)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void keepsEmptyLinesButNotAnEmptyLastOne() throws IOException {
    assertThat(texts("a\n\n\nb\n", 100)).containsExactly("a", "", "", "b");
    assertThat(texts("", 100)).isEmpty();
    assertThat(texts("\r\n", 100)).containsExactly("");
  }

  @Test
  void numbersLinesFromOne() throws IOException {
    Utf8LineReader reader = reader("x\r\ny\n", 100);

    assertThat(reader.next().number()).isEqualTo(1);
    assertThat(reader.next().number()).isEqualTo(2);
    assertThat(reader.next()).isNull();
  }

  @Test
  void keepsOnlyTheStartOfAnOverlongLine() throws IOException {
    Utf8LineReader reader = reader("abcdefgh\nij\n", 3);

    Utf8LineReader.Line first = reader.next();
    assertThat(first.tooLong()).isTrue();
    assertThat(first.text()).isEqualTo("abc");
    Utf8LineReader.Line second = reader.next();
    assertThat(second.tooLong()).isFalse();
    assertThat(second.text()).isEqualTo("ij");
    assertThat(second.number()).isEqualTo(2);
  }

  @Test
  void decodesCharactersSplitAcrossReads() throws IOException {
    // A stream that hands over one byte at a time splits every multi-byte character.
    byte[] bytes = "é€😀\nß".getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    Utf8LineReader reader = new Utf8LineReader(trickle, 100);

    assertThat(reader.next().text()).isEqualTo("é€😀");
    assertThat(reader.next().text()).isEqualTo("ß");
    assertThat(reader.next()).isNull();
  }

  @Test
  void handsOverTheGoodLinesBeforeThrowingOnBadBytes() throws IOException {
    byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, 0x28, '\n'};
    Utf8LineReader reader = new Utf8LineReader(new ByteArrayInputStream(bytes), 100);

    assertThat(reader.next().text()).isEqualTo("a");
    assertThat(reader.next().text()).isEqualTo("b");
    assertThatThrownBy(reader::next).isInstanceOf(CharacterCodingException.class);
    assertThat(reader.currentLineNumber()).isEqualTo(3);
  }

  @Test
  void flagsNulCharacters() throws IOException {
    Utf8LineReader reader = reader("a\u0000b\nc\n", 100);

    assertThat(reader.next().containsNul()).isTrue();
    assertThat(reader.next().containsNul()).isFalse();
  }

  private static Utf8LineReader reader(String text, int maxLineChars) {
    return new Utf8LineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLineChars);
  }

  private static List<String> texts(String text, int maxLineChars) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Utf8LineReader reader = reader(text, maxLineChars)) {
      for (Utf8LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        texts.add(line.text());
      }
    }
    return texts;
  }
}
