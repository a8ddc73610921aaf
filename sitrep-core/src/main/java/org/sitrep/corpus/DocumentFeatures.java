package org.sitrep.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.analysis.Analysis;
import org.sitrep.analysis.Analysis.ActorJson;
import org.sitrep.analysis.Analysis.EventJson;
import org.sitrep.read.Article;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * What the story clusterer looks at in one article: stemmed term counts (title words twice, since
 * a headline names the story), actor mention counts keyed by kind and name, event counts keyed by
 * type, source and target, and the publication time.
 */
public record DocumentFeatures(
    Map<String, Integer> terms, Map<String, Integer> actors, Map<String, Integer> events, Instant time) {

  private static final Set<String> STOPWORDS = loadStopwords();

  public DocumentFeatures {
    terms = Map.copyOf(terms);
    actors = Map.copyOf(actors);
    events = Map.copyOf(events);
  }

  /** The features of an analysed article published (or, without a date, ingested) at {@code time}. */
  public static DocumentFeatures of(Article article, Analysis analysis, Instant time) {
    Map<String, Integer> terms = termCounts(article);
    Map<String, Integer> actors = new HashMap<>();
    Map<String, String> keyOfId = new HashMap<>();
    for (ActorJson actor : analysis.actors()) {
      String key = actorKey(actor);
      keyOfId.put(actor.id(), key);
      actors.merge(key, Math.max(1, actor.mentions().size()), Integer::sum);
    }
    Map<String, Integer> events = new LinkedHashMap<>();
    for (EventJson event : analysis.events()) {
      events.merge(eventKey(event.type(), keyOfId.get(event.source()), keyOfId.get(event.target())), 1, Integer::sum);
    }
    return new DocumentFeatures(terms, actors, events, time);
  }

  /** An actor as stories know it across articles: kind and lower-case name ("person:sergei lavrov"). */
  public static String actorKey(ActorJson actor) {
    return actor.kind() + ":" + actor.name().toLowerCase(Locale.ROOT);
  }

  /** An event as stories know it across articles: "REJECT|person:vladimir putin|-". */
  static String eventKey(String type, String sourceKey, String targetKey) {
    return type + "|" + (sourceKey == null ? "-" : sourceKey) + "|" + (targetKey == null ? "-" : targetKey);
  }

  /** The article's stemmed terms and their counts, title words counted twice. */
  public static Map<String, Integer> termCounts(Article article) {
    Map<String, Integer> terms = new HashMap<>();
    countTerms(article.title(), 2, terms);
    countTerms(article.body(), 1, terms);
    return terms;
  }

  /** Adds the stems of {@code text}'s words of three letters or more, stopwords left out. */
  static void countTerms(String text, int weight, Map<String, Integer> counts) {
    PorterStemmer stemmer = new PorterStemmer();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 3 || STOPWORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      stemmer.setCurrent(word);
      stemmer.stem();
      counts.merge(stemmer.getCurrent(), weight, Integer::sum);
    }
  }

  private static Set<String> loadStopwords() {
    try (InputStream in = DocumentFeatures.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords.txt missing from the classpath");
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
