package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static RobotsRules parse(String text) {
    return RobotsRules.parse(text, "Sitrep");
  }

  @Test
  void anEmptyFileAllowsEverything() {
    RobotsRules rules = parse("");

    assertThat(rules.allows("/")).isTrue();
    assertThat(rules.allows("/any/path?q=1")).isTrue();
    assertThat(rules.crawlDelay()).isEmpty();
  }

  @Test
  void disallowIsAPrefixOfPathAndQuery() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /private\n");

    assertThat(rules.allows("/private")).isFalse();
    assertThat(rules.allows("/private/report.html")).isFalse();
    assertThat(rules.allows("/privateer")).isFalse();
    assertThat(rules.allows("/news/private")).isTrue();
    assertThat(rules.allows("/")).isTrue();
  }

  @Test
  void theLongestMatchingRuleWins() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /a\nAllow: /a/open\nDisallow: /a/open/x\n");

    assertThat(rules.allows("/a/closed")).isFalse();
    assertThat(rules.allows("/a/open/page")).isTrue();
    assertThat(rules.allows("/a/open/x1")).isFalse();
  }

  @Test
  void allowWinsATieInLength() {
    assertThat(parse("User-agent: *\nDisallow: /page\nAllow: /page\n").allows("/page")).isTrue();
    assertThat(parse("User-agent: *\nAllow: /page\nDisallow: /page\n").allows("/page")).isTrue();
    // Different patterns of the same length matching one path: still Allow.
    assertThat(parse("User-agent: *\nDisallow: /*age\nAllow: /p*ge\n").allows("/page")).isTrue();
  }

  @Test
  void starMatchesAnyRunOfCharacters() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /*.pdf\nDisallow: /a*b*c\n");

    assertThat(rules.allows("/docs/report.pdf")).isFalse();
    assertThat(rules.allows("/docs/report.pdf?download=1")).isFalse();
    assertThat(rules.allows("/docs/report.html")).isTrue();
    assertThat(rules.allows("/a-b-c")).isFalse();
    assertThat(rules.allows("/abc")).isFalse();
    assertThat(rules.allows("/a-c-b")).isTrue();
  }

  @Test
  void dollarAnchorsThePatternToTheEnd() {
    RobotsRules rules =
        parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /exact$\nDisallow: /$\n");

    assertThat(rules.allows("/report.pdf")).isFalse();
    assertThat(rules.allows("/report.pdf?page=2")).isTrue();
    assertThat(rules.allows("/report.pdf.html")).isTrue();
    assertThat(rules.allows("/exact")).isFalse();
    assertThat(rules.allows("/exact/more")).isTrue();
    assertThat(rules.allows("/")).isFalse();
    assertThat(rules.allows("/index.html")).isTrue();
  }

  @Test
  void anchoredStarPatternNeedsItsLastPartAfterTheEarlierParts() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /ab*b$\n");

    assertThat(rules.allows("/ab")).isTrue(); // the final "b" cannot reuse the first one
    assertThat(rules.allows("/abb")).isFalse();
  }

  @Test
  void theGroupNamingSitrepIsUsedInsteadOfTheStarGroup() {
    RobotsRules rules =
        parse("User-agent: *\nDisallow: /\n\nUser-agent: Sitrep\nDisallow: /private\n");

    assertThat(rules.allows("/news")).isTrue();
    assertThat(rules.allows("/private")).isFalse();
  }

  @Test
  void agentNamesMatchCaseInsensitivelyAsSubstrings() {
    assertThat(parse("User-agent: SITREP\nDisallow: /x\n").allows("/x")).isFalse();
    assertThat(parse("User-agent: sitrep/1.0\nDisallow: /x\n").allows("/x")).isFalse();
    assertThat(parse("User-agent: Googlebot\nDisallow: /x\n").allows("/x")).isTrue();
  }

  @Test
  void groupsForOtherAgentsAreIgnored() {
    RobotsRules rules =
        parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp\n");

    assertThat(rules.allows("/news")).isTrue();
    assertThat(rules.allows("/tmp/x")).isFalse();
  }

  @Test
  void consecutiveUserAgentLinesShareOneGroup() {
    RobotsRules rules =
        parse("User-agent: Googlebot\nUser-agent: Sitrep\nDisallow: /shared\n"
            + "User-agent: Bingbot\nDisallow: /bing-only\n");

    assertThat(rules.allows("/shared")).isFalse();
    assertThat(rules.allows("/bing-only")).isTrue();
  }

  @Test
  void groupsForTheSameAgentAreCombined() {
    RobotsRules rules =
        parse("User-agent: sitrep\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\n"
            + "User-agent: sitrep\nDisallow: /b\n");

    assertThat(rules.allows("/a")).isFalse();
    assertThat(rules.allows("/b")).isFalse();
    assertThat(rules.allows("/c")).isTrue();
  }

  @Test
  void crawlDelayComesFromTheChosenGroup() {
    RobotsRules rules =
        parse("User-agent: *\nCrawl-delay: 10\n\nUser-agent: sitrep\nCrawl-delay: 2.5\n");

    assertThat(rules.crawlDelay()).contains(Duration.ofMillis(2500));
    assertThat(parse("User-agent: *\nCrawl-delay: 10\n").crawlDelay())
        .contains(Duration.ofSeconds(10));
  }

  @Test
  void anUnreadableCrawlDelayIsIgnored() {
    assertThat(parse("User-agent: *\nCrawl-delay: soon\n").crawlDelay()).isEmpty();
    assertThat(parse("User-agent: *\nCrawl-delay: -3\n").crawlDelay()).isEmpty();
    assertThat(parse("User-agent: *\nCrawl-delay: 4\nCrawl-delay: NaN\n").crawlDelay())
        .contains(Duration.ofSeconds(4));
  }

  @Test
  void commentsBlankLinesKeyCaseAndLineEndingsDoNotMatter() {
    RobotsRules rules =
        parse("\uFEFF# our rules\r\n\r\nUSER-AGENT : *   # everyone\r\n"
            + "disallow:/x # not x\rALLOW: /x/y\n");

    assertThat(rules.allows("/x/z")).isFalse();
    assertThat(rules.allows("/x/y")).isTrue();
  }

  @Test
  void rulesBeforeAnyUserAgentAndUnknownLinesAreIgnored() {
    RobotsRules rules =
        parse("Disallow: /orphan\nUser-agent: *\nSitemap: https://example.com/s.xml\n"
            + "Host: example.com\nDisallow: /kept\nnonsense line\n");

    assertThat(rules.allows("/orphan")).isTrue();
    assertThat(rules.allows("/kept")).isFalse();
  }

  @Test
  void anEmptyDisallowAllowsEverything() {
    assertThat(parse("User-agent: *\nDisallow:\n").allows("/anything")).isTrue();
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    assertThat(parse("User-agent: *\nDisallow: /\n").allows("/robots.txt")).isTrue();
    assertThat(parse("User-agent: *\nDisallow: /\n").allows("/news")).isFalse();
  }

  @Test
  void nonAsciiPatternsMatchThePercentEncodedPath() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /café\n");

    assertThat(rules.allows("/caf%C3%A9/menu")).isFalse();
    assertThat(rules.allows("/cafe")).isTrue();
  }

  @Test
  void aUrlIsMatchedByItsEncodedPathAndQuery() {
    RobotsRules rules =
        parse("User-agent: *\nDisallow: /café\nDisallow: /*?print=1\nDisallow: /$\n");

    assertThat(rules.allows(URI.create("https://example.com/café/menu"))).isFalse();
    assertThat(rules.allows(URI.create("https://example.com/caf%C3%A9"))).isFalse();
    assertThat(rules.allows(URI.create("https://example.com/story?print=1"))).isFalse();
    assertThat(rules.allows(URI.create("https://example.com/story?print=0"))).isTrue();
    assertThat(rules.allows(URI.create("https://example.com"))).isFalse(); // the root
  }

  @Test
  void anEmptyPathMeansTheRoot() {
    assertThat(parse("User-agent: *\nDisallow: /$\n").allows("")).isFalse();
  }

  @Test
  void allowAllAndDisallowAll() {
    assertThat(RobotsRules.allowAll().allows("/x")).isTrue();
    assertThat(RobotsRules.disallowAll().allows("/")).isFalse();
    assertThat(RobotsRules.disallowAll().allows("/x?y")).isFalse();
  }
}
