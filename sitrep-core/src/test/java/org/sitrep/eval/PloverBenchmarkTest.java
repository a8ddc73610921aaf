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
 * <p>The events issue asks for event-type accuracy 0.80 and source and target accuracy 0.75 each,
 * which the coder does not reach yet (measured 0.739, 0.732, 0.660); until it does, this test
 * guards what it reaches against regression, about two points below each figure.
 */
class PloverBenchmarkTest {
  private static final double TYPE_GUARD = 0.72;
  private static final double SOURCE_GUARD = 0.71;
  private static final double TARGET_GUARD = 0.64;

  @Test
  void eventCodingHoldsWhatItReaches() throws Exception {
    Optional<Path> gold = Shared.path("eval/plover-gsr/PLOVER_GSR_CAMEO.json");
    assumeTrue(gold.isPresent(), "../shared/eval is absent");
    PloverEventScore events = new PloverEvaluation(Pipeline.fromConfig(SitrepConfig.defaults())).run(PloverGold.read(gold.get())).events();
    System.out.printf(Locale.ROOT, "PLOVER: type %.3f, source %.3f, target %.3f (%s)%n",
        events.typeAccuracy(), events.sourceAccuracy(), events.targetAccuracy(), events.counts());
    assertThat(events.typeAccuracy()).isGreaterThanOrEqualTo(TYPE_GUARD);
    assertThat(events.sourceAccuracy()).isGreaterThanOrEqualTo(SOURCE_GUARD);
    assertThat(events.targetAccuracy()).isGreaterThanOrEqualTo(TARGET_GUARD);
  }
}
