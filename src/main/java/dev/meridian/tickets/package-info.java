/**
 * Tickets and their conversations: the status life cycle, priorities, assignment, tags,
 * messages in every language (inbound, outbound, internal notes) and attachments.
 */
@NullMarked
package dev.meridian.tickets;

import org.jspecify.annotations.NullMarked;
