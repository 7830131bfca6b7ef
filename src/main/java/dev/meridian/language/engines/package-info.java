/**
 * The translation engines: Apertium on this machine (through apertium-apy), DeepL, Google
 * Cloud Translation, Microsoft Translator and LibreTranslate through their HTTP APIs.
 */
@NullMarked
package dev.meridian.language.engines;

import org.jspecify.annotations.NullMarked;
