package org.sitrep.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
  @Test
  void shortLinesStayAsTheyAre() {
    assertThat(Headlines.cut("  Leaders   meet in Doha ", 80)).isEqualTo("Leaders meet in Doha");
  }

  @Test
  void longLinesAreCutAtAWordWithAnEllipsis() {
    String cut = Headlines.cut("The foreign ministers of twelve countries met in Geneva on Tuesday to discuss grain exports", 40);
    assertThat(cut).isEqualTo("The foreign ministers of twelve…");
    assertThat(cut.length()).isLessThanOrEqualTo(40);
  }

  @Test
  void aSingleLongWordIsCutHard() {
    assertThat(Headlines.cut("x".repeat(100), 10)).isEqualTo("xxxxxxxxx…");
  }

  @Test
  void possessivesOfNamesEndingInSTakeTheApostropheAlone() {
    assertThat(HeadlineWriter.possessive("Russia")).isEqualTo("Russia's");
    assertThat(HeadlineWriter.possessive("United States")).isEqualTo("United States'");
  }
}
