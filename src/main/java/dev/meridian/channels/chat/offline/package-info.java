/**
 * Continuing a chat by email when the visitor leaves or nobody who reads their language
 * is on shift: the address they type becomes their customer's when nobody else has it,
 * and otherwise joins the chat to its owner only when the owner follows a mailed link.
 */
@NullMarked
package dev.meridian.channels.chat.offline;

import org.jspecify.annotations.NullMarked;
