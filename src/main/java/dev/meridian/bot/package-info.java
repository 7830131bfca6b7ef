/**
 * The bot: answers a customer's question from the knowledge base in the customer's
 * language, recognises what they want (a person, their order, a return, duties) with a
 * small multilingual classifier the project ships, and says when a person should take
 * over. Precision first: below its confidence threshold the bot hands off.
 */
@NullMarked
package dev.meridian.bot;

import org.jspecify.annotations.NullMarked;
