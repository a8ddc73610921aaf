package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Surface;
import org.sitrep.actors.lexicon.SectorLexicon;
import org.sitrep.doc.Span;
import org.sitrep.nlp.EntityMention;

/**
 * Everything named that is not a person: countries and their demonyms, regions, capitals and seats,
 * international organisations, national bodies, and organisations only the tagger knows.
 *
 * <ul>
 *   <li>A country or demonym that modifies a sector noun is that sector ("Russian officials", "U.S.
 *       officials", "Russia's foreign ministry": the government); otherwise the country.
 *   <li>A capital is the government ("Moscow said", "support from Washington"), unless it is named
 *       as a place ("talks in Moscow"), where it is the country, as "talks in Russia" would be
 *       (a mention no later pronoun refers back to). A seat is its organisation where the
 *       text names the organisation ("Brussels" and the EU).
 *   <li>A region is an actor unless named as a place ("in the Gulf").
 *   <li>A body that stands for its country's government ("the Kremlin") is that government.
 *   <li>An ethnic group is of the country the sentence places it in ("ethnic Albanians in a
 *       gunbattle in southern Serbia"), with the sector its noun names ("guerrillas": rebels).
 *   <li>An organisation the knowledge base does not know takes the country the text gives it ("the
 *       Ukrainian group Transparent Hryvnia", "the Amman-based Relief Bridge", "the Nordic Defence
 *       Forum in Oslo").
 * </ul>
 */
final class NameResolver {
  /**
   * Prepositions that make a name a place: "in Moscow", "near Kyiv". Not "to" or "on": "appealed
   * to Moscow", "called on Beijing" address the government.
   */
  private static final Set<String> LOCATIVES =
      Set.of("in", "at", "into", "near", "outside", "around", "across", "through", "inside", "via", "within", "between");
  private static final int ORG_QUALIFIER_WINDOW = 5;
  private static final int PLACING_WINDOW = 10;
  /** Prepositions that place people inside a country ("in", not "near" or "outside"). */
  private static final Set<String> PLACING = Set.of("in", "inside", "throughout", "across");
  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");

  private final ActorKb kb;
  private final ActorTable table;
  private final SectorLexicon sectors = SectorLexicon.get();

  NameResolver(ActorKb kb, ActorTable table) {
    this.kb = kb;
    this.table = table;
  }

  void resolve(List<SentenceContext> contexts) {
    for (SentenceContext c : contexts) {
      for (KbMatch m : c.matches) {
        if (!m.namesPerson() && !table.isClaimed(m.span()) && !c.insidePersonName(m)) {
          resolve(c, m);
        }
      }
    }
    for (SentenceContext c : contexts) {
      unknownOrganizations(c);
    }
  }

  private void resolve(SentenceContext c, KbMatch m) {
    boolean place = isPlace(c, m);
    for (Surface s : m.surfaces()) {
      if (s.kind() == Surface.Kind.NAME || s.kind() == Surface.Kind.DEMONYM) {
        if (s.entry() instanceof KbEntry.Country country) {
          countryOrSector(c, m, country);
          return;
        }
        if (s.entry() instanceof KbEntry.Region region) {
          if (!place || s.kind() == Surface.Kind.DEMONYM) {
            table.mention(table.region(region), m.span());
          }
          return;
        }
      }
      if (s.kind() == Surface.Kind.NAME && s.entry() instanceof KbEntry.Organization org) {
        table.mention(table.organization(org), m.span());
        return;
      }
      if (s.kind() == Surface.Kind.NAME && s.entry() instanceof KbEntry.Body body) {
        Optional<KbEntry.Country> country = body.country() == null ? Optional.empty() : kb.country(body.country());
        ActorDraft draft = body.metonym() && country.isPresent() && body.sector() != null ? table.sector(country.get(), body.sector()) : table.body(body);
        table.mention(draft, m.span());
        return;
      }
    }
    if (place) {
      // "curfew in Algiers": a capital named as a place is its country, as "curfew in Algeria" is
      m.of(Surface.Kind.CAPITAL).filter(s -> !basedAfter(c, m.end())).ifPresent(s -> {
        ActorDraft country = table.country((KbEntry.Country) s.entry());
        if (table.mention(country, m.span())) {
          country.places.add(m.span());
        }
      });
      return;
    }
    for (Surface s : m.surfaces()) {
      if (s.kind() == Surface.Kind.SEAT && s.entry() instanceof KbEntry.Organization org && mentioned(org)) {
        table.mention(table.organization(org), m.span());
        return;
      }
    }
    m.of(Surface.Kind.CAPITAL).ifPresent(s -> table.mention(table.sector((KbEntry.Country) s.entry(), "GOV"), m.span()));
  }

  /**
   * The country the rest of the sentence places a group in, a few words on: "ethnic Albanians
   * (killed) in a gunbattle in southeastern Serbia".
   */
  private static Optional<KbEntry.Country> placedIn(SentenceContext c, int from) {
    for (KbMatch m : c.matches) {
      if (m.first() >= from && m.first() - from <= PLACING_WINDOW && PLACING.contains(locativeBefore(c, m))) {
        for (Surface s : m.surfaces()) {
          if (s.entry() instanceof KbEntry.Country k && (s.kind() == Surface.Kind.NAME || s.kind() == Surface.Kind.CAPITAL)) {
            return Optional.of(k);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the words are named as a place: after a locative preposition, or "Amman-based". */
  static boolean isPlace(SentenceContext c, KbMatch m) {
    return LOCATIVES.contains(locativeBefore(c, m)) || basedAfter(c, m.end());
  }

  /** The word before a name, past "the" and a compass word ("in central Baghdad", "in the West Bank"), lower case; or "". */
  private static String locativeBefore(SentenceContext c, KbMatch m) {
    int before = m.first() - 1;
    if (before >= 0 && COMPASS.contains(c.word(before).toLowerCase(Locale.ROOT))) {
      before--;
    }
    if (before >= 0 && c.word(before).equalsIgnoreCase("the")) {
      before--;
    }
    return before >= 0 ? c.word(before).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean basedAfter(SentenceContext c, int token) {
    int i = token;
    if (i < c.sentence.tokens().size() && c.word(i).equals("-")) {
      i++;
    }
    return i < c.sentence.tokens().size() && (c.word(i).equalsIgnoreCase("based") || c.word(i).toLowerCase(Locale.ROOT).startsWith("-based"));
  }

  private boolean mentioned(KbEntry.Organization org) {
    String top = kb.topLevel(org).id();
    return table.drafts().stream().anyMatch(d -> top.equals(d.org) && !d.mentions.isEmpty() && !d.isPerson());
  }

  private void countryOrSector(SentenceContext c, KbMatch m, KbEntry.Country country) {
    if (m.first() > 0 && c.word(m.first() - 1).equalsIgnoreCase("ethnic")) {
      // "ethnic Albanians in south Serbia" are people of Serbia, not Albania's state; so are
      // "ethnic Albanian guerrillas operating in Macedonia" that country's rebels
      Optional<KbEntry.Country> home = c.countryNamedBy(m.end() - 1).or(() -> placedIn(c, m.end()));
      if (home.isPresent() && !home.get().equals(country)) {
        Optional<SentenceContext.SectorNoun> noun = c.sectorNounOf(m, sectors);
        String sector = noun.map(SentenceContext.SectorNoun::sector).filter(x -> !x.equals(SectorLexicon.SIDE)).orElse("CVL");
        int end = noun.isPresent() && !noun.get().coordinated() ? noun.get().token() : m.end() - 1;
        table.mention(table.sector(home.get(), sector), new Span(c.token(m.first() - 1).span().start(), c.token(end).span().end()));
        return;
      }
    }
    Optional<SentenceContext.SectorNoun> noun = c.sectorNounOf(m, sectors);
    if (noun.isPresent() && !noun.get().sector().equals(SectorLexicon.SIDE)) {
      ActorDraft draft = table.sector(country, noun.get().sector());
      Span span = noun.get().coordinated() ? m.span() : new Span(m.span().start(), c.token(noun.get().token()).span().end());
      if (!table.mention(draft, span)) {
        table.mention(draft, m.span());
      }
      return;
    }
    if (basedAfter(c, m.end())) {
      return; // "Singapore-based": a place, lent to the organisation that follows
    }
    table.mention(table.country(country), m.span());
  }

  /** Organisations the tagger found that the knowledge base does not know. */
  private void unknownOrganizations(SentenceContext c) {
    for (EntityMention e : c.entities) {
      if (e.type().equals("ORGANIZATION") && !table.isClaimed(e.span())) {
        ActorDraft draft = table.unknownOrganization(c.text(e.span()));
        if (table.mention(draft, e.span()) && draft.country == null) {
          draft.country = countryAround(c, e);
        }
      }
    }
  }

  /**
   * The country the text gives an organisation: a country, demonym or "X-based" a few words before
   * it, or "in &lt;capital&gt;" or an apposition with a demonym right after it.
   */
  private String countryAround(SentenceContext c, EntityMention e) {
    for (KbMatch m : c.matches) {
      boolean before = m.end() <= e.firstToken() && e.firstToken() - m.end() <= ORG_QUALIFIER_WINDOW;
      boolean after = m.first() >= e.endToken() && m.first() - e.endToken() <= 2
          && (c.word(e.endToken()).equals(",") || c.word(e.endToken()).equalsIgnoreCase("in"));
      if (!before && !after) {
        continue;
      }
      for (Surface s : m.surfaces()) {
        if (s.entry() instanceof KbEntry.Country country) {
          return country.code();
        }
      }
    }
    return null;
  }
}
