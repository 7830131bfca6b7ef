/**
 * Reads raw RFC 5322 mail as it arrives from anywhere in the world: every charset and its
 * mislabelled variants, broken encodings, any MIME structure. Pure: no Spring, no
 * database.
 */
@NullMarked
package dev.meridian.channels.email.parsing;

import org.jspecify.annotations.NullMarked;
