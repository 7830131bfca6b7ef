/**
 * The chat's HTTP interface for visitors' browsers ({@code /chat/v1}), outside the
 * agents' API and its sign-in.
 */
@NullMarked
package dev.meridian.channels.chat.web;

import org.jspecify.annotations.NullMarked;
