package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.read.PublishedDates;

/**
 * Reads a page's metadata in order of trust: JSON-LD (what the publisher states for machines),
 * then meta tags (OpenGraph, article:, Dublin Core, itemprop), then visible markup ({@code <time>},
 * {@code <h1>}, bylines), then the URL.
 */
final class MetadataReader {

  /** Meta tags naming the publication date, most specific first. */
  private static final List<String> DATE_META = List.of(
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
      "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
      "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate");

  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

  private MetadataReader() {}

  static PageMetadata read(Document page, String url) {
    List<JsonNode> articles = JsonLd.articles(page);
    JsonNode article = articles.isEmpty() ? null : articles.get(0);
    PageMetadata.Sourced<String> canonical = canonical(page, url);
    return new PageMetadata(
        title(page, article),
        published(page, article, canonical.value() != null ? canonical.value() : url),
        authors(page, article),
        siteName(page, article, canonical.value() != null ? canonical.value() : url),
        canonical,
        language(page, article),
        article == null ? null : JsonLd.text(article, "articleBody"));
  }

  private static PageMetadata.Sourced<String> title(Document page, JsonNode article) {
    Element h1 = page.selectFirst("article h1, [itemprop=headline], h1");
    if (h1 != null && h1.text().length() >= 10) {
      return new PageMetadata.Sourced<>(h1.text(), "h1");
    }
    String og = meta(page, "og:title");
    if (og != null) {
      return new PageMetadata.Sourced<>(og, "meta og:title");
    }
    String headline = article == null ? null : JsonLd.text(article, "headline");
    if (headline != null) {
      return new PageMetadata.Sourced<>(headline, "json-ld headline");
    }
    String title = page.title().strip();
    return title.isEmpty() ? PageMetadata.Sourced.none() : new PageMetadata.Sourced<>(title, "title element");
  }

  private static PageMetadata.Sourced<OffsetDateTime> published(Document page, JsonNode article, String url) {
    if (article != null) {
      Optional<OffsetDateTime> date = parse(JsonLd.text(article, "datePublished"));
      if (date.isPresent()) {
        return new PageMetadata.Sourced<>(date.get(), "json-ld datePublished");
      }
    }
    for (String name : DATE_META) {
      Optional<OffsetDateTime> date = parse(meta(page, name));
      if (date.isPresent()) {
        return new PageMetadata.Sourced<>(date.get(), "meta " + name);
      }
    }
    Element marked = page.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[pubdate], time.published, time[class*=publish], [class*=publish] time[datetime]");
    if (marked != null) {
      Optional<OffsetDateTime> date = parse(marked.hasAttr("datetime") ? marked.attr("datetime") : marked.attr("content"));
      if (date.isPresent()) {
        return new PageMetadata.Sourced<>(date.get(), "time element (marked published)");
      }
    }
    // In order of trust, not of the page: a "latest news" column may come before the article.
    for (String where : new String[] {"article time[datetime]", "[itemprop=articleBody] time[datetime], .byline time[datetime], [class*=byline] time[datetime]", "header time[datetime]", "time[datetime]"}) {
      Element first = page.selectFirst(where);
      Optional<OffsetDateTime> date = first == null ? Optional.empty() : parse(first.attr("datetime"));
      if (date.isPresent()) {
        return new PageMetadata.Sourced<>(date.get(), "time element");
      }
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      Optional<OffsetDateTime> day = m.find() ? midnight(m) : Optional.empty();
      if (day.isPresent()) {
        return new PageMetadata.Sourced<>(day.get(), "url");
      }
    }
    return PageMetadata.Sourced.none();
  }

  private static final Pattern COMPACT_DATE = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");

  /** A date as pages write them: ISO-8601, RFC 1123, or compact {@code 20260211}. */
  private static Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher compact = COMPACT_DATE.matcher(text.strip());
    return compact.matches() ? midnight(compact) : PublishedDates.parse(text.strip());
  }

  /** Midnight UTC of the day a match's groups 1–3 give (year, month, day); empty for no real day (2026/02/31). */
  private static Optional<OffsetDateTime> midnight(Matcher m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          .atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static PageMetadata.Sourced<List<String>> authors(Document page, JsonNode article) {
    if (article != null) {
      List<String> names = JsonLd.authors(article);
      if (!names.isEmpty()) {
        return new PageMetadata.Sourced<>(names, "json-ld author");
      }
    }
    String meta = meta(page, "author");
    if (meta != null && !meta.startsWith("http")) {
      return new PageMetadata.Sourced<>(List.of(meta.split("\\s*(?:,|\\band\\b)\\s*")), "meta author");
    }
    List<String> names = new ArrayList<>();
    for (Element e : page.select("[rel=author], [itemprop=author]")) {
      String name = e.hasAttr("content") ? e.attr("content") : e.text();
      if (!name.isBlank() && name.length() < 80 && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? PageMetadata.Sourced.none() : new PageMetadata.Sourced<>(names, "author markup");
  }

  private static PageMetadata.Sourced<String> siteName(Document page, JsonNode article, String url) {
    String og = meta(page, "og:site_name");
    if (og != null) {
      return new PageMetadata.Sourced<>(og, "meta og:site_name");
    }
    if (article != null && article.has("publisher")) {
      String name = JsonLd.text(article, "publisher");
      if (name != null) {
        return new PageMetadata.Sourced<>(name, "json-ld publisher");
      }
    }
    String app = meta(page, "application-name");
    if (app != null) {
      return new PageMetadata.Sourced<>(app, "meta application-name");
    }
    String host = host(url);
    return host == null ? PageMetadata.Sourced.none() : new PageMetadata.Sourced<>(host, "url host");
  }

  private static PageMetadata.Sourced<String> canonical(Document page, String url) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link != null && link.absUrl("href").startsWith("http")) {
      return new PageMetadata.Sourced<>(link.absUrl("href"), "link rel=canonical");
    }
    String og = meta(page, "og:url");
    if (og != null && og.startsWith("http")) {
      return new PageMetadata.Sourced<>(og, "meta og:url");
    }
    return url == null ? PageMetadata.Sourced.none() : new PageMetadata.Sourced<>(url, "fetched url");
  }

  private static PageMetadata.Sourced<String> language(Document page, JsonNode article) {
    Element html = page.selectFirst("html[lang]");
    if (html != null && !html.attr("lang").isBlank()) {
      return new PageMetadata.Sourced<>(html.attr("lang").strip(), "html lang");
    }
    String meta = meta(page, "content-language");
    if (meta != null) {
      return new PageMetadata.Sourced<>(meta, "meta content-language");
    }
    String inLanguage = article == null ? null : JsonLd.text(article, "inLanguage");
    if (inLanguage != null) {
      return new PageMetadata.Sourced<>(inLanguage, "json-ld inLanguage");
    }
    String locale = meta(page, "og:locale");
    return locale == null ? PageMetadata.Sourced.none() : new PageMetadata.Sourced<>(locale.replace('_', '-'), "meta og:locale");
  }

  /** A meta tag's content by name, property, itemprop or http-equiv, case-insensitively; null when absent or blank. */
  static String meta(Document page, String key) {
    for (Element m : page.getElementsByTag("meta")) {
      for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        if (m.attr(attribute).equalsIgnoreCase(key)) {
          String content = m.attr("content").strip();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
