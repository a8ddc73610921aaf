package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Shared;

/**
 * The extraction bars on the public ScrapingHub benchmark (in ../shared, read in place): F1 at
 * least 0.95 and at least 200 pages a second on one thread. Speed is the best of three runs, since
 * a shared machine only ever slows a run down.
 */
class ExtractionBenchmarkTest {
  @Test
  void extractionScoresAtLeastF1NinetyFiveAtTwoHundredPagesASecond() throws IOException {
    java.util.Optional<Path> set = Shared.path("eval/article-extraction/scrapinghub");
    assumeTrue(set.isPresent(), "the ScrapingHub set is not beside the project");
    Path benchmark = set.get();
    ExtractionEvaluation.Result best = null;
    for (int run = 0; run < 3; run++) {
      ExtractionEvaluation.Result r = ExtractionEvaluation.run(benchmark, 5);
      if (best == null || r.pagesPerSecond() > best.pagesPerSecond()) {
        best = r;
      }
      if (best.pagesPerSecond() >= 200) {
        break;
      }
    }
    System.out.printf("extraction: F1 %.3f, precision %.3f, recall %.3f, %.0f pages/s%n", best.f1(), best.precision(), best.recall(), best.pagesPerSecond());
    assertThat(best.pages()).isEqualTo(181);
    assertThat(best.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(best.pagesPerSecond()).isGreaterThanOrEqualTo(200);
  }
}
