/**
 * Agents and teams: who answers customers, in which languages and how well, from which
 * time zone, with which role; and how they sign in (passwords and API tokens).
 */
@NullMarked
package dev.meridian.agents;

import org.jspecify.annotations.NullMarked;
