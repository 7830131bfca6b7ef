/**
 * Macros (saved replies): per-language variants chosen along a fallback chain (the
 * customer's language, the market's, the source), placeholders filled per customer,
 * actions on the ticket, usage counts, and translations marked outdated when their source
 * changes substantively.
 */
@NullMarked
@NamedInterface("macros")
package dev.meridian.tickets.macros;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
