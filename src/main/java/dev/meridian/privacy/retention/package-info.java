/**
 * Retention: periods per market, and the once-per-cluster run that has every module
 * remove what is past its period, in batches, with a report per run.
 */
@NullMarked
package dev.meridian.privacy.retention;

import org.jspecify.annotations.NullMarked;
