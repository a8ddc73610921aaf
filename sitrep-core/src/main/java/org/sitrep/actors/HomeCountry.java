package org.sitrep.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;

/**
 * The country an article is about, when one stands out: the one whose country and sector actors
 * are mentioned most, strictly more than any other. It answers what the text leaves implicit:
 * "the government" and "lawmakers" with no country named are its sectors, and a national title
 * with no country ("Foreign Minister Bert Koenders said ...") is one of its officials.
 */
final class HomeCountry {
  private static final Set<String> NATIONAL_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD");
  /** Groups that belong to where things happen rather than to a state: civilians, rebels. */
  private static final Set<String> PLACE_BOUND_SECTORS = Set.of("CVL", "REB");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "inside", "across", "throughout");
  private static final int MIN_SCENE_MENTIONS = 2;
  /** Verbs whose content clause is what someone says, not where they are. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "claim", "show", "state", "announce", "add", "warn", "insist", "argue");

  private final ActorKb kb;
  private final ActorTable table;

  HomeCountry(ActorKb kb, ActorTable table) {
    this.kb = kb;
    this.table = table;
  }

  void resolve(List<SentenceContext> contexts) {
    Optional<KbEntry.Country> home = find();
    for (ActorDraft d : home.isEmpty() ? List.<ActorDraft>of() : table.drafts()) {
      if (d.isPerson() && d.roleFromText && d.country == null && d.org == null && d.sector != null && NATIONAL_SECTORS.contains(d.sector)) {
        d.country = home.orElseThrow().code();
      }
    }
    for (SentenceContext c : contexts) {
      unknownOrganizations(c);
    }
    Optional<KbEntry.Country> scene = scene(contexts);
    SectorLexicon sectors = SectorLexicon.get();
    for (SentenceContext c : contexts) {
      for (int i = 0; i < c.sentence.tokens().size(); i++) {
        Optional<String> sector = sectors.sectorOfBareNoun(c.word(i));
        Span span = c.token(i).span();
        if (sector.isPresent() && bareNounUse(c, i) && !table.isClaimed(span)) {
          Optional<KbEntry.Country> beside = c.countryBesideIn(i);
          Optional<KbEntry.Country> country = c.hasOwner(i) ? c.countryNamedBy(i)
              : beside.isPresent() ? beside
              : NATIONAL_SECTORS.contains(sector.get()) ? sentenceCountry(c).or(() -> home)
              : PLACE_BOUND_SECTORS.contains(sector.get()) ? scene.or(() -> home) : home;
          country.ifPresent(k -> table.mention(table.sector(k, sector.get()), span));
        }
      }
    }
  }

  /** A sector noun used as a noun, or as a modifier the tagger calls an adjective: "rebel positions". */
  private static boolean bareNounUse(SentenceContext c, int token) {
    String pos = c.token(token).pos();
    String relation = c.deps.relation(token);
    return pos.startsWith("NN") || pos.startsWith("JJ") && (relation.equals("amod") || relation.equals("compound"));
  }

  /**
   * The country the article's events happen in, when the text names one as a place more than once
   * and more often than any other ("strikes in Syria", "escalation in Syria"). Bare "civilians" and
   * "rebels" are of that country, not of the foreign power the article may name more often.
   */
  private Optional<KbEntry.Country> scene(List<SentenceContext> contexts) {
    Map<String, Integer> counts = new HashMap<>();
    for (SentenceContext c : contexts) {
      for (KbMatch m : c.matches) {
        if (namedAsPlace(c, m)) {
          m.surfaces().stream().filter(x -> x.entry() instanceof KbEntry.Country && x.kind() == org.sitrep.actors.kb.Surface.Kind.NAME).findFirst()
              .ifPresent(x -> counts.merge(((KbEntry.Country) x.entry()).code(), 1, Integer::sum));
        }
      }
    }
    String best = strictMax(counts);
    return best == null || counts.get(best) < MIN_SCENE_MENTIONS ? Optional.empty() : kb.country(best);
  }

  private static boolean namedAsPlace(SentenceContext c, KbMatch m) {
    for (int t = m.first(); t < m.end(); t++) {
      for (int child : c.deps.children(t)) {
        if (c.deps.relation(child).equals("case") && PLACE_PREPOSITIONS.contains(c.word(child).toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An organisation the knowledge base does not know, with no country beside it, is of the one
   * country its first sentence's other actors belong to ("President Bouteflika said he is prepared
   * to lift the ban on the Islamic Salvation Front").
   */
  private void unknownOrganizations(SentenceContext c) {
    Span sentence = c.sentence.span();
    for (ActorDraft d : table.drafts()) {
      if (d.key.startsWith("orgname:") && d.country == null && d.org == null && !d.mentions.isEmpty() && sentence.contains(d.mentions.first())) {
        // not a country named only in what is reported: in "an analyst at the Levant Security
        // Monitor said Russia was deploying ...", Russia is what is said, not where the monitor is
        sentenceCountry(c, d.mentions.first()).ifPresent(k -> d.country = k.code());
      }
    }
  }

  /**
   * The one country the sentence's other actors belong to, if they all belong to one: "President
   * Poroshenko backed down after lawmakers objected" names Ukraine's lawmakers, whatever country
   * the article mentions most.
   */
  private Optional<KbEntry.Country> sentenceCountry(SentenceContext c) {
    return sentenceCountry(c, null);
  }

  /**
   * As {@link #sentenceCountry(SentenceContext)}; given a mention {@code of}, leaving out actors
   * named only inside a report that does not hold it.
   */
  private Optional<KbEntry.Country> sentenceCountry(SentenceContext c, Span of) {
    Span sentence = c.sentence.span();
    int report = of == null ? -1 : reportHolding(c, c.tokenAt(of.start()));
    Set<String> countries = new java.util.HashSet<>();
    for (ActorDraft d : table.drafts()) {
      if (d.country != null && d.org == null
          && d.mentions.stream().anyMatch(m -> sentence.contains(m) && (of == null || outsideOtherReports(c, m, report)))) {
        countries.add(d.country);
      }
    }
    return countries.size() == 1 ? kb.country(countries.iterator().next()) : Optional.empty();
  }

  /** Whether a mention lies in the main clause or in the reported clause {@code report} itself. */
  private static boolean outsideOtherReports(SentenceContext c, Span mention, int report) {
    int own = reportHolding(c, c.tokenAt(mention.start()));
    return own == -1 || own == report;
  }

  /** The outermost reported content clause ("said that ...") a token lies in, or -1. */
  private static int reportHolding(SentenceContext c, int token) {
    int outermost = -1;
    for (int t = token; t >= 0; t = c.deps.governor(t)) {
      int governor = c.deps.governor(t);
      if (governor >= 0 && c.deps.relation(t).equals("ccomp") && REPORTING.contains(c.token(governor).lemma())) {
        outermost = t;
      }
    }
    return outermost;
  }

  private Optional<KbEntry.Country> find() {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorDraft d : table.drafts()) {
      if (d.country != null && !d.isPerson() && (d.kind == ActorKind.COUNTRY || d.key.startsWith("sector:"))) {
        counts.merge(d.country, d.mentions.size(), Integer::sum);
      }
    }
    String best = strictMax(counts);
    return best == null ? Optional.empty() : kb.country(best);
  }

  /** The key with the highest count, strictly above every other; null when none or tied. */
  private static String strictMax(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
