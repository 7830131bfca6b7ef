/**
 * The bot in the live chat: answers visitors from the knowledge base in the
 * conversation's language, asks for ratings, and hands the conversation to a person once,
 * after which it stays silent; plus what supervisors see of it. It implements the chat's
 * {@link dev.meridian.channels.chat.AutomatedAnswers} with the bot module's answers; a
 * sibling of the chat module (nested modules are reachable only from their siblings), so
 * the chat itself knows nothing of the bot.
 */
@NullMarked
@ApplicationModule(displayName = "Chat bot")
package dev.meridian.channels.chatbot;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
