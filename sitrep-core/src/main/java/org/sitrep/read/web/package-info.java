/**
 * Fetching web pages and feeds politely and safely.
 *
 * <p>Start with {@link org.sitrep.read.web.PoliteFetcher#fetch}. Every request it makes, redirects
 * and robots.txt included:
 *
 * <ol>
 *   <li>passes the {@link org.sitrep.read.web.AddressGuard}, so a URL cannot make Sitrep reach a
 *       private network or the machine it runs on;
 *   <li>is allowed by the site's robots.txt ({@link org.sitrep.read.web.RobotsRules});
 *   <li>waits its turn in the {@link org.sitrep.read.web.HostRateLimiter};
 *   <li>is bounded in time and size ({@link org.sitrep.read.web.FetchSettings}).
 * </ol>
 *
 * <p>Failures are {@link org.sitrep.read.web.FetchException}s whose message is one line naming the
 * URL and the reason.
 */
package org.sitrep.read.web;
