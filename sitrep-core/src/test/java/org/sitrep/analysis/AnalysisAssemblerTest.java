package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.read.Article;
import org.sitrep.testing.ContractValidator;

/** The assembler without any stage: what a document with no layers turns into. */
class AnalysisAssemblerTest {

  private static Article article(String title, OffsetDateTime published) {
    return new Article("x.jsonl:3", title, List.of("Own point."), "Body sentence one. Body two.", "https://example.org/a", "Example News", published);
  }

  @Test
  void publishedIsRfc3339WithSecondsAndOffset() {
    Analysis a = AnalysisAssembler.assemble(Document.of(article("T", OffsetDateTime.parse("2024-11-20T09:00+01:00"))));
    assertThat(a.source().published()).isEqualTo("2024-11-20T09:00:00+01:00");
    Analysis utc = AnalysisAssembler.assemble(Document.of(article("T", OffsetDateTime.parse("2024-11-20T00:00Z"))));
    assertThat(utc.source().published()).isEqualTo("2024-11-20T00:00:00Z");
  }

  @Test
  void withoutStagesTheOutputStillMeetsTheContract() {
    Document doc = Document.of(article("", null));
    Analysis a = AnalysisAssembler.assemble(doc);
    assertThat(a.brief().headline()).isEqualTo("Body sentence one. Body two.");
    assertThat(a.brief().keyPoints()).isEmpty();
    assertThat(a.actors()).isEmpty();
    assertThat(a.source().keyPoints()).containsExactly("Own point.");
    assertThat(a.source().url()).isEqualTo("https://example.org/a");
    assertThat(a.id()).isEqualTo(doc.id());
    assertThat(ContractValidator.create().violations(AnalysisJson.line(a))).isEmpty();
  }

  @Test
  void markdownHasTheSeedShape() {
    Analysis a =
        new Analysis(
            Analysis.SCHEMA, "id", null,
            new Analysis.BriefJson("Headline", List.of("One.", "Two.", "Three."), "Body."),
            List.of(new Analysis.ActorJson("a1", "Ann | Lee", "person", null, null, null, null, null,
                List.of(new Analysis.SpanJson("Ann Lee", 0, 7)))),
            List.of(), List.of(), List.of());
    assertThat(AnalysisMarkdown.render(a))
        .isEqualTo("Headline\n- One.\n- Two.\n- Three.\nBody.\n\n| Actor | Kind | Role | Code | Mentions |\n|---|---|---|---|---|\n| Ann \\| Lee | person |  |  | 1: Ann Lee |\n");
  }
}
