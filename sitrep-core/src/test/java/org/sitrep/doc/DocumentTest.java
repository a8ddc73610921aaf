package org.sitrep.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.read.Article;

class DocumentTest {
  private static final Article ARTICLE =
      new Article("a.txt", "Leaders meet", List.of("One point.", "Two — points."), "First para.\n\nSecond para.", null, null, null);

  @Test
  void canonicalTextIsTitleBulletsAndBody() {
    Document doc = Document.of(ARTICLE);
    assertThat(doc.text()).isEqualTo("Leaders meet\n\n- One point.\n- Two — points.\n\nFirst para.\n\nSecond para.");
    assertThat(doc.text(doc.titleSpan())).isEqualTo("Leaders meet");
    assertThat(doc.keyPointSpans()).extracting(doc::text).containsExactly("One point.", "Two — points.");
    assertThat(doc.text(doc.bodySpan())).isEqualTo("First para.\n\nSecond para.");
  }

  @Test
  void untitledArticleWithoutKeyPointsIsJustTheBody() {
    Document doc = Document.of(Article.of("x", "", "Only body."));
    assertThat(doc.text()).isEqualTo("Only body.");
    assertThat(doc.titleSpan()).isEqualTo(new Span(0, 0));
    assertThat(doc.bodySpan()).isEqualTo(new Span(0, 10));
  }

  @Test
  void idIsStableAndDependsOnTheText() {
    assertThat(Document.of(ARTICLE).id()).isEqualTo(Document.of(ARTICLE).id()).hasSize(16).matches("[0-9a-f]+");
    assertThat(Document.of(Article.of("x", "T", "B.")).id()).isNotEqualTo(Document.of(Article.of("x", "T", "C.")).id());
  }

  @Test
  void aLayerIsSetOnceAndRequiredLayersNameWhatIsMissing() {
    Layer<String> layer = Layer.of("test", String.class);
    Document doc = Document.of(ARTICLE);
    assertThat(doc.get(layer)).isEmpty();
    assertThatThrownBy(() -> doc.require(layer)).hasMessageContaining("layer 'test' is missing");
    doc.put(layer, "value");
    assertThat(doc.require(layer)).isEqualTo("value");
    assertThatThrownBy(() -> doc.put(layer, "other")).isInstanceOf(IllegalStateException.class).hasMessageContaining("already set");
  }

  @Test
  void spansRejectNegativeOrReversedRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(0, 10).contains(new Span(2, 5))).isTrue();
    assertThat(new Span(2, 5).contains(new Span(0, 10))).isFalse();
  }
}
