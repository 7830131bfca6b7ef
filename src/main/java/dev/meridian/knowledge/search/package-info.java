/**
 * Hibernate Search: language analysers, the index mapping of articles, tickets and
 * messages, and the queries.
 */
@NullMarked
package dev.meridian.knowledge.search;

import org.jspecify.annotations.NullMarked;
