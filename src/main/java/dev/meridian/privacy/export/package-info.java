/**
 * Subject access exports: a ZIP of JSON sections, files and a readable HTML summary in
 * the customer's language, built in the background and downloadable once.
 */
@NullMarked
package dev.meridian.privacy.export;

import org.jspecify.annotations.NullMarked;
