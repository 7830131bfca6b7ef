/**
 * Knowledge base: articles with one source locale and translations per locale, their
 * freshness against the source, locale fallback for readers, the public help center and
 * search in every language (articles, and tickets for agents).
 */
@NullMarked
package dev.meridian.knowledge;

import org.jspecify.annotations.NullMarked;
