/**
 * Meridian's root: the application and the few types every module shares.
 */
@NullMarked
package dev.meridian;

import org.jspecify.annotations.NullMarked;
