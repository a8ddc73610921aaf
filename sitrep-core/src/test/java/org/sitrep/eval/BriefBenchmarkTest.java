package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.config.SitrepConfig;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Shared;

/**
 * The brief benchmarks of {@code ../shared/eval} (skipped when absent), scored as {@code sitrep
 * eval briefs} scores them.
 *
 * <p>The briefs issue's bars: on BBC, the headline's ROUGE-1 at least the first sentence cut to 80
 * characters, and the condensed body's ROUGE-2 at least Lead's at the same length; on
 * CNN/DailyMail, the key points at least Lead-3 on ROUGE-1 and ROUGE-2 (measured 40.06/18.38
 * against 39.89/18.31: a thin margin, which this keeps from slipping unnoticed).
 */
class BriefBenchmarkTest {

  @Test
  void briefsBeatTheBaselinesTheIssueNames() throws Exception {
    Optional<Path> cnn = Shared.path("eval/cnndm-frank/cnndm-test-250.jsonl");
    Optional<Path> bbc = Shared.path("eval/bbc-summaries");
    assumeTrue(cnn.isPresent() && bbc.isPresent(), "../shared/eval is absent");
    BriefEvaluation evaluation = new BriefEvaluation(Pipeline.fromConfig(SitrepConfig.defaults()), 2, false);

    List<BriefEvaluation.Table> bbcTables = evaluation.bbc(bbc.get(), done -> {});
    BriefEvaluation.Table headlines = bbcTables.get(0);
    BriefEvaluation.Table bodies = bbcTables.get(1);
    print(headlines);
    print(bodies);
    assertThat(headlines.systems().get(BriefEvaluation.SITREP).rouge1()).isGreaterThanOrEqualTo(headlines.systems().get(headlines.baseline()).rouge1());
    assertThat(bodies.systems().get(BriefEvaluation.SITREP).rouge2()).isGreaterThanOrEqualTo(bodies.systems().get(bodies.baseline()).rouge2());

    BriefEvaluation.Table points = evaluation.cnnDm(cnn.get(), done -> {});
    print(points);
    BriefEvaluation.Scores sitrep = points.systems().get(BriefEvaluation.SITREP);
    BriefEvaluation.Scores lead = points.systems().get("Lead-3");
    assertThat(lead.rouge1()).as("our Lead-3 matches the published 39.6 within a point").isBetween(38.6, 40.6);
    assertThat(sitrep.rouge1()).as("key points ROUGE-1 against Lead-3's").isGreaterThanOrEqualTo(lead.rouge1());
    assertThat(sitrep.rouge2()).as("key points ROUGE-2 against Lead-3's").isGreaterThanOrEqualTo(lead.rouge2());
  }

  private static void print(BriefEvaluation.Table t) {
    System.out.println(t.name());
    t.systems().forEach((name, s) -> System.out.printf(Locale.ROOT, "  %-26s %6.2f %6.2f %6.2f%n", name, s.rouge1(), s.rouge2(), s.rougeLsum()));
  }
}
