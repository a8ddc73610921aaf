package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Shared;

/**
 * The PLOVER gold-standard records of {@code ../shared/eval} (skipped when absent), scored as
 * {@code sitrep eval plover} scores them.
 *
 * <p>The events issue asks for event-type accuracy 0.80 and source and target accuracy 0.75 each.
 * All three reach their bars (measured type 0.801, one record to spare; source 0.782; target
 * 0.771), and this test asserts the bars.
 */
class PloverBenchmarkTest {
  private static final double TYPE_BAR = 0.80;
  private static final double SOURCE_BAR = 0.75;
  private static final double TARGET_BAR = 0.75;

  @Test
  void eventCodingMeetsTheIssuesBars() throws Exception {
    Optional<Path> gold = Shared.path("eval/plover-gsr/PLOVER_GSR_CAMEO.json");
    assumeTrue(gold.isPresent(), "../shared/eval is absent");
    PloverEventScore events = new PloverEvaluation(Pipeline.fromConfig(SitrepConfig.defaults())).run(PloverGold.read(gold.get())).events();
    System.out.printf(Locale.ROOT, "PLOVER: type %.3f, source %.3f, target %.3f (%s)%n",
        events.typeAccuracy(), events.sourceAccuracy(), events.targetAccuracy(), events.counts());
    assertThat(events.typeAccuracy()).isGreaterThanOrEqualTo(TYPE_BAR);
    assertThat(events.sourceAccuracy()).isGreaterThanOrEqualTo(SOURCE_BAR);
    assertThat(events.targetAccuracy()).isGreaterThanOrEqualTo(TARGET_BAR);
  }
}
