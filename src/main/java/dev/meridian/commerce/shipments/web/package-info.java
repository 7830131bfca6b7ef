/**
 * The shipments API and the signed tracking webhook.
 */
@NullMarked
package dev.meridian.commerce.shipments.web;

import org.jspecify.annotations.NullMarked;
