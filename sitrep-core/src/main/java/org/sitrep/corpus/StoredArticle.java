package org.sitrep.corpus;

import java.time.Instant;
import org.sitrep.analysis.Analysis;

/**
 * An article as stored.
 *
 * @param duplicateOf the canonical article's id for a near-duplicate, else null
 */
public record StoredArticle(long id, String origin, String url, String outlet, String title, String published, Instant time, Long duplicateOf, long storyId, Analysis analysis) {}
