/**
 * The detection engine (Lingua) behind {@link dev.meridian.language.LanguageDetection}.
 */
@NullMarked
package dev.meridian.language.internal;

import org.jspecify.annotations.NullMarked;
