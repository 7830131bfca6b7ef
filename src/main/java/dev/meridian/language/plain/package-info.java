/**
 * The plain-language check's parts: curated lexicons and readability formulas.
 */
@NullMarked
package dev.meridian.language.plain;

import org.jspecify.annotations.NullMarked;
