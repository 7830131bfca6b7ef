/**
 * Follow-the-sun routing: gives new and reopened tickets to an agent who reads the
 * customer's language, works now and has room, explains why, queues what nobody can take,
 * and shows which hours each language is covered.
 */
@NullMarked
package dev.meridian.routing;

import org.jspecify.annotations.NullMarked;
