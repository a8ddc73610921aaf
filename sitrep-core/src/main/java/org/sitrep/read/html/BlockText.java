package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an element as a reader sees it: one entry per block (paragraph, heading, list item,
 * quote, a run of text ended by two line breaks), white space collapsed, with the share of each
 * block's characters that sit inside links.
 */
final class BlockText {

  /** Elements that start and end a block of text. */
  static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
      "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "address", "hr", "center", "form", "fieldset");

  /** One block: its text and the characters of it inside links. */
  record Block(String text, int linkChars, String tag) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLinkChars;
  private String currentTag = "p";
  private boolean lastWasBreak;

  private BlockText() {}

  /** The blocks of {@code root}, in document order. */
  static List<Block> of(Element root) {
    BlockText collector = new BlockText();
    collector.walk(root, false);
    collector.flush();
    return collector.blocks;
  }

  private void walk(Node node, boolean inLink) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String s = text.getWholeText();
        if (!s.isBlank()) {
          lastWasBreak = false;
        }
        append(s, inLink);
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          if (lastWasBreak) {
            flush();
          }
          lastWasBreak = true;
          append(" ", inLink);
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          flush();
          currentTag = tag;
        }
        walk(e, inLink || tag.equals("a"));
        if (block) {
          flush();
        }
      }
    }
  }

  private void append(String s, boolean inLink) {
    int before = current.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
    if (inLink) {
      currentLinkChars += current.length() - before;
    }
  }

  private void flush() {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      blocks.add(new Block(text, Math.min(currentLinkChars, text.length()), currentTag));
    }
    current.setLength(0);
    currentLinkChars = 0;
    lastWasBreak = false;
  }
}
