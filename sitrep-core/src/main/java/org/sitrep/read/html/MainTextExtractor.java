package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's main text, our own take on the DOM-scoring approach of Readability and its
 * descendants:
 *
 * <ol>
 *   <li>remove what is never article text: scripts, styles, forms' controls, hidden elements,
 *       navigation, figures, and elements whose class or id says boilerplate (comments, sharing,
 *       related links, newsletter boxes, ads, cookie banners) unless they hold most of the page's
 *       paragraphs;
 *   <li>score each paragraph by its length and commas, credit its parent fully and its
 *       grandparent by half, weigh each container by its class and id and by how little of its
 *       text is links, and take the best container;
 *   <li>add the container's siblings that score well themselves (bodies split over several
 *       divs);
 *   <li>read the chosen elements block by block, dropping link lists and boilerplate lines.
 * </ol>
 */
final class MainTextExtractor {

  private static final Pattern BOILERPLATE = Pattern.compile(
      "comment|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|advert|(^|[-_ ])ads?([-_ ]|$)|(^|[-_ ])ad[-_]|sponsor|cookie|consent|gdpr"
          + "|banner|sidebar|widget|footer|(^|[-_ ])nav|navbar|menu|breadcrumb|(^|[-_ ])tags?([-_ ]|$)|taglist|popup|modal|outbrain|taboola|most-?(read|popular|viewed)"
          + "|trending|author-?bio|about-?the-?author|byline|dateline|caption|credit|toolbar|pagination|pager|disqus|rating|poll|masthead|skip-?link|print-?only"
          + "|read-?more|more-?stories|also-?read|next-?article|prev-?article|paywall|login|register|hidden|visually-?hidden|sr-only|screen-?reader",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CONTENT = Pattern.compile(
      "article|body|content|entry|main|post|text|story|paragraph|blog|prose|rich-?text", Pattern.CASE_INSENSITIVE);

  /** A heading that opens the readers' comments. */
  private static final Pattern COMMENTS_START = Pattern.compile(
      "(?i)((reader|user|your)s?'? )?comments?( \\(\\d+\\))?:?|\\d+ (comments?|responses?|replies)|leave a (comment|reply)|join the (discussion|conversation)|add (a|your) comment|discussion");

  /** Names that say "the article's text is in here" even when they also say sidebar or comments. */
  private static final Pattern ARTICLE_BODY = Pattern.compile(
      "article-?body|articlebody|entry-?content|post-?(body|content)|story-?(body|content)|main-?content|article-?(content|text)|body-?text",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "(?i)(advertisement|advertisment|sponsored|read more|read next|continue reading|share this( article| story)?|share on \\w+|follow us.*|sign up.*newsletter.*"
          + "|click here.*|related( articles| stories)?|recommended( for you)?|most (read|popular)|comments?|\\d+ comments?|loading\\W*|subscribe( now)?|image|photo|video"
          + "|skip to (main )?content|you might also like|more from .{0,40}|tags?:.*|topics?:.*|print|email|facebook|twitter|linkedin|whatsapp)\\W*");

  /** Elements never part of an article's text. */
  private static final java.util.Set<String> NEVER_TEXT = java.util.Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "input", "button", "select", "textarea", "nav",
      "figure", "figcaption", "picture", "video", "audio", "map", "dialog", "link", "meta",
      "h1"); // the headline is the title, read separately, not a paragraph of the text

  /** ARIA roles of page furniture. */
  private static final java.util.Set<String> HIDDEN_ROLES = java.util.Set.of("navigation", "complementary", "banner", "contentinfo", "dialog", "alert");

  private MainTextExtractor() {}

  /** The main text's blocks; empty when the page has none worth the name. */
  static List<String> paragraphs(Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    clean(body);
    Element best = bestContainer(body);
    List<Element> chosen = best == null ? List.of(body) : withSiblings(best);
    List<String> paragraphs = new ArrayList<>();
    for (Element e : chosen) {
      for (BlockText.Block block : BlockText.of(e)) {
        if (paragraphs.size() >= 2 && COMMENTS_START.matcher(block.text()).matches()) {
          // Pages without class names (old table layouts) run the comments on below the text.
          return paragraphs;
        }
        if (keep(block)) {
          paragraphs.add(block.text());
        }
      }
    }
    return paragraphs;
  }

  private static void clean(Element body) {
    clean(body, countParagraphs(body));
  }

  /** Removes what is never article text below {@code e}, in one walk that skips what it removes. */
  private static void clean(Element e, int pageParagraphs) {
    for (Element child : new ArrayList<>(e.children())) {
      if (neverText(child) || boilerplate(child, pageParagraphs)) {
        child.remove();
      } else {
        clean(child, pageParagraphs);
      }
    }
  }

  private static boolean neverText(Element e) {
    if (NEVER_TEXT.contains(e.normalName()) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || HIDDEN_ROLES.contains(e.attr("role"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    style = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /**
   * An element named (by class or id) or tagged as boilerplate, unless it holds half the page's
   * paragraphs or says it holds the article body: some sites name the body's column "sidebar-fixed
   * article-body-segment".
   */
  private static boolean boilerplate(Element e, int pageParagraphs) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop")) {
      return false;
    }
    boolean boilerplateTag = tag.equals("aside") || tag.equals("footer") || tag.equals("header");
    boolean boilerplateName = false;
    if (!boilerplateTag) {
      String names = e.className() + " " + e.id();
      boilerplateName = names.length() > 1 && BOILERPLATE.matcher(names).find() && !CONTENT.matcher(e.id()).find() && !ARTICLE_BODY.matcher(names).find();
    }
    return (boilerplateTag || boilerplateName) && countParagraphs(e) * 2 <= Math.max(1, pageParagraphs);
  }

  /** Paragraphs of 80 characters or more: the unit of "most of the text". */
  private static int countParagraphs(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      if (p.text().length() >= 80) {
        n++;
      }
    }
    return n;
  }

  private static Element bestContainer(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote, td, div, section, li")) {
      String own = ownBlockText(p);
      if (own.length() < 25) {
        continue;
      }
      double score = 1 + count(own, ',') + Math.min(own.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2, Double::sum);
      }
    }
    Map<Element, int[]> lengths = new HashMap<>();
    textLengths(body, false, lengths);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element c = e.getKey();
      int[] length = lengths.get(c);
      double linkDensity = length == null || length[0] == 0 ? 0 : (double) length[1] / length[0];
      double score = (e.getValue() + classWeight(c) + tagWeight(c)) * (1 - linkDensity);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    best = climb(best, lengths);
    if (best != null) {
      Element itemprop = body.selectFirst("[itemprop=articleBody]");
      if (itemprop != null && itemprop.text().length() > best.text().length() * 0.6) {
        return itemprop;
      }
    }
    return best;
  }

  /** How many levels above the best container a holder of its text is looked for. */
  private static final int CLIMB_LEVELS = 4;

  /**
   * The best container's ancestor that holds the text, when the best is only a piece of it: a
   * page that wraps each paragraph or pair of paragraphs in its own div scores those wrappers
   * highest. An ancestor within {@value #CLIMB_LEVELS} levels takes over when the container so far
   * has less than half of its text outside links and it is not a list of links.
   */
  private static Element climb(Element best, Map<Element, int[]> lengths) {
    if (best == null) {
      return null;
    }
    Element chosen = best;
    Element ancestor = best.parent();
    for (int level = 0; level < CLIMB_LEVELS && ancestor != null && !ancestor.normalName().equals("body"); level++, ancestor = ancestor.parent()) {
      int[] own = lengths.get(chosen);
      int[] above = lengths.get(ancestor);
      if (own == null || above == null) {
        break;
      }
      boolean piece = (own[0] - own[1]) * 2 < above[0] - above[1];
      boolean linky = above[0] > 0 && (double) above[1] / above[0] > 0.25;
      if (piece && !linky) {
        chosen = ancestor;
      }
    }
    return chosen;
  }

  /**
   * Every element's text length and the part of it inside links, {total, in links}, in one pass:
   * computing them per candidate would read the same subtrees again and again.
   */
  private static int[] textLengths(Element e, boolean inLink, Map<Element, int[]> lengths) {
    int[] sum = new int[2];
    boolean link = inLink || e.normalName().equals("a");
    for (org.jsoup.nodes.Node child : e.childNodes()) {
      if (child instanceof org.jsoup.nodes.TextNode t) {
        int n = t.text().strip().length();
        sum[0] += n;
        sum[1] += link ? n : 0;
      } else if (child instanceof Element c) {
        int[] inner = textLengths(c, link, lengths);
        sum[0] += inner[0];
        sum[1] += inner[1];
      }
    }
    lengths.put(e, sum);
    return sum;
  }

  /** The text directly in {@code e}: its text nodes and inline children, not its block children. */
  private static String ownBlockText(Element e) {
    if (e.normalName().equals("p") || e.normalName().equals("pre") || e.normalName().equals("blockquote")) {
      return e.text();
    }
    StringBuilder sb = new StringBuilder();
    for (org.jsoup.nodes.Node child : e.childNodes()) {
      if (child instanceof org.jsoup.nodes.TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element c && !BlockText.BLOCKS.contains(c.normalName())) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> chosen = new ArrayList<>();
    double bestLength = best.text().length();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        chosen.add(sibling);
        continue;
      }
      String text = sibling.text();
      boolean sameKind = !best.className().isEmpty() && best.className().equals(sibling.className());
      // A paragraph, or a div around one (an intro box), that reads as prose.
      boolean paragraphLike = sibling.normalName().equals("p") || sibling.select("p").text().length() >= text.length() * 0.8;
      boolean paragraph = paragraphLike && text.length() > 80 && linkDensity(sibling) < 0.25 && text.matches("(?s).*[.!?\"”]$");
      boolean bigContent = text.length() > bestLength * 0.3 && linkDensity(sibling) < 0.2 && countParagraphs(sibling) >= 2;
      if ((sameKind && linkDensity(sibling) < 0.3 && text.length() > 40) || paragraph || bigContent) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean keep(BlockText.Block block) {
    String text = block.text();
    if (BOILERPLATE_LINE.matcher(text).matches()) {
      return false;
    }
    if (block.linkDensity() > 0.5) {
      return false;
    }
    // A list of links is navigation; a list item that links its own headline and goes on to say
    // something ("10 things in tech") is text.
    if (block.tag().equals("li") && block.linkDensity() > 0.3 && block.text().length() < 100) {
      return false;
    }
    return true;
  }

  private static double classWeight(Element e) {
    double weight = 0;
    String names = e.className() + " " + e.id();
    if (BOILERPLATE.matcher(names).find()) {
      weight -= 25;
    }
    if (CONTENT.matcher(names).find()) {
      weight += 25;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      weight += 50;
    }
    return weight;
  }

  private static double tagWeight(Element e) {
    return switch (e.normalName()) {
      case "article" -> 15;
      case "main", "div", "section" -> 5;
      case "td", "blockquote", "pre" -> 3;
      case "ol", "ul", "dl", "li", "form", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
