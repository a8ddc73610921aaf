package org.sitrep.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * The {@code brief} stage, first version: the lead of the article. Headline = the title (or the
 * first sentence, cut to 80 characters, when there is none), key points = the first three body
 * sentences, body = the first paragraph. Uses the title and body only, never the article's own key
 * points.
 */
public final class LeadBriefStage implements Stage {
  public static final String NAME = "brief";
  static final int KEY_POINTS = 3;
  static final int UNTITLED_HEADLINE_LENGTH = 80;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp");
  }

  @Override
  public void process(Document document) {
    Span body = document.bodySpan();
    List<String> bodySentences = new ArrayList<>();
    for (Sentence sentence : document.require(NlpAnnotations.LAYER).sentences()) {
      if (body.contains(sentence.span())) {
        bodySentences.add(document.text(sentence.span()));
      }
    }
    String title = document.article().title();
    String headline =
        title.isBlank()
            ? Headlines.cut(bodySentences.isEmpty() ? document.text(body) : bodySentences.get(0), UNTITLED_HEADLINE_LENGTH)
            : Headlines.cut(title, Headlines.MAX_LENGTH);
    List<String> keyPoints = bodySentences.subList(0, Math.min(KEY_POINTS, bodySentences.size()));
    String text = document.text(body);
    int paragraphEnd = text.indexOf("\n\n");
    String firstParagraph = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
    document.put(Brief.LAYER, new Brief(headline, keyPoints, firstParagraph));
  }
}
