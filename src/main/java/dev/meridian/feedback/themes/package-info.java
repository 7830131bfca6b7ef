/**
 * Themes: comments grouped by per-language keyword lexicons and by supervisors' tags, and
 * the loop closed with the customers who raised a theme once it is addressed.
 */
@NullMarked
package dev.meridian.feedback.themes;

import org.jspecify.annotations.NullMarked;
