package org.sitrep.nlp;

import java.util.Properties;
import org.sitrep.config.SitrepConfig;

/**
 * The CoreNLP annotators and properties Sitrep runs, chosen for speed.
 *
 * <p>Measured costs (see DESIGN.md): tokenize..ner is cheap, the dependency parser costs about
 * twice as much again, fine-grained NER and SUTime cost more than both and coreference five times
 * as much. So: no coreference, no fine-grained or numeric NER, no SUTime; two fast CRF NER models
 * instead of three. Key points and paragraphs are on their own lines in the canonical text, so a
 * newline always ends a sentence.
 */
public final class CoreNlpSettings {
  private CoreNlpSettings() {}

  /** The CoreNLP properties for a configuration. */
  public static Properties properties(SitrepConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", config.parse() ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", String.join(",", config.nerModels()));
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    // Threads come from Sitrep's own executor, one article per thread.
    p.setProperty("threads", "1");
    config.coreNlpOverrides().forEach(p::setProperty);
    return p;
  }
}
