/**
 * The help center's contact form: rate limits per address and per client, the size limit,
 * and requests held apart from a customer until the address's owner confirms them.
 */
@NullMarked
package dev.meridian.knowledge.contact;

import org.jspecify.annotations.NullMarked;
