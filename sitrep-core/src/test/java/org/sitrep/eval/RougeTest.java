package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE values worked out by hand (the comments show the counting). */
class RougeTest {
  private final Rouge plain = new Rouge(false);

  @Test
  void unigramsAndBigramsCountClippedOverlaps() {
    // candidate: the×2 cat sat on mat (6); reference: the×2 cat lay on mat (6); overlap 5
    Rouge.Score r1 = plain.rougeN("The cat sat on the mat.", "the cat lay on the mat", 1);
    assertThat(r1.precision()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(r1.f()).isCloseTo(5 / 6.0, within(1e-9));
    // bigrams: "the cat", "on the", "the mat" shared out of 5 each
    assertThat(plain.rougeN("The cat sat on the mat.", "the cat lay on the mat", 2).f()).isCloseTo(0.6, within(1e-9));
    // "the" three times against once: one hit; P 1/3, R 1/2, F 0.4
    Rouge.Score clipped = plain.rougeN("the the the", "the cat", 1);
    assertThat(clipped.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(clipped.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(clipped.f()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void lsumTakesTheUnionOfEachReferenceLinesLcsWithEveryCandidateLine() {
    // single line: LCS "the cat on the mat" = 5 of 6
    assertThat(plain.rougeLsum("the cat sat on the mat", "the cat lay on the mat").f()).isCloseTo(5 / 6.0, within(1e-9));
    // reference line "a b c d": {a b} from candidate line 1, {c d} from line 2; line "e f": both from
    // candidate line 2. Hits 6; candidate 7 tokens, reference 6: P 6/7, R 1, F 12/13
    Rouge.Score lsum = plain.rougeLsum("a b x\nc d e f", "a b c d\ne f");
    assertThat(lsum.precision()).isCloseTo(6 / 7.0, within(1e-9));
    assertThat(lsum.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(lsum.f()).isCloseTo(12 / 13.0, within(1e-9));
    // the union is over candidate lines: "c d e f a b x" on one line shares only "c d" (or "a b")
    // with "a b c d", plus "e f": R 4/6; split after "f", both halves count: R 1
    assertThat(plain.rougeLsum("c d e f a b x", "a b c d\ne f").recall()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(plain.rougeLsum("c d e f\na b x", "a b c d\ne f").recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void lcsWalkBackPrefersDroppingReferenceTokensOnTies() {
    // reference "a b", candidate "b a": LCS length 1; on the tie the walk drops the reference's
    // last token, so the kept position is 0 ("a")
    assertThat(Rouge.lcsPositions(List.of("a", "b"), List.of("b", "a"))).containsExactly(0);
  }

  @Test
  void tokensAreLowercasedAlphanumericRunsAndOnlyLongTokensAreStemmed() {
    assertThat(plain.tokens("U.S.-led talks, 50% done!")).containsExactly("u", "s", "led", "talks", "50", "done");
    assertThat(plain.tokens("  ...  ")).isEmpty();
    Rouge stemmed = new Rouge(true);
    assertThat(stemmed.tokens("Running talks was agreed")).containsExactly("run", "talk", "was", "agre");
    assertThat(stemmed.rougeN("he was running", "he runs", 1).f()).isCloseTo(2 * (2 / 3.0) * 1 / (2 / 3.0 + 1), within(1e-9));
  }

  @Test
  void emptyTextsScoreZero() {
    assertThat(plain.rougeN("", "the cat", 1).f()).isZero();
    assertThat(plain.rougeLsum("the cat", "").f()).isZero();
  }
}
