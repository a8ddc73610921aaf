/**
 * The corpus: articles stored with their analyses, near-duplicates linked to a canonical article,
 * and stories grouped online as articles arrive. Data flows {@code Ingester} → {@link
 * org.sitrep.corpus.ArticleKey} (already stored?) → pipeline → {@link
 * org.sitrep.corpus.MinHashSignature} (a copy of a stored article?) → {@link
 * org.sitrep.corpus.StoryClusterer} (which story?) → {@link org.sitrep.corpus.CorpusStore} (one
 * transaction per article). Reports on stored stories are built by {@link
 * org.sitrep.corpus.StoryReport}.
 */
package org.sitrep.corpus;
