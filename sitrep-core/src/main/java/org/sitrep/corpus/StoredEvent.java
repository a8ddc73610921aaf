package org.sitrep.corpus;

import java.time.Instant;
import org.sitrep.analysis.Analysis.ActorJson;
import org.sitrep.analysis.Analysis.EventJson;

/**
 * One stored event with its article's facts, for exports. Source and target may be null.
 *
 * @param number the event's position in its article, from 1
 * @param inLeadParagraph whether its evidence lies in the article's first paragraph
 */
public record StoredEvent(
    long articleId, long storyId, String url, String outlet, String published, Instant time, Instant ingested,
    int number, boolean inLeadParagraph, EventJson event, ActorJson source, ActorJson target) {}
