package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoreTest {

  @Test
  void aPerfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusteringScore s = ClusteringScore.of(gold, Map.of("a", "1", "b", "1", "c", "2"));
    assertThat(s.pairF1()).isEqualTo(1.0);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  /**
   * Gold {a,b,c}{d,e}; found {a,b}{c,d,e}. Pairs found together: ab, cd, ce, de = 4, of which ab
   * and de are right: precision 2/4. Pairs that belong together: ab, ac, bc, de = 4, of which 2
   * found: recall 2/4. B-cubed precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 4.667/5;
   * recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → 3.667/5.
   */
  @Test
  void matchesTheHandCountedExample() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    Map<String, String> found = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");
    ClusteringScore s = ClusteringScore.of(gold, found);
    assertThat(s.pairPrecision()).isEqualTo(0.5);
    assertThat(s.pairRecall()).isEqualTo(0.5);
    assertThat(s.pairF1()).isEqualTo(0.5);
    assertThat(s.bcubedPrecision()).isCloseTo((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-9));
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void allSingletonsHavePerfectPairPrecisionAndNoRecall() {
    ClusteringScore s = ClusteringScore.of(Map.of("a", "x", "b", "x"), Map.of("a", "1", "b", "2"));
    assertThat(s.pairPrecision()).isEqualTo(1.0);
    assertThat(s.pairRecall()).isEqualTo(0.0);
    assertThat(s.pairF1()).isEqualTo(0.0);
  }

  @Test
  void refusesClusteringsOfDifferentItems() {
    assertThatThrownBy(() -> ClusteringScore.of(Map.of("a", "x"), Map.of("b", "1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
