package org.sitrep.read.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a site's robots.txt lets Sitrep fetch, read with the rules of RFC 9309.
 *
 * <ol>
 *   <li>The file is split into groups: one or more {@code User-agent} lines followed by {@code
 *       Allow}, {@code Disallow} and {@code Crawl-delay} lines. Other lines ({@code Sitemap},
 *       unknown keys, comments) are ignored.
 *   <li>The groups whose user-agent contains our product token (case-insensitive, e.g. {@code
 *       sitrep} in {@code User-agent: Sitrep/1.0}) apply; when none does, the {@code *} groups;
 *       when there is none either, everything is allowed. Several applying groups are combined.
 *   <li>Of the rules whose pattern matches a path, the longest pattern wins; on a tie, Allow wins.
 *       No matching rule means allowed.
 * </ol>
 *
 * <p>Never throws on a malformed file: lines it cannot read are skipped, as crawlers do.
 * Immutable and thread-safe.
 */
public final class RobotsRules {

  private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Optional.empty());
  private static final RobotsRules DISALLOW_ALL =
      new RobotsRules(List.of(new Rule(new RobotsPattern("/"), false)), Optional.empty());

  // Far beyond any sane delay; keeps the conversion to Duration from overflowing.
  private static final double MAX_CRAWL_DELAY_SECONDS = 86_400;

  private record Rule(RobotsPattern pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Optional<Duration> crawlDelay;

  private RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  /** Rules that allow every path: what a missing robots.txt means. */
  public static RobotsRules allowAll() {
    return ALLOW_ALL;
  }

  /** Rules that allow nothing: what a robots.txt behind 401 or 403 is taken to mean. */
  public static RobotsRules disallowAll() {
    return DISALLOW_ALL;
  }

  /**
   * Reads a robots.txt file.
   *
   * @param text the file's text
   * @param productToken the crawler's name as robots.txt files address it, e.g. {@code "Sitrep"}
   */
  public static RobotsRules parse(String text, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Group> groups = readGroups(text);
    List<Group> chosen = groups.stream().filter(g -> g.addresses(token)).toList();
    if (chosen.isEmpty()) {
      chosen = groups.stream().filter(g -> g.agents.contains("*")).toList();
    }
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> crawlDelay = Optional.empty();
    for (Group group : chosen) {
      rules.addAll(group.rules);
      // Combined groups keep the slowest delay: the most polite reading of the file.
      if (group.crawlDelay.isPresent()
          && (crawlDelay.isEmpty() || group.crawlDelay.get().compareTo(crawlDelay.get()) > 0)) {
        crawlDelay = group.crawlDelay;
      }
    }
    return new RobotsRules(rules, crawlDelay);
  }

  /**
   * Whether a URL may be fetched.
   *
   * @param pathAndQuery the URL's path and query, percent-encoded as in the URL, e.g. {@code
   *     "/news?id=3"}; empty means {@code "/"}
   */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true; // RFC 9309: robots.txt itself is always allowed
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.pattern.matches(path) && (best == null || beats(rule, best))) {
        best = rule;
      }
    }
    return best == null || best.allow;
  }

  /** Whether {@code uri} may be fetched: {@link #allows(String)} on its path and query. */
  public boolean allows(URI uri) {
    URI ascii = URI.create(uri.toASCIIString()); // robots.txt rules match the encoded form
    String path = ascii.getRawPath() == null ? "" : ascii.getRawPath();
    return allows(ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery());
  }

  /** The {@code Crawl-delay} of the applying group, when it has a valid one. */
  public Optional<Duration> crawlDelay() {
    return crawlDelay;
  }

  private static boolean beats(Rule rule, Rule best) {
    int byLength = Integer.compare(rule.pattern.length(), best.pattern.length());
    return byLength > 0 || (byLength == 0 && rule.allow && !best.allow);
  }

  /** One group: its user-agents (lower-case) and its lines. */
  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Optional<Duration> crawlDelay = Optional.empty();

    boolean addresses(String token) {
      return agents.stream().anyMatch(agent -> !agent.equals("*") && agent.contains(token));
    }
  }

  private static List<Group> readGroups(String text) {
    List<Group> groups = new ArrayList<>();
    Group group = null;
    boolean inAgentLines = false;
    for (String rawLine : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
      int hash = rawLine.indexOf('#');
      String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (!inAgentLines) {
            group = new Group();
            groups.add(group);
            inAgentLines = true;
          }
          if (!value.isEmpty()) {
            group.agents.add(value.toLowerCase(Locale.ROOT));
          }
        }
        case "allow", "disallow" -> {
          inAgentLines = false;
          // Rules before any User-agent line belong to no group; an empty Disallow allows all.
          if (group != null && !value.isEmpty()) {
            group.rules.add(new Rule(new RobotsPattern(value), key.equals("allow")));
          }
        }
        case "crawl-delay" -> {
          inAgentLines = false;
          Optional<Duration> delay = seconds(value);
          if (group != null && delay.isPresent()) {
            group.crawlDelay = delay;
          }
        }
        default -> {
          // Sitemap and extensions we do not use; they neither open nor close a group.
        }
      }
    }
    return groups;
  }

  private static Optional<Duration> seconds(String value) {
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds >= 0)) {
        return Optional.empty(); // negative or NaN
      }
      double capped = Math.min(seconds, MAX_CRAWL_DELAY_SECONDS);
      return Optional.of(Duration.ofMillis(Math.round(capped * 1000)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
