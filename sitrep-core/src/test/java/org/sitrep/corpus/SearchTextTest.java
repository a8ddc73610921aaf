package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {
  @Test
  void quotesEveryWordAndKeepsPhrases() {
    assertThat(SearchText.ftsQuery("peace deal")).isEqualTo("\"peace\" \"deal\"");
    assertThat(SearchText.ftsQuery("\"peace deal\" Lavrov")).isEqualTo("\"peace deal\" \"Lavrov\"");
  }

  @Test
  void operatorsAndPunctuationCannotBreakTheQuery() {
    assertThat(SearchText.ftsQuery("NEAR(a b) OR - * \" ")).isEqualTo("\"NEAR\" \"a\" \"b\" \"OR\"");
    assertThat(SearchText.ftsQuery("  ")).isEmpty();
    assertThat(SearchText.ftsQuery(null)).isEmpty();
  }
}
