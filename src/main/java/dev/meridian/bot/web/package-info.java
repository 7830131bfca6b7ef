/**
 * The bot's REST API.
 */
@NullMarked
package dev.meridian.bot.web;

import org.jspecify.annotations.NullMarked;
