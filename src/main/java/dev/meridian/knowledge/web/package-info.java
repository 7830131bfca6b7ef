/**
 * The knowledge API, the public help center and the agent workspace screens.
 */
@NullMarked
package dev.meridian.knowledge.web;

import org.jspecify.annotations.NullMarked;
