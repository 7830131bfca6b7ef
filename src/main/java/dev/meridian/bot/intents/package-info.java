/**
 * The intent classifier: character n-gram vectors of the shipped example phrases in every
 * language, compared with the customer's text; the nearest example explains each
 * decision.
 */
@NullMarked
package dev.meridian.bot.intents;

import org.jspecify.annotations.NullMarked;
