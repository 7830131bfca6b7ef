/**
 * The bot in the help center: a short answer above the search results.
 */
@NullMarked
package dev.meridian.bot.help;

import org.jspecify.annotations.NullMarked;
