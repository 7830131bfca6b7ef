/**
 * Shipments of orders and their tracking events: carriers' tracking links, the status
 * model and its ordering by when things happened, and the signed tracking webhook.
 */
@NullMarked
@NamedInterface("shipments")
package dev.meridian.commerce.shipments;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
