package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.read.html.HtmlArticleReader;

/**
 * Main-text extraction on the ScrapingHub article-extraction benchmark ({@code ground-truth.json}
 * and {@code html/<id>.html.gz}): {@link ExtractionScore}'s F1, precision and recall, pages per
 * second on one thread (reading, extraction and metadata, pages already in memory, over three
 * passes after a warm-up pass), and the worst pages.
 */
public final class ExtractionEvaluation {

  /** One page's outcome. */
  public record PageResult(String id, String url, ExtractionScore.PageScore score, int extractedChars, int expectedChars) {}

  /** The whole run. */
  public record Result(int pages, double f1, double precision, double recall, double pagesPerSecond, List<PageResult> worst) {}

  /** Timed passes over the pages. */
  static final int TIMED_ROUNDS = 3;

  private ExtractionEvaluation() {}

  /** Evaluates the benchmark in {@code dir}; {@code worst} is how many of the worst pages to list. */
  public static Result run(Path dir, int worst) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    List<byte[]> pages = new ArrayList<>();
    List<JsonNode> expected = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        pages.add(in.readAllBytes());
      }
      ids.add(e.getKey());
      expected.add(e.getValue());
    }
    // The untimed first pass is scored; it also warms the JIT, as a long-running reader would be.
    ExtractionScore score = new ExtractionScore();
    List<PageResult> results = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String url = expected.get(i).path("url").asText(null);
      String text = HtmlArticleReader.page(pages.get(i), null, url).text();
      String gold = expected.get(i).path("articleBody").asText("");
      results.add(new PageResult(ids.get(i), url, score.add(text, gold), text.length(), gold.length()));
    }
    // Speed over several passes, so that one noisy moment on a shared machine weighs little.
    long nanos = 0;
    for (int round = 0; round < TIMED_ROUNDS; round++) {
      for (int i = 0; i < pages.size(); i++) {
        long start = System.nanoTime();
        HtmlArticleReader.page(pages.get(i), null, expected.get(i).path("url").asText(null));
        nanos += System.nanoTime() - start;
      }
    }
    results.sort(Comparator.comparingDouble((PageResult r) -> r.score().f1()));
    return new Result(pages.size(), score.f1(), score.precision(), score.recall(), TIMED_ROUNDS * pages.size() / (nanos / 1e9), List.copyOf(results.subList(0, Math.min(worst, results.size()))));
  }
}
