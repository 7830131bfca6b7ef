/**
 * Help-center article links for chat replies: the agent searches the knowledge base from
 * the chat's screen and inserts an article's address and title in the visitor's language.
 */
@NullMarked
package dev.meridian.channels.chat.articles;

import org.jspecify.annotations.NullMarked;
