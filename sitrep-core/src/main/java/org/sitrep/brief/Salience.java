package org.sitrep.brief;

import java.util.List;
import java.util.Map;
import org.sitrep.actors.Actor;
import org.sitrep.doc.Span;
import org.sitrep.events.Certainty;
import org.sitrep.events.Event;

/**
 * How much a body sentence matters to the article, from what news writing and the other layers
 * say: its place (news puts the main event first), how central its words are to the article's,
 * how much it shares with the title, whether it mentions the article's main actors, and whether
 * it reports an event with a known actor.
 *
 * <p>Place weighs most: on the CNN/DailyMail set, weighing it less than the other signals together
 * lost ROUGE at every setting tried (the others then break ties between sentences of about the
 * same place, and pick the points of articles whose opening sentences cannot stand alone).
 */
final class Salience {
  /**
   * How much each signal counts.
   *
   * @param position weight of 1/sqrt(1 + the sentence's place)
   * @param centrality weight of the cosine with the whole article's words
   * @param title weight of the cosine with the title's words
   * @param actors weight of the article's most-mentioned actor the sentence names
   * @param events weight of reporting an event with a known actor
   */
  record Weights(double position, double centrality, double title, double actors, double events) {}

  /**
   * Key points: the lead, in order, of the sentences that can stand alone. A bonus for the
   * sentence telling the main event cost ROUGE on CNN/DailyMail (38.9 against 39.3 ROUGE-1 at the
   * smallest bonus tried), so the main event leads the headline, not the points.
   */
  static final Weights KEY_POINTS = new Weights(4.0, 0.6, 0.4, 0.2, 0.2);

  /**
   * The condensed body: what is central to the article beyond the key points, place still
   * counting. On the BBC set this scored ROUGE-2 51.5 against Lead's 48.6 at the same length; the
   * key points' weights gave 40.0, repeating the lead the points already tell.
   */
  static final Weights BODY = new Weights(1.0, 3.0, 0.4, 0.2, 0.2);

  private final double[] centrality;
  private final double[] title;
  private final double[] actors;
  private final double[] events;

  private Salience(int n) {
    centrality = new double[n];
    title = new double[n];
    actors = new double[n];
    events = new double[n];
  }

  /**
   * The signals of every sentence, measured once for all weightings.
   *
   * @param vectors the sentences' TF-IDF vectors, in the same order
   * @param titleVector the title's TF-IDF vector (empty when there is no title)
   */
  static Salience of(List<BodySentence> sentences, List<Map<String, Double>> vectors, Map<String, Double> titleVector, List<Actor> actors, List<Event> events) {
    Map<String, Double> article = TermVectors.sum(vectors);
    int mostMentions = actors.stream().mapToInt(a -> a.mentions().size()).max().orElse(1);
    Salience s = new Salience(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Span span = sentences.get(i).sentence().span();
      s.centrality[i] = TermVectors.cosine(vectors.get(i), article);
      s.title[i] = TermVectors.cosine(vectors.get(i), titleVector);
      s.actors[i] = actorWeight(span, actors, mostMentions);
      s.events[i] = reportsEvent(span, events) ? 1 : 0;
    }
    return s;
  }

  /** One score per sentence under a weighting. */
  double[] scores(Weights w) {
    double[] scores = new double[centrality.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = w.position() / Math.sqrt(1 + i) + w.centrality() * centrality[i] + w.title() * title[i] + w.actors() * actors[i] + w.events() * events[i];
    }
    return scores;
  }

  /** The share of mentions of the most-mentioned actor the sentence names, against the article's most-mentioned. */
  private static double actorWeight(Span sentence, List<Actor> actors, int mostMentions) {
    double best = 0;
    for (Actor a : actors) {
      if (a.mentions().stream().anyMatch(sentence::contains)) {
        best = Math.max(best, (double) a.mentions().size() / mostMentions);
      }
    }
    return best;
  }

  private static boolean reportsEvent(Span sentence, List<Event> events) {
    return events.stream()
        .anyMatch(e -> sentence.contains(e.trigger()) && e.source() != null && !e.negated() && e.certainty() != Certainty.HYPOTHETICAL);
  }
}
