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

  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "(?i)(advertisement|advertisment|sponsored|read more|read next|continue reading|share this( article| story)?|share on \\w+|follow us.*|sign up.*newsletter.*"
          + "|click here.*|related( articles| stories)?|recommended( for you)?|most (read|popular)|comments?|\\d+ comments?|loading\\W*|subscribe( now)?|image|photo|video"
          + "|skip to (main )?content|you might also like|more from .{0,40}|tags?:.*|topics?:.*|print|email|facebook|twitter|linkedin|whatsapp)\\W*");

  private static final String REMOVE_ALWAYS =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, input, button, select, textarea, nav, figure, figcaption, picture, video, audio, map, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], [role=contentinfo]";

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
        if (keep(block)) {
          paragraphs.add(block.text());
        }
      }
    }
    return paragraphs;
  }

  private static void clean(Element body) {
    body.select(REMOVE_ALWAYS).remove();
    for (Element e : body.select("[style]")) {
      String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
    int pageParagraphs = countParagraphs(body);
    for (Element e : new ArrayList<>(body.select("*"))) {
      if (e.parent() == null || e == body) {
        continue; // already removed with an ancestor
      }
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        continue;
      }
      String names = e.className() + " " + e.id();
      boolean boilerplateName = !names.isBlank() && BOILERPLATE.matcher(names).find() && !CONTENT.matcher(e.id()).find();
      boolean boilerplateTag = tag.equals("aside") || tag.equals("footer") || tag.equals("header");
      if ((boilerplateName || boilerplateTag) && countParagraphs(e) * 2 <= Math.max(1, pageParagraphs) && !e.hasAttr("itemprop")) {
        e.remove();
      }
    }
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
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element c = e.getKey();
      double score = (e.getValue() + classWeight(c) + tagWeight(c)) * (1 - linkDensity(c));
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best != null) {
      Element itemprop = body.selectFirst("[itemprop=articleBody]");
      if (itemprop != null && itemprop.text().length() > best.text().length() * 0.6) {
        return itemprop;
      }
    }
    return best;
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
      boolean paragraph = sibling.normalName().equals("p") && text.length() > 80 && linkDensity(sibling) < 0.25 && text.matches("(?s).*[.!?\"”]$");
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
    if (block.tag().equals("li") && block.linkDensity() > 0.3) {
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
