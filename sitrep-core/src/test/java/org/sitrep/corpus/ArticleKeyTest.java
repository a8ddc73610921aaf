package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.read.Article;

class ArticleKeyTest {

  @Test
  void trackingParametersCaseFragmentsPortsAndTrailingSlashesDoNotMakeANewArticle() {
    assertThat(ArticleKey.canonicalUrl("HTTPS://News.Example:443/world/story/?utm_source=x&id=7&fbclid=abc#comments"))
        .isEqualTo("https://news.example/world/story?id=7");
    assertThat(ArticleKey.canonicalUrl("http://news.example:8080/a")).isEqualTo("http://news.example:8080/a");
    assertThat(ArticleKey.canonicalUrl(" not a url ")).isEqualTo("not a url");
  }

  @Test
  void withoutAUrlTheKeyIsTheHashOfTheNormalisedText() {
    Article a = Article.of("a.txt", "Title", "Body text, here.");
    Article sameTextOtherLayout = Article.of("b.txt", "TITLE", "Body  text here");
    Article other = Article.of("c.txt", "Title", "Another body.");
    assertThat(ArticleKey.of(a)).startsWith("sha256:").isEqualTo(ArticleKey.of(sameTextOtherLayout));
    assertThat(ArticleKey.of(other)).isNotEqualTo(ArticleKey.of(a));
  }

  @Test
  void theUrlWinsOverTheText() {
    Article a = new Article("a", "T", List.of(), "one text", "https://x.example/a", null, null);
    Article b = new Article("b", "T", List.of(), "edited text", "https://x.example/a/", null, null);
    assertThat(ArticleKey.of(a)).isEqualTo("url:https://x.example/a").isEqualTo(ArticleKey.of(b));
  }
}
