/**
 * The supervision screen of the chat's bot ({@code /app/bot}).
 */
@NullMarked
package dev.meridian.bot.chat.web;

import org.jspecify.annotations.NullMarked;
