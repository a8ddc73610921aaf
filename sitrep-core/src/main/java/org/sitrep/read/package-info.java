/**
 * Input readers: turn text, Markdown and JSON Lines files into {@link org.sitrep.read.Article}s.
 *
 * <p>Start with {@link org.sitrep.read.ArticleReaders#read}.
 */
package org.sitrep.read;
