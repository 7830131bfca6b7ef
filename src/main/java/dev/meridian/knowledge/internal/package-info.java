/**
 * Persistence, Markdown rendering, diffs and the FreeDict dictionaries behind the
 * knowledge facades.
 */
@NullMarked
package dev.meridian.knowledge.internal;

import org.jspecify.annotations.NullMarked;
