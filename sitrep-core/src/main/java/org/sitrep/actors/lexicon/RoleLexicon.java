package org.sitrep.actors.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.data.Tsv;

/**
 * Titles that name a person's role ("Foreign Minister", "spokesman", "President-elect"), from
 * {@code roles.tsv}, and the canonical role each stands for.
 */
public final class RoleLexicon {
  private static final int LONGEST_PHRASE_WORDS = 5;

  /**
   * A title found in the text: its canonical role, implied sector (null when none), and whether
   * the lexicon lists the phrase (rather than reading it as "&lt;Domain&gt; Minister").
   */
  public record Role(String role, String sector, boolean listed) {}

  private final Map<String, Role> byPhrase = new HashMap<>();

  private RoleLexicon() {
    for (Tsv.Row row : Tsv.resource("/org/sitrep/actors/lexicon/roles.tsv")) {
      byPhrase.put(row.get("phrase").toLowerCase(Locale.ROOT), new Role(row.get("role"), row.orNull("sector"), true));
    }
  }

  private static final RoleLexicon INSTANCE = new RoleLexicon();

  public static RoleLexicon get() {
    return INSTANCE;
  }

  /** Phrases are at most this many words long: callers need look no further. */
  public int longestPhraseWords() {
    return LONGEST_PHRASE_WORDS;
  }

  /**
   * The role a phrase names, matched case-insensitively on its words as written ({@code words}
   * joined by single spaces, hyphens kept). An unlisted phrase ending in "minister" reads as
   * "&lt;Domain&gt; Minister".
   */
  public Optional<Role> lookup(List<String> words) {
    if (words.isEmpty() || words.size() > LONGEST_PHRASE_WORDS) {
      return Optional.empty();
    }
    String phrase = String.join(" ", words).toLowerCase(Locale.ROOT);
    Role role = byPhrase.get(phrase);
    if (role != null) {
      return Optional.of(role);
    }
    if (words.size() >= 2 && words.size() <= 3 && phrase.endsWith(" minister") && words.stream().allMatch(RoleLexicon::isWord)) {
      StringBuilder title = new StringBuilder();
      for (String w : words) {
        title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
      return Optional.of(new Role(title.toString(), "GOV", false));
    }
    return Optional.empty();
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isLetter);
  }
}
