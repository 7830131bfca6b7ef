/**
 * NPS campaigns per market: who is asked (a solved ticket or a delivered order in the
 * window, a sample, not asked again too soon), in their language and daytime.
 */
@NullMarked
package dev.meridian.feedback.nps;

import org.jspecify.annotations.NullMarked;
