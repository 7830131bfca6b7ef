/**
 * The widget as each shop's market shows it: on or off, its colour, greeting per
 * language, the sites allowed to embed it, the languages it offers and its pre-chat form.
 * Stored in a table of the chat's own and read through a short-lived cache.
 */
@NullMarked
package dev.meridian.channels.chat.settings;

import org.jspecify.annotations.NullMarked;
