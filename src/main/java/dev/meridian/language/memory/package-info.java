/**
 * What translation remembers, in PostgreSQL: the translation memory, the glossaries and
 * the translations waiting to be tried again.
 */
@NullMarked
package dev.meridian.language.memory;

import org.jspecify.annotations.NullMarked;
