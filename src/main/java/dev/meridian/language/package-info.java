/**
 * Languages of texts: detection of the language a customer wrote in, weighing the
 * detector's evidence against what is already known about the customer. Translation,
 * translation memory and glossaries will live here too.
 */
@NullMarked
package dev.meridian.language;

import org.jspecify.annotations.NullMarked;
