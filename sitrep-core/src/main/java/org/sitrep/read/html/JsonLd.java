package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article objects of a page's JSON-LD blocks: NewsArticle and its kin, also inside {@code @graph} arrays. */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle",
      "reviewnewsarticle", "liveblogposting", "webpage", "scholarlyarticle", "socialmediaposting", "techarticle");

  private JsonLd() {}

  /** The page's article objects, the most article-like first (news types before web pages). */
  static List<JsonNode> articles(Document page) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(MAPPER.readTree(script.data()), found, 0);
      } catch (Exception e) {
        // Malformed JSON-LD is common; the page's other metadata still counts.
      }
    }
    found.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    return found;
  }

  private static void collect(JsonNode node, List<JsonNode> found, int depth) {
    if (node == null || depth > 5) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, found, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      collect(node.get("@graph"), found, depth + 1);
    }
    if (rank(node) < Integer.MAX_VALUE) {
      found.add(node);
    }
    if (node.has("mainEntity")) {
      collect(node.get("mainEntity"), found, depth + 1);
    }
  }

  /** 0 for a news article, 1 for other articles, 2 for a web page, MAX for anything else. */
  private static int rank(JsonNode node) {
    int best = Integer.MAX_VALUE;
    for (String type : types(node)) {
      String t = type.toLowerCase(Locale.ROOT);
      if (ARTICLE_TYPES.contains(t)) {
        best = Math.min(best, t.contains("news") ? 0 : t.equals("webpage") ? 2 : 1);
      }
    }
    return best;
  }

  private static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type == null) {
      return types;
    }
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return types;
  }

  /** A text field, or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.has("name") ? value.get("name") : value.get("@value");
    }
    return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
  }

  /** The names of the article's authors. */
  static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    JsonNode author = node.get("author");
    if (author == null) {
      return names;
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText("");
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
