/**
 * Returns opened by customers in the public help center: an order found by its number and
 * its customer's address, a one-time link mailed to that address, then the return page of
 * that order with its policy, its returnable items and its returns' status.
 */
@NullMarked
package dev.meridian.commerce.helpcenter;

import org.jspecify.annotations.NullMarked;
