/**
 * The transcript of a chat that ended, mailed to the visitor in their language: who wrote
 * each message and when (on the visitor's clock), translations marked as such.
 */
@NullMarked
package dev.meridian.channels.chat.transcript;

import org.jspecify.annotations.NullMarked;
