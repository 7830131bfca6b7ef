/**
 * How an answer is chosen: the question's content words, the passage of an article that
 * answers it, and the confidence that decides between answering and handing off.
 */
@NullMarked
package dev.meridian.bot.answers;

import org.jspecify.annotations.NullMarked;
