package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void oneLineCollapsesEveryKindOfSpace() {
    assertThat(TextNormalizer.oneLine(" a\u00A0\u00A0b\t\tc\nd\u2003e\u0001f\u0085g\u202F "))
        .isEqualTo("a b c d e f g");
  }

  @Test
  void oneLineKeepsOtherCharactersAsTheyAre() {
    assertThat(TextNormalizer.oneLine("Qatar’s “plan” — 76 %, 北京"))
        .isEqualTo("Qatar’s “plan” — 76 %, 北京");
  }

  @Test
  void linesSplitOnEveryLineEnding() {
    assertThat(TextNormalizer.lines("a\r\nb\rc\nd")).containsExactly("a", "b", "c", "d");
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesAndJoinedWithinThemselves() {
    List<String> lines = List.of("", "one", "two", " \t", "", "three", "\u00A0");

    assertThat(TextNormalizer.paragraphs(lines)).containsExactly("one two", "three");
  }

  @Test
  void bodyJoinsParagraphsWithOneBlankLine() {
    assertThat(TextNormalizer.body("\n one \r\n two\r\n\r\n\r\n three\n"))
        .isEqualTo("one two\n\nthree");
  }

  @Test
  void blankMeansOnlySpacesAndLineFeeds() {
    assertThat(TextNormalizer.isBlank(" \n\t\u00A0\u0000")).isTrue();
    assertThat(TextNormalizer.isBlank(" x ")).isFalse();
    assertThat(TextNormalizer.isBlank("")).isTrue();
  }
}
