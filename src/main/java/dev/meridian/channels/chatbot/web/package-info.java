/**
 * The supervision screen of the chat's bot ({@code /app/bot}).
 */
@NullMarked
package dev.meridian.channels.chatbot.web;

import org.jspecify.annotations.NullMarked;
