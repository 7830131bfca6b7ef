/**
 * Storage of agents and teams.
 */
@NullMarked
package dev.meridian.agents.internal;

import org.jspecify.annotations.NullMarked;
