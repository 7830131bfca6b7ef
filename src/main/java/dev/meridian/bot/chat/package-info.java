/**
 * The bot in the live chat: answers visitors from the knowledge base in the
 * conversation's language, asks for ratings, and hands the conversation to a person once,
 * after which it stays silent; plus what supervisors see of it.
 */
@NullMarked
package dev.meridian.bot.chat;

import org.jspecify.annotations.NullMarked;
