package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.brief.Brief;
import org.sitrep.brief.Headlines;
import org.sitrep.doc.Document;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * Sitrep's briefs against reference summaries, with the Lead and TextRank baselines computed in the
 * same run over the same sentences and scored by the same {@link Rouge}:
 *
 * <ul>
 *   <li>CNN/DailyMail ({@code {"id","body","highlights"}} per line): the key points against the
 *       human highlights; Lead-3 and TextRank-3.
 *   <li>BBC ({@code article/<topic>/NNN.txt} with the headline on line 1, hidden from Sitrep, and
 *       {@code summary/<topic>/NNN.txt}): the headline against the real one, with the first
 *       sentence cut to 80 characters as baseline; and the condensed body against the reference
 *       summary, with Lead and TextRank cut to the body's length.
 * </ul>
 */
public final class BriefEvaluation {
  public static final String SITREP = "Sitrep";

  /** Mean ROUGE F-measures (0–100) of one system. */
  public record Scores(double rouge1, double rouge2, double rougeLsum) {}

  /**
   * One result table.
   *
   * @param systems each system's mean scores, Sitrep first and the baseline it must beat second
   * @param wins articles where Sitrep's mean of the three F-measures beats the baseline's
   */
  public record Table(String name, int articles, Map<String, Scores> systems, String baseline, int wins, int ties, int losses) {}

  private final Pipeline pipeline;
  private final int threads;
  private final Rouge rouge;
  private final TextRank textRank = new TextRank();

  public BriefEvaluation(Pipeline pipeline, int threads, boolean stem) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.rouge = new Rouge(stem);
  }

  /** The CNN/DailyMail table. */
  public Table cnnDm(Path jsonl, IntConsumer progress) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(json.readTree(line));
      }
    }
    List<Map<String, double[]>> perArticle = runAll(rows.size(), i -> {
      JsonNode row = rows.get(i);
      Document doc = pipeline.process(new Article(row.path("id").asText("cnndm-" + i), "", List.of(), row.path("body").asText(), null, null, null));
      List<String> highlights = new ArrayList<>();
      row.path("highlights").forEach(h -> highlights.add(h.asText()));
      String reference = String.join("\n", highlights);
      List<String> sentences = bodySentences(doc);
      Map<String, double[]> scores = new LinkedHashMap<>();
      scores.put(SITREP, score(String.join("\n", doc.require(Brief.LAYER).keyPoints()), reference));
      scores.put("Lead-3", score(String.join("\n", sentences.subList(0, Math.min(3, sentences.size()))), reference));
      scores.put("TextRank-3", score(String.join("\n", textRank.top(sentences, 3)), reference));
      return scores;
    }, progress);
    return table("CNN/DailyMail: key points vs highlights", perArticle, "Lead-3");
  }

  /** The two BBC tables: headlines, and condensed bodies. */
  public List<Table> bbc(Path dir, IntConsumer progress) throws IOException {
    List<Path> articles;
    try (Stream<Path> files = Files.walk(dir.resolve("article"))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Map<String, double[]>> headlines = new ArrayList<>();
    List<Map<String, double[]>> bodies = new ArrayList<>();
    List<Map<String, double[]>[]> both = runAll(articles.size(), i -> bbcArticle(dir, articles.get(i)), progress);
    for (Map<String, double[]>[] pair : both) {
      headlines.add(pair[0]);
      bodies.add(pair[1]);
    }
    return List.of(
        table("BBC: headline vs the real headline (hidden from the input)", headlines, "First sentence (80 chars)"),
        table("BBC: condensed body vs reference summary, baselines at the body's length", bodies, "Lead"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, double[]>[] bbcArticle(Path dir, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String title = lines.isEmpty() ? "" : lines.get(0).trim();
    String body = lines.stream().skip(1).collect(Collectors.joining("\n")).trim();
    Path summaryFile = dir.resolve("summary").resolve(dir.resolve("article").relativize(file));
    String summary = Files.exists(summaryFile) ? Files.readString(summaryFile, StandardCharsets.UTF_8).trim() : "";
    Document doc = pipeline.process(new Article(file.toString(), "", List.of(), body, null, null, null));
    Brief brief = doc.require(Brief.LAYER);
    List<String> sentences = bodySentences(doc);
    String first = sentences.isEmpty() ? "" : sentences.get(0);
    String best = sentences.isEmpty() ? "" : textRank.top(sentences, 1).get(0);
    Map<String, double[]> headline = new LinkedHashMap<>();
    headline.put(SITREP, score(brief.headline(), title));
    headline.put("First sentence (80 chars)", score(Headlines.cut(first, 80), title));
    headline.put("TextRank (80 chars)", score(Headlines.cut(best, 80), title));
    int words = wordCount(brief.body());
    Map<String, double[]> condensed = new LinkedHashMap<>();
    condensed.put(SITREP, score(lines(brief.body()), summary));
    condensed.put("Lead", score(lines(firstWords(sentences, words)), summary));
    condensed.put("TextRank", score(lines(firstWords(textRankOrder(sentences, words), words)), summary));
    return new Map[] {headline, condensed};
  }

  /** TextRank's best sentences, enough for {@code words} words, in the article's order. */
  private List<String> textRankOrder(List<String> sentences, int words) {
    List<Integer> chosen = new ArrayList<>();
    int total = 0;
    for (int i : textRank.rank(sentences)) {
      if (total >= words) {
        break;
      }
      chosen.add(i);
      total += wordCount(sentences.get(i));
    }
    chosen.sort(Integer::compare);
    return chosen.stream().map(sentences::get).toList();
  }

  private static String firstWords(List<String> sentences, int words) {
    StringBuilder out = new StringBuilder();
    int left = words;
    for (String s : sentences) {
      if (left <= 0) {
        break;
      }
      String[] w = s.trim().split("\\s+");
      out.append(out.length() == 0 ? "" : " ").append(String.join(" ", Arrays.copyOf(w, Math.min(left, w.length))));
      left -= w.length;
    }
    return out.toString();
  }

  /** One sentence per line, for ROUGE-Lsum, split the same way for every system. */
  private static String lines(String text) {
    return text.replaceAll("(?<=[.!?][\"'”’]?)\\s+(?=[A-Z\"“‘'])", "\n");
  }

  private static int wordCount(String text) {
    String t = text.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private double[] score(String candidate, String reference) {
    return new double[] {
      rouge.rougeN(candidate, reference, 1).f(), rouge.rougeN(candidate, reference, 2).f(), rouge.rougeLsum(candidate, reference).f()
    };
  }

  static List<String> bodySentences(Document doc) {
    List<String> sentences = new ArrayList<>();
    for (Sentence s : doc.require(NlpAnnotations.LAYER).sentencesWithin(doc.bodySpan())) {
      sentences.add(doc.text(s.span()).replaceAll("\\s+", " ").trim());
    }
    return sentences;
  }

  private static Table table(String name, List<Map<String, double[]>> perArticle, String baseline) {
    Map<String, Scores> systems = new LinkedHashMap<>();
    int wins = 0;
    int ties = 0;
    int losses = 0;
    for (Map<String, double[]> article : perArticle) {
      double sitrep = mean(article.get(SITREP));
      double base = mean(article.get(baseline));
      if (Math.abs(sitrep - base) < 1e-9) {
        ties++;
      } else if (sitrep > base) {
        wins++;
      } else {
        losses++;
      }
    }
    for (String system : perArticle.isEmpty() ? List.<String>of() : perArticle.get(0).keySet()) {
      double[] sum = new double[3];
      for (Map<String, double[]> article : perArticle) {
        for (int m = 0; m < 3; m++) {
          sum[m] += article.get(system)[m];
        }
      }
      int n = perArticle.size();
      systems.put(system, new Scores(100 * sum[0] / n, 100 * sum[1] / n, 100 * sum[2] / n));
    }
    return new Table(name, perArticle.size(), systems, baseline, wins, ties, losses);
  }

  private static double mean(double[] scores) {
    return (scores[0] + scores[1] + scores[2]) / 3;
  }

  /** What one article gives; may throw, which fails the evaluation naming the article number. */
  private interface Job<T> {
    T run(int index) throws Exception;
  }

  private <T> List<T> runAll(int count, Job<T> job, IntConsumer progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          T result = job.run(index);
          progress.accept(done.incrementAndGet());
          return result;
        }));
      }
      List<T> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("article " + (i + 1) + ": " + e.getCause(), e.getCause());
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
